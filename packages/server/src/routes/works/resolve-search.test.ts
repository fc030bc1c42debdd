import { defaultVocabulary, parseQuery } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api-error.js'
import { resolveSearch } from './resolve-search.js'
import type { SearchCriteria } from './search-query.js'

const vocab = defaultVocabulary()
const ADDEK = 'Addison Montgomery/Derek Shepherd'
const GA_SEASONS = [2, 3, 4].map((n) => `Grey's Anatomy Season ${n}`)

describe('resolveSearch', () => {
  const cases: [string, { given: SearchCriteria; want: Parameters<typeof parseQuery>[0] }][] = [
    [
      'a ship name becomes its canonical pairing',
      {
        given: { relationship_any: ['Addek'] },
        want: { tags: { relationship: { all: [], any: [ADDEK], exclude: [] } } },
      },
    ],
    [
      'first names, a nickname and another case',
      {
        given: {
          fandom: ['GREY’S ANATOMY'],
          relationship: ['addison/derek'],
          character_not: ['McDreamy'],
        },
        want: {
          tags: {
            fandom: { all: ["Grey's Anatomy"], any: [], exclude: [] },
            relationship: { all: [ADDEK], any: [], exclude: [] },
            character: { all: [], any: [], exclude: ['Derek Shepherd'] },
          },
        },
      },
    ],
    [
      'a meta tag stays itself: works store their meta tags',
      {
        given: { freeform: ['romance tropes'] },
        want: { tags: { freeform: { all: ['Romance Tropes'], any: [], exclude: [] } } },
      },
    ],
    [
      'an unknown tag passes through, to match tags kept as written',
      {
        given: { freeform_any: ['  Coffee Shop Shenanigans '] },
        want: { tags: { freeform: { all: [], any: ['Coffee Shop Shenanigans'], exclude: [] } } },
      },
    ],
    [
      'an era range becomes an any-group of eras',
      {
        given: { era_fandom: 'GA', era_from: 'S4', era_to: 'Season 2' },
        want: { tags: { era: { all: [], any: GA_SEASONS, exclude: [] } } },
      },
    ],
    [
      'the tag source and the rest pass through',
      {
        given: { q: 'ferry', tag_source: 'author', page: 2 },
        want: { text: 'ferry', tagSource: 'author', page: 2 },
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(resolveSearch(vocab, given, 'public', 'query').query).toEqual(parseQuery(want))
  })

  const invalid: [string, { given: SearchCriteria; location: string; message: RegExp }][] = [
    [
      'an unknown range fandom',
      {
        given: { era_fandom: 'Gray Anatomy Show', era_from: 'S1', era_to: 'S2' },
        location: 'era_fandom',
        message: /unknown fandom "Gray Anatomy Show"/,
      },
    ],
    [
      'a fandom without eras',
      {
        given: { era_fandom: "Grey's Anatomy Universe", era_from: 'S1', era_to: 'S2' },
        location: 'era_fandom',
        message: /has no eras/,
      },
    ],
    [
      'an unknown lower bound',
      {
        given: { era_fandom: 'GA', era_from: 'Season 99', era_to: 'S2' },
        location: 'era_from',
        message: /is not an era of Grey's Anatomy/,
      },
    ],
    [
      'an unknown upper bound',
      {
        given: { era_fandom: 'GA', era_from: 'S1', era_to: 'The Movie' },
        location: 'era_to',
        message: /is not an era of Grey's Anatomy/,
      },
    ],
    [
      'a range that cannot join the era any-list',
      {
        given: {
          era_any: ["Grey's Anatomy Season 7", "Grey's Anatomy Season 8"],
          era_fandom: 'GA',
          era_from: 'S1',
          era_to: 'S3',
        },
        location: 'era_any',
        message: /not 2 at once/,
      },
    ],
  ]
  it.each(invalid)('answers validation_failed for %s', (_name, { given, location, message }) => {
    const error = catchError(() => resolveSearch(vocab, given, 'public', 'query'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'validation_failed', message: `Invalid value at query.${location}.` })
    expect((error as ApiError).errors).toEqual([
      { location: `query.${location}`, message: expect.stringMatching(message) },
    ])
  })

  it('names body locations for the JSON body', () => {
    const given = { era_fandom: 'GA', era_from: 'S1', era_to: 'The Movie' }
    const error = catchError(() => resolveSearch(vocab, given, 'public', 'body')) as ApiError
    expect(error.errors?.map((e) => e.location)).toEqual(['body.era_to'])
  })
})

function catchError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
