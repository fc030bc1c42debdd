import { defaultVocabulary, parseQuery } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api-error.js'
import { BODY_LOCATIONS, QUERY_LOCATIONS, resolveSearch } from './resolve-search.js'
import type { SearchCriteria } from './search-criteria.js'

const vocab = defaultVocabulary()
const ADDEK = 'Addison Montgomery/Derek Shepherd'
const GA_SEASONS = [2, 3, 4].map((n) => `Grey's Anatomy Season ${n}`)

describe('resolveSearch', () => {
  const cases: [string, { given: SearchCriteria; want: Parameters<typeof parseQuery>[0] }][] = [
    [
      'a ship name becomes its canonical pairing',
      {
        given: { tags: { relationship: { any: ['Addek'] } } },
        want: { tags: { relationship: { all: [], any: [ADDEK], exclude: [] } } },
      },
    ],
    [
      'first names, a nickname and another case',
      {
        given: {
          tags: {
            fandom: { all: ['GREY’S ANATOMY'] },
            relationship: { all: ['addison/derek'] },
            character: { exclude: ['McDreamy'] },
          },
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
        given: { tags: { freeform: { all: ['romance tropes'] } } },
        want: { tags: { freeform: { all: ['Romance Tropes'], any: [], exclude: [] } } },
      },
    ],
    [
      'an unknown tag passes through, to match tags kept as written',
      {
        given: { tags: { freeform: { any: ['  Coffee Shop Shenanigans '] } } },
        want: { tags: { freeform: { all: [], any: ['Coffee Shop Shenanigans'], exclude: [] } } },
      },
    ],
    [
      'an era range becomes an any-group of eras',
      {
        given: { eraRange: { fandom: 'GA', from: 'S4', to: 'Season 2' } },
        want: { tags: { era: { all: [], any: GA_SEASONS, exclude: [] } } },
      },
    ],
    [
      'the tag source and the rest pass through',
      {
        given: { text: 'ferry', tagSource: 'author', page: 2 },
        want: { text: 'ferry', tagSource: 'author', page: 2 },
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(resolveSearch(vocab, given, 'public', QUERY_LOCATIONS)).toEqual(parseQuery(want))
  })

  const invalid: [string, { given: SearchCriteria; location: string; message: RegExp }][] = [
    [
      'an unknown range fandom',
      {
        given: { eraRange: { fandom: 'Gray Anatomy Show', from: 'S1', to: 'S2' } },
        location: 'era_fandom',
        message: /unknown fandom "Gray Anatomy Show"/,
      },
    ],
    [
      'a fandom without eras',
      {
        given: { eraRange: { fandom: "Grey's Anatomy Universe", from: 'S1', to: 'S2' } },
        location: 'era_fandom',
        message: /has no eras/,
      },
    ],
    [
      'an unknown lower bound',
      {
        given: { eraRange: { fandom: 'GA', from: 'Season 99', to: 'S2' } },
        location: 'era_from',
        message: /is not an era of Grey's Anatomy/,
      },
    ],
    [
      'an unknown upper bound',
      {
        given: { eraRange: { fandom: 'GA', from: 'S1', to: 'The Movie' } },
        location: 'era_to',
        message: /is not an era of Grey's Anatomy/,
      },
    ],
    [
      'a range that cannot join the era any-list',
      {
        given: {
          tags: { era: { any: ["Grey's Anatomy Season 7", "Grey's Anatomy Season 8"] } },
          eraRange: { fandom: 'GA', from: 'S1', to: 'S3' },
        },
        location: 'era_any',
        message: /not 2 at once/,
      },
    ],
  ]
  it.each(invalid)('answers validation_failed for %s', (_name, { given, location, message }) => {
    const error = catchError(() => resolveSearch(vocab, given, 'public', QUERY_LOCATIONS))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'validation_failed', message: `Invalid value at query.${location}.` })
    expect((error as ApiError).errors).toEqual([
      { location: `query.${location}`, message: expect.stringMatching(message) },
    ])
  })

  it('names body locations for the JSON body', () => {
    const given = { eraRange: { fandom: 'GA', from: 'S1', to: 'The Movie' } }
    const error = catchError(() => resolveSearch(vocab, given, 'public', BODY_LOCATIONS)) as ApiError
    expect(error.errors?.map((e) => e.location)).toEqual(['body.eraRange.to'])
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
