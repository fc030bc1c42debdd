import { describe, expect, it } from 'vitest'
import type { SearchCriteria } from './search-criteria.js'
import { criteriaFromParams, paramsFromCriteria, SearchParams } from './search-params.js'

/** Reads a query string the way Hono hands it to the validator: single values as strings, repeats as arrays. */
function parse(query: string) {
  const url = new URL(`http://x/v1/works?${query}`)
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    raw[key] = values.length === 1 ? values[0]! : values
  }
  return SearchParams.safeParse(raw)
}

describe('criteriaFromParams', () => {
  const cases: [string, { given: string; want: SearchCriteria }][] = [
    ['no parameters', { given: '', want: {} }],
    ['text', { given: 'q=time+travel', want: { text: 'time travel' } }],
    ['one tag of a kind', { given: 'fandom=Star+Trek', want: { tags: { fandom: { all: ['Star Trek'] } } } }],
    [
      'repeated tags, any-of and exclusion',
      {
        given: 'relationship=A/B&relationship=C+%26+D&character_any=E&warning_not=Major+Character+Death',
        want: {
          tags: {
            relationship: { all: ['A/B', 'C & D'] },
            character: { any: ['E'] },
            warning: { exclude: ['Major Character Death'] },
          },
        },
      },
    ],
    [
      'tags are not split on commas',
      { given: 'freeform=Hurt,+Comfort', want: { tags: { freeform: { all: ['Hurt, Comfort'] } } } },
    ],
    [
      'authors and languages',
      { given: 'author=a&author=b&lang=en', want: { authors: ['a', 'b'], languages: ['en'] } },
    ],
    ['complete', { given: 'complete=false', want: { complete: false } }],
    [
      'number ranges',
      {
        given: 'words_min=1000&words_max=5000&kudos_min=0',
        want: { ranges: { words: { min: 1000, max: 5000 }, kudos: { min: 0 } } },
      },
    ],
    [
      'date ranges',
      {
        given: 'published_from=2020-01-01&updated_to=2021-06-30',
        want: { ranges: { published: { from: '2020-01-01' }, updated: { to: '2021-06-30' } } },
      },
    ],
    ['sort and order', { given: 'sort=kudos&order=asc', want: { sort: 'kudos', order: 'asc' } }],
    ['paging', { given: 'page=3&per_page=50', want: { page: 3, perPage: 50 } }],
    [
      'facets comma-separated and repeated',
      {
        given: 'facets=fandom,relationship&facets=era&facet_limit=5',
        want: { facets: ['fandom', 'relationship', 'era'], facetLimit: 5 },
      },
    ],
    ['stats', { given: 'stats=words,+published', want: { stats: ['words', 'published'] } }],
    ['highlight', { given: 'highlight=true', want: { highlight: true } }],
    [
      'an era range',
      {
        given: "era_fandom=Grey's+Anatomy&era_from=Season+2&era_to=S4",
        want: { eraRange: { fandom: "Grey's Anatomy", from: 'Season 2', to: 'S4' } },
      },
    ],
    ['the tag source', { given: 'tag_source=author', want: { tagSource: 'author' } }],
    ['unknown parameters are ignored', { given: 'utm_source=feed&q=x', want: { text: 'x' } }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const parsed = parse(given)
    expect(parsed.error?.issues).toBeUndefined()
    expect(criteriaFromParams(parsed.data!)).toEqual(want)
  })
})

describe('SearchParams messages', () => {
  it.each([
    ['per_page=500', 'Too big: expected number to be <=100'],
    ['per_page=ten', 'Expected an integer'],
    ['page=0', 'Too small: expected number to be >=1'],
    ['highlight=1', 'Expected true or false'],
  ])('%s: %s', (given, message) => {
    expect(parse(given).error?.issues.map((issue) => issue.message)).toEqual([message])
  })
})

describe('SearchParams rejects', () => {
  const cases: [string, { given: string; path: string }][] = [
    ['per_page above 100', { given: 'per_page=101', path: 'per_page' }],
    ['page 0', { given: 'page=0', path: 'page' }],
    ['a non-integer page', { given: 'page=2.5', path: 'page' }],
    ['a word count that is not a number', { given: 'words_min=many', path: 'words_min' }],
    ['an empty number', { given: 'words_min=', path: 'words_min' }],
    ['a number given twice', { given: 'words_min=1&words_min=2', path: 'words_min' }],
    ['min above max', { given: 'words_min=10&words_max=5', path: 'words_max' }],
    ['from after to', { given: 'published_from=2021-01-02&published_to=2021-01-01', path: 'published_to' }],
    ['a malformed date', { given: 'published_from=2021-13-01', path: 'published_from' }],
    ['an unknown sort', { given: 'sort=random', path: 'sort' }],
    ['an unknown facet kind', { given: 'facets=fandom,mood', path: 'facets.1' }],
    ['an unknown stats field', { given: 'stats=likes', path: 'stats.0' }],
    ['a boolean spelled otherwise', { given: 'complete=yes', path: 'complete' }],
    ['an empty tag', { given: 'fandom=', path: 'fandom.0' }],
    ['text over 500 characters', { given: `q=${'a'.repeat(501)}`, path: 'q' }],
    ['an unknown tag source', { given: 'tag_source=inferred', path: 'tag_source' }],
    [
      'an era bound given twice',
      { given: 'era_fandom=GA&era_from=S1&era_from=S2&era_to=S3', path: 'era_from' },
    ],
  ]
  it.each(cases)('%s', (_name, { given, path }) => {
    const parsed = parse(given)
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toEqual([path])
  })

  it.each([
    [
      'era_fandom alone',
      'era_fandom=GA',
      ['era_from: required with era_fandom', 'era_to: required with era_fandom'],
    ],
    ['no era_fandom', 'era_from=S2&era_to=S4', ['era_fandom: required with era_from and era_to']],
  ])('an incomplete era range: %s', (_name, given, messages) => {
    const issues = parse(given).error?.issues ?? []
    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(messages)
  })
})

describe('paramsFromCriteria', () => {
  it('writes lists as repeated parameters and facets comma-separated, in reference order', () => {
    const params = paramsFromCriteria({
      text: 'x',
      tags: { fandom: { all: ['A', 'B'], exclude: ['C'] } },
      ranges: { words: { min: 10 }, published: { to: '2020-12-31' } },
      facets: ['fandom', 'era'],
      page: 2,
    })
    expect(params.toString()).toBe(
      'q=x&fandom=A&fandom=B&fandom_not=C&words_min=10&published_to=2020-12-31&page=2&facets=fandom%2Cera',
    )
  })

  const roundTrips = [
    '',
    'q=dragons&fandom=Star+Trek&relationship_any=A%2FB&relationship_any=C+%26+D&era_not=TOS',
    'author=a&complete=true&lang=en&lang=fr&words_min=1&words_max=2&chapters_min=3',
    'published_from=2020-01-01&published_to=2020-12-31&updated_from=2021-01-01',
    'sort=title&order=desc&page=4&per_page=10&facets=fandom%2Ccharacter&facet_limit=3&stats=words%2Cupdated&highlight=false',
    'era=S1&era_fandom=GA&era_from=Season+2&era_to=Season+4&tag_source=author',
  ]
  it.each(roundTrips)('reads back what it wrote: %s', (query) => {
    const parsed = parse(query)
    expect(parsed.success).toBe(true)
    expect(paramsFromCriteria(criteriaFromParams(parsed.data!)).toString()).toBe(query)
  })
})
