import { parseQuery, type SearchQueryInput } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { dayToSeconds, toSearchQuery, withinToSeconds } from './search-criteria.js'
import type { SearchCriteria } from './search-query.js'

describe('dayToSeconds', () => {
  it.each([
    ['1970-01-01', false, 0],
    ['1970-01-01', true, 86_399],
    ['2020-02-29', false, 1_582_934_400],
    ['2020-12-31', true, 1_609_459_199],
  ] as const)('%s (end of day: %s) is %d', (day, endOfDay, want) => {
    expect(dayToSeconds(day, endOfDay)).toBe(want)
  })
})

/** 2024-03-10T12:34:56Z, and the start of its minute. */
const NOW = 1_710_074_096
const MINUTE = 1_710_074_040
const DAY = 86_400

describe('withinToSeconds', () => {
  it.each([
    ['1d', MINUTE - DAY],
    ['7d', MINUTE - 7 * DAY],
    ['2w', MINUTE - 14 * DAY],
    ['6m', MINUTE - 180 * DAY],
    ['1y', MINUTE - 365 * DAY],
    ['9999y', 0],
  ])('%s back from 12:34:56 starts at %d', (span, want) => {
    expect(withinToSeconds(span, NOW)).toBe(want)
  })
})

describe('toSearchQuery', () => {
  const cases: [string, { given: SearchCriteria; scope?: 'public' | 'members'; want: SearchQueryInput }][] = [
    ['empty criteria give the defaults', { given: {}, want: {} }],
    ['the scope is the caller’s', { given: {}, scope: 'members', want: { scope: 'members' } }],
    ['text', { given: { q: 'dragons' }, want: { text: 'dragons' } }],
    [
      'tag filters fill absent lists',
      {
        given: { fandom: ['A'], warning_not: ['B'] },
        want: {
          tags: {
            fandom: { all: ['A'], any: [], exclude: [] },
            warning: { all: [], any: [], exclude: ['B'] },
          },
        },
      },
    ],
    [
      'authors, languages, complete',
      {
        given: { author: ['a'], lang: ['en'], complete: true },
        want: { authors: ['a'], languages: ['en'], complete: true },
      },
    ],
    [
      'number ranges keep their names, date ranges become whole UTC days in seconds',
      {
        given: {
          words_min: 100,
          published_from: '2020-01-01',
          published_to: '2020-12-31',
          updated_to: '1970-01-01',
        },
        want: {
          ranges: {
            words: { min: 100 },
            publishedAt: { min: 1_577_836_800, max: 1_609_459_199 },
            updatedAt: { max: 86_399 },
          },
        },
      },
    ],
    ['sort without order', { given: { sort: 'title' }, want: { sort: { field: 'title' } } }],
    [
      'sort with order',
      { given: { sort: 'kudos', order: 'asc' }, want: { sort: { field: 'kudos', order: 'asc' } } },
    ],
    [
      'an order alone applies to relevance',
      { given: { order: 'asc' }, want: { sort: { field: 'relevance', order: 'asc' } } },
    ],
    ['paging', { given: { page: 2, per_page: 5 }, want: { page: 2, perPage: 5 } }],
    [
      'facets, deduplicated, with their limit',
      {
        given: { facets: ['fandom', 'era', 'fandom'], facet_limit: 3 },
        want: { facets: { kinds: ['fandom', 'era'], limit: 3 } },
      },
    ],
    [
      'stats by engine field names',
      {
        given: { stats: ['words', 'published', 'updated'] },
        want: { stats: ['words', 'publishedAt', 'updatedAt'] },
      },
    ],
    ['highlight', { given: { highlight: true }, want: { highlight: true } }],
    [
      'muting, main relationships, crossovers and one-shots',
      {
        given: {
          author_not: ['a'],
          id_not: ['w'],
          main_relationship: ['Addek'],
          crossover: 'only',
          single_chapter: false,
        },
        want: {
          excludeAuthors: ['a'],
          excludeIds: ['w'],
          mainRelationships: ['Addek'],
          crossover: 'only',
          singleChapter: false,
        },
      },
    ],
    [
      'a span back from now is a lower bound; beside a first day, the later wins',
      {
        given: { updated_within: '7d', published_within: '1y', published_from: '2024-01-01' },
        want: {
          ranges: {
            updatedAt: { min: MINUTE - 7 * DAY },
            publishedAt: { min: dayToSeconds('2024-01-01') },
          },
        },
      },
    ],
    [
      'a seeded shuffle',
      { given: { sort: 'random', seed: 9 }, want: { sort: { field: 'random', seed: 9 } } },
    ],
    ['the tag source', { given: { tag_source: 'author' }, want: { tagSource: 'author' } }],
    [
      'an era range is left to resolveSearch, which needs the vocabulary',
      { given: { era_fandom: 'GA', era_from: 'S2', era_to: 'S4' }, want: {} },
    ],
  ]
  it.each(cases)('%s', (_name, { given, scope = 'public', want }) => {
    expect(toSearchQuery(given, scope, NOW)).toEqual(parseQuery({ scope: 'public', ...want }))
  })
})
