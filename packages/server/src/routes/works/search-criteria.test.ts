import { parseQuery, type SearchQueryInput } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { dayToSeconds, type SearchCriteria, SearchRequest, toSearchQuery } from './search-criteria.js'

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

describe('toSearchQuery', () => {
  const cases: [string, { given: SearchCriteria; scope?: 'public' | 'members'; want: SearchQueryInput }][] = [
    ['empty criteria give the defaults', { given: {}, want: {} }],
    ['the scope is the caller’s', { given: {}, scope: 'members', want: { scope: 'members' } }],
    ['text', { given: { text: 'dragons' }, want: { text: 'dragons' } }],
    [
      'tag filters fill absent lists',
      {
        given: { tags: { fandom: { all: ['A'] }, warning: { exclude: ['B'] } } },
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
        given: { authors: ['a'], languages: ['en'], complete: true },
        want: { authors: ['a'], languages: ['en'], complete: true },
      },
    ],
    [
      'number ranges keep their names, date ranges become whole UTC days in seconds',
      {
        given: {
          ranges: {
            words: { min: 100 },
            published: { from: '2020-01-01', to: '2020-12-31' },
            updated: { to: '1970-01-01' },
          },
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
    ['paging', { given: { page: 2, perPage: 5 }, want: { page: 2, perPage: 5 } }],
    [
      'facets, deduplicated, with their limit',
      {
        given: { facets: ['fandom', 'era', 'fandom'], facetLimit: 3 },
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
    ['the tag source', { given: { tagSource: 'author' }, want: { tagSource: 'author' } }],
    [
      'an era range is left to resolveSearch, which needs the vocabulary',
      { given: { eraRange: { fandom: 'GA', from: 'S2', to: 'S4' } }, want: {} },
    ],
  ]
  it.each(cases)('%s', (_name, { given, scope = 'public', want }) => {
    expect(toSearchQuery(given, scope)).toEqual(parseQuery({ scope: 'public', ...want }))
  })
})

describe('SearchRequest', () => {
  it('accepts the full shape', () => {
    const body = {
      text: 'x',
      tags: { relationship: { all: ['A/B'], any: ['C'], exclude: ['D'] } },
      authors: ['a'],
      complete: false,
      languages: ['en'],
      ranges: { words: { min: 1, max: 2 }, published: { from: '2020-01-01', to: '2020-01-01' } },
      sort: 'updated',
      order: 'desc',
      page: 1,
      perPage: 100,
      facets: ['fandom'],
      facetLimit: 100,
      stats: ['chapters'],
      highlight: true,
      eraRange: { fandom: "Grey's Anatomy", from: 'Season 2', to: 'Season 4' },
      tagSource: 'author',
    }
    expect(SearchRequest.parse(body)).toEqual(body)
  })

  const invalid: [string, { given: unknown; path: string }][] = [
    ['an unknown property', { given: { query: 'x' }, path: '' }],
    ['an unknown tag kind', { given: { tags: { mood: { all: ['x'] } } }, path: 'tags' }],
    ['an unknown tag condition', { given: { tags: { fandom: { none: ['x'] } } }, path: 'tags.fandom' }],
    [
      'a tag value that is not a string',
      { given: { tags: { fandom: { all: [1] } } }, path: 'tags.fandom.all.0' },
    ],
    ['min above max', { given: { ranges: { kudos: { min: 5, max: 1 } } }, path: 'ranges.kudos.max' }],
    [
      'from after to',
      { given: { ranges: { updated: { from: '2021-01-02', to: '2021-01-01' } } }, path: 'ranges.updated.to' },
    ],
    ['a negative bound', { given: { ranges: { words: { min: -1 } } }, path: 'ranges.words.min' }],
    [
      'a date with a time',
      { given: { ranges: { published: { from: '2020-01-01T00:00:00Z' } } }, path: 'ranges.published.from' },
    ],
    ['perPage above 100', { given: { perPage: 101 }, path: 'perPage' }],
    ['a page given as a string', { given: { page: '2' }, path: 'page' }],
    [
      'an era range without its end',
      { given: { eraRange: { fandom: 'GA', from: 'S2' } }, path: 'eraRange.to' },
    ],
    ['an unknown tag source', { given: { tagSource: 'inferred' }, path: 'tagSource' }],
  ]
  it.each(invalid)('rejects %s', (_name, { given, path }) => {
    const result = SearchRequest.safeParse(given)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual([path])
  })
})
