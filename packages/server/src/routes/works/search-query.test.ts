import { describe, expect, it } from 'vitest'
import { issuesToFieldErrors } from '../../lib/validation-hook.js'
import { type SearchCriteria, SearchRequest } from './search-query.js'
import { parseQueryString as parse } from './search-query.testkit.js'

describe('SearchParams reads', () => {
  const cases: [string, { given: string; want: SearchCriteria }][] = [
    ['no parameters', { given: '', want: {} }],
    ['text', { given: 'q=time+travel', want: { q: 'time travel' } }],
    ['one tag, as a list of one', { given: 'fandom=Star+Trek', want: { fandom: ['Star Trek'] } }],
    [
      'repeated tags, any-of and exclusion',
      {
        given: 'relationship=A/B&relationship=C+%26+D&character_any=E&warning_not=Major+Character+Death',
        want: {
          relationship: ['A/B', 'C & D'],
          character_any: ['E'],
          warning_not: ['Major Character Death'],
        },
      },
    ],
    [
      'tags are not split on commas',
      { given: 'freeform=Hurt,+Comfort', want: { freeform: ['Hurt, Comfort'] } },
    ],
    [
      'authors and languages',
      { given: 'author=a&author=b&lang=en', want: { author: ['a', 'b'], lang: ['en'] } },
    ],
    ['complete', { given: 'complete=false', want: { complete: false } }],
    [
      'number ranges',
      {
        given: 'words_min=1000&words_max=5000&kudos_min=0',
        want: { words_min: 1000, words_max: 5000, kudos_min: 0 },
      },
    ],
    [
      'date ranges',
      {
        given: 'published_from=2020-01-01&updated_to=2021-06-30',
        want: { published_from: '2020-01-01', updated_to: '2021-06-30' },
      },
    ],
    ['sort and order', { given: 'sort=kudos&order=asc', want: { sort: 'kudos', order: 'asc' } }],
    ['paging', { given: 'page=3&per_page=50', want: { page: 3, per_page: 50 } }],
    [
      'facets comma-separated and repeated',
      {
        given: 'facets=fandom,relationship&facets=era&facet_limit=5',
        want: { facets: ['fandom', 'relationship', 'era'], facet_limit: 5 },
      },
    ],
    ['stats', { given: 'stats=words,+published', want: { stats: ['words', 'published'] } }],
    ['highlight', { given: 'highlight=true', want: { highlight: true } }],
    [
      'an era range',
      {
        given: "era_fandom=Grey's+Anatomy&era_from=Season+2&era_to=S4",
        want: { era_fandom: "Grey's Anatomy", era_from: 'Season 2', era_to: 'S4' },
      },
    ],
    ['the tag source', { given: 'tag_source=author', want: { tag_source: 'author' } }],
    [
      'muting, main relationships, crossovers and one-shots',
      {
        given: 'author_not=a&id_not=w1&id_not=w2&main_relationship=Addek&crossover=only&single_chapter=true',
        want: {
          author_not: ['a'],
          id_not: ['w1', 'w2'],
          main_relationship: ['Addek'],
          crossover: 'only',
          single_chapter: true,
        },
      },
    ],
    [
      'spans back from now',
      {
        given: 'updated_within=7d&published_within=+1y',
        want: { updated_within: '7d', published_within: '1y' },
      },
    ],
    ['a seeded shuffle', { given: 'sort=random&seed=42', want: { sort: 'random', seed: 42 } }],
    ['the new sorts', { given: 'sort=kudos_per_hit', want: { sort: 'kudos_per_hit' } }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    const parsed = parse(given)
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.data).toEqual(want)
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
    ['an unknown sort', { given: 'sort=shuffle', path: 'sort' }],
    ['an unknown crossover choice', { given: 'crossover=sometimes', path: 'crossover' }],
    ['single_chapter spelled otherwise', { given: 'single_chapter=1', path: 'single_chapter' }],
    ['an empty muted author', { given: 'author_not=', path: 'author_not' }],
    ['an empty muted work', { given: 'id_not=a&id_not=', path: 'id_not.1' }],
    ['an empty main relationship', { given: 'main_relationship=', path: 'main_relationship' }],
    ['a span without a unit', { given: 'updated_within=7', path: 'updated_within' }],
    ['a span of nothing', { given: 'updated_within=0d', path: 'updated_within' }],
    ['a span in an unknown unit', { given: 'published_within=3h', path: 'published_within' }],
    ['a negative span', { given: 'published_within=-1y', path: 'published_within' }],
    ['a negative seed', { given: 'sort=random&seed=-1', path: 'seed' }],
    ['a seed past 2^31 - 1', { given: 'sort=random&seed=2147483648', path: 'seed' }],
    ['a seed without the random sort', { given: 'sort=kudos&seed=3', path: 'seed' }],
    ['an unknown facet kind', { given: 'facets=fandom,mood', path: 'facets.1' }],
    ['an unknown stats field', { given: 'stats=likes', path: 'stats.0' }],
    ['a boolean spelled otherwise', { given: 'complete=yes', path: 'complete' }],
    ['an empty tag', { given: 'fandom=', path: 'fandom' }],
    ['an empty tag among others', { given: 'fandom=A&fandom=', path: 'fandom.1' }],
    ['text over 500 characters', { given: `q=${'a'.repeat(501)}`, path: 'q' }],
    ['an unknown tag source', { given: 'tag_source=inferred', path: 'tag_source' }],
    [
      'an era bound given twice',
      { given: 'era_fandom=GA&era_from=S1&era_from=S2&era_to=S3', path: 'era_from' },
    ],
    ['an unknown parameter', { given: 'relationships=Addek', path: '' }],
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

describe('SearchRequest', () => {
  it('accepts the parameters of the query string, with JSON values', () => {
    const body = {
      q: 'x',
      relationship: ['A/B'],
      relationship_any: ['C'],
      relationship_not: ['D'],
      author: ['a'],
      complete: false,
      lang: ['en'],
      words_min: 1,
      words_max: 2,
      published_from: '2020-01-01',
      published_to: '2020-01-01',
      sort: 'updated',
      order: 'desc',
      page: 1,
      per_page: 100,
      facets: ['fandom'],
      facet_limit: 100,
      stats: ['chapters'],
      highlight: true,
      era_fandom: "Grey's Anatomy",
      era_from: 'Season 2',
      era_to: 'Season 4',
      tag_source: 'author',
    }
    expect(SearchRequest.parse(body)).toEqual(body)
  })

  it('reads one value where a list is accepted as a list of one', () => {
    expect(SearchRequest.parse({ relationship: 'Addek', lang: 'en', facets: 'fandom' })).toEqual({
      relationship: ['Addek'],
      lang: ['en'],
      facets: ['fandom'],
    })
  })

  it('reads to what the same search reads to from a query string', () => {
    const fromQuery = parse(
      'q=ferry&fandom=GA&relationship_any=Addek&words_min=1000&facets=fandom,era&complete=true',
    )
    const fromBody = SearchRequest.parse({
      q: 'ferry',
      fandom: 'GA',
      relationship_any: ['Addek'],
      words_min: 1000,
      facets: ['fandom', 'era'],
      complete: true,
    })
    expect(fromBody).toEqual(fromQuery.data)
  })

  const invalid: [string, { given: unknown; location: string }][] = [
    ['an unknown property', { given: { query: 'x' }, location: 'body.query' }],
    [
      'the nested form of tag filters',
      { given: { tags: { fandom: { all: ['x'] } } }, location: 'body.tags' },
    ],
    ['a tag value that is not a string', { given: { fandom: [1] }, location: 'body.fandom.0' }],
    ['an empty tag value', { given: { fandom: '' }, location: 'body.fandom' }],
    ['min above max', { given: { kudos_min: 5, kudos_max: 1 }, location: 'body.kudos_max' }],
    [
      'from after to',
      { given: { updated_from: '2021-01-02', updated_to: '2021-01-01' }, location: 'body.updated_to' },
    ],
    ['a negative bound', { given: { words_min: -1 }, location: 'body.words_min' }],
    [
      'a date with a time',
      { given: { published_from: '2020-01-01T00:00:00Z' }, location: 'body.published_from' },
    ],
    ['per_page above 100', { given: { per_page: 101 }, location: 'body.per_page' }],
    ['a page given as a string', { given: { page: '2' }, location: 'body.page' }],
    ['a boolean given as a string', { given: { complete: 'true' }, location: 'body.complete' }],
    ['an unknown facet kind', { given: { facets: ['fandom', 'mood'] }, location: 'body.facets.1' }],
    ['an unknown facet kind alone', { given: { facets: 'mood' }, location: 'body.facets' }],
    ['a list of the wrong type', { given: { facets: [1] }, location: 'body.facets.0' }],
    ['a number for a name', { given: { fandom: 3 }, location: 'body.fandom' }],
    ['an unknown tag source', { given: { tag_source: 'inferred' }, location: 'body.tag_source' }],
  ]
  it.each(invalid)('rejects %s', (_name, { given, location }) => {
    const result = SearchRequest.safeParse(given)
    expect(result.success).toBe(false)
    expect(issuesToFieldErrors(result.error!.issues, 'json').map((error) => error.location)).toEqual([
      location,
    ])
  })

  it('asks for an era range whole', () => {
    const result = SearchRequest.safeParse({ era_fandom: 'GA', era_from: 'S2' })
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'era_to: required with era_fandom and era_from',
    ])
  })
})
