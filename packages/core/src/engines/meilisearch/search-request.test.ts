import { describe, expect, it } from 'vitest'
import { parseQuery, type SearchQueryInput, SORT_FIELDS } from '../../model/query.js'
import { SUMMARY_ATTRIBUTES } from './fields.js'
import {
  afterFilter,
  buildFacetRequest,
  buildSearchRequest,
  buildSearchRequests,
  facetAttributes,
  sortRules,
} from './search-request.js'

describe('buildSearchRequest', () => {
  it('asks for one exact page of summaries, every word required, newest first without text', () => {
    expect(buildSearchRequest(parseQuery({}))).toEqual({
      q: '',
      filter: ['visibility = "public"'],
      page: 1,
      hitsPerPage: 20,
      attributesToRetrieve: [...SUMMARY_ATTRIBUTES],
      matchingStrategy: 'all',
      sort: ['updatedAt:desc', 'id:asc'],
    })
  })

  it('carries text, filter, page, facets and stats of a full query', () => {
    const request = buildSearchRequest(
      parseQuery({
        text: 'surgery scene',
        tags: { fandom: { any: ["Grey's Anatomy"] } },
        scope: 'members',
        sort: { field: 'kudos' },
        page: 3,
        perPage: 50,
        facets: { kinds: ['freeform', 'rating'], limit: 5 },
        stats: ['words', 'kudos'],
      }),
    )
    expect(request).toMatchObject({
      q: 'surgery scene',
      filter: [`fandoms_filter IN ["Grey's Anatomy"]`, 'visibility IN ["public", "restricted"]'],
      page: 3,
      hitsPerPage: 50,
      sort: ['kudos:desc', 'id:asc'],
      facets: ['freeforms', 'rating', 'words', 'kudos'],
    })
    expect(request).not.toHaveProperty('attributesToHighlight')
  })

  it('crops the text around the best match when highlights are asked for and there is text', () => {
    const request = buildSearchRequest(parseQuery({ text: 'scalpel', highlight: true }))
    expect(request).toMatchObject({ attributesToCrop: ['text'], cropLength: 30 })
    expect(request).not.toHaveProperty('attributesToHighlight')
    expect(request.attributesToRetrieve).not.toContain('text')
    expect(buildSearchRequest(parseQuery({ highlight: true }))).not.toHaveProperty('attributesToCrop')
  })

  it('leaves kinds filtered with any-of values to their own facet requests', () => {
    const request = buildSearchRequest(
      parseQuery({
        tags: { fandom: { any: ["Grey's Anatomy"] }, rating: { all: ['Mature'] } },
        facets: { kinds: ['fandom', 'rating'] },
      }),
    )
    expect(request.facets).toEqual(['rating'])
  })
})

describe('buildSearchRequests', () => {
  it('is one request when no requested facet is filtered with any-of values', () => {
    const query = parseQuery({
      tags: { fandom: { any: ["Grey's Anatomy"] } },
      facets: { kinds: ['rating'] },
    })
    expect(buildSearchRequests(query)).toEqual([buildSearchRequest(query)])
  })

  it('adds a facet request per disjunctive kind, without that kind’s any-of filter', () => {
    const query = parseQuery({
      text: 'ferry',
      tags: {
        fandom: { any: ["Grey's Anatomy", 'Private Practice'], exclude: ['Star Trek'] },
        relationship: { any: ['Addison Montgomery/Derek Shepherd'] },
        rating: { all: ['Mature'] },
      },
      scope: 'members',
      page: 2,
      facets: { kinds: ['relationship', 'rating', 'fandom'], limit: 5 },
      stats: ['words'],
      highlight: true,
    })
    const [main, ...facets] = buildSearchRequests(query)
    expect(main).toEqual(buildSearchRequest(query))
    expect(main?.facets).toEqual(['rating', 'words'])
    expect(facets).toEqual([
      {
        q: 'ferry',
        filter: [
          'rating_filter = "Mature"',
          'fandoms_filter IN ["Grey\'s Anatomy", "Private Practice"]',
          'NOT fandoms_filter IN ["Star Trek"]',
          'visibility IN ["public", "restricted"]',
        ],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'all',
        facets: ['relationships'],
      },
      {
        q: 'ferry',
        filter: [
          'rating_filter = "Mature"',
          'NOT fandoms_filter IN ["Star Trek"]',
          'relationships_filter IN ["Addison Montgomery/Derek Shepherd"]',
          'visibility IN ["public", "restricted"]',
        ],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'all',
        facets: ['fandoms'],
      },
    ])
  })
})

describe('buildFacetRequest', () => {
  it('counts one kind over the works found without its any-of values, and returns no hits', () => {
    const query = parseQuery({
      text: 'harbor',
      tags: { fandom: { any: ['Sherlock (TV)'] }, freeform: { all: ['Angst'] } },
      facets: { kinds: ['rating'] },
      highlight: true,
      page: 4,
    })
    expect(buildFacetRequest(query, 'fandom')).toEqual({
      q: 'harbor',
      filter: ['freeforms_filter = "Angst"', 'visibility = "public"'],
      page: 1,
      hitsPerPage: 0,
      matchingStrategy: 'all',
      facets: ['fandoms'],
    })
    expect(buildFacetRequest(query, 'freeform').filter).toEqual([
      'fandoms_filter IN ["Sherlock (TV)"]',
      'freeforms_filter = "Angst"',
      'visibility = "public"',
    ])
  })
})

describe('sortRules', () => {
  const cases: [SearchQueryInput['sort'], string, string[]][] = [
    [{ field: 'relevance' }, 'a text', []],
    [{ field: 'relevance', order: 'asc' }, 'a text', []],
    [{ field: 'relevance' }, '', ['updatedAt:desc', 'id:asc']],
    [{ field: 'relevance', order: 'asc' }, '', ['updatedAt:asc', 'id:asc']],
    [{ field: 'updated' }, '', ['updatedAt:desc', 'id:asc']],
    [{ field: 'updated', order: 'asc' }, '', ['updatedAt:asc', 'id:asc']],
    [{ field: 'published' }, 'x', ['publishedAt:desc', 'id:asc']],
    [{ field: 'words' }, '', ['words:desc', 'id:asc']],
    [{ field: 'kudos', order: 'asc' }, '', ['kudos:asc', 'id:asc']],
    [{ field: 'hits' }, '', ['hits:desc', 'id:asc']],
    [{ field: 'comments' }, '', ['comments:desc', 'id:asc']],
    [{ field: 'bookmarks' }, '', ['bookmarks:desc', 'id:asc']],
    [{ field: 'title' }, '', ['title_sort:asc', 'id:asc']],
    [{ field: 'title', order: 'desc' }, '', ['title_sort:desc', 'id:asc']],
    [{ field: 'author' }, '', ['author_key:asc', 'id:asc']],
    [{ field: 'kudos_per_hit' }, '', ['kudos_per_hit:desc', 'id:asc']],
    [{ field: 'bookmarks_per_kudos', order: 'asc' }, 'x', ['bookmarks_per_kudos:asc', 'id:asc']],
    [{ field: 'random' }, '', ['shuffle_0:asc', 'id:asc']],
    [{ field: 'random', seed: 13, order: 'desc' }, '', ['shuffle_5:desc', 'id:asc']],
  ]
  it.each(cases)('%j with text %j → %j', (sort, text, expected) => {
    expect(sortRules(parseQuery({ sort, text }))).toEqual(expected)
  })

  it('covers every sort field of the query model', () => {
    const covered = new Set(cases.map(([sort]) => sort?.field))
    for (const field of SORT_FIELDS) expect(covered).toContain(field)
  })
})

describe('facetAttributes', () => {
  it('lists display attributes of the kinds, then stats fields, once each', () => {
    expect(facetAttributes(parseQuery({}))).toEqual([])
    expect(
      facetAttributes(
        parseQuery({
          facets: { kinds: ['fandom', 'warning', 'category'] },
          stats: ['chapters', 'publishedAt'],
        }),
      ),
    ).toEqual(['fandoms', 'warnings', 'categories', 'chapters', 'publishedAt'])
  })
})

describe('afterFilter (cursor paging)', () => {
  const cases: [string, Parameters<typeof afterFilter>[0], string[]][] = [
    ['none without a cursor', { sort: { field: 'kudos' } }, []],
    [
      'descending: a smaller key, or the same key and a later id',
      { sort: { field: 'kudos' }, after: { value: 150, id: 'ga-1' } },
      ['kudos < 150 OR (kudos = 150 AND id > "ga-1")'],
    ],
    [
      'a date: the undated works come after every dated one',
      { sort: { field: 'published' }, after: { value: 1_600_000_000, id: 'a' } },
      ['publishedAt < 1600000000 OR (publishedAt = 1600000000 AND id > "a") OR publishedAt IS NULL'],
    ],
    [
      'after an undated work: the undated ones with a later id',
      { sort: { field: 'updated', order: 'asc' }, after: { value: null, id: 'a' } },
      ['updatedAt IS NULL AND id > "a"'],
    ],
    [
      'ascending title: the title sort key',
      { sort: { field: 'title' }, after: { value: 'the "end"', id: 'x' } },
      ['title_sort > "the \\"end\\"" OR (title_sort = "the \\"end\\"" AND id > "x")'],
    ],
    [
      'relevance without text orders by update',
      { sort: { field: 'relevance', order: 'asc' }, after: { value: 1700000000, id: 'y' } },
      ['updatedAt > 1700000000 OR (updatedAt = 1700000000 AND id > "y") OR updatedAt IS NULL'],
    ],
  ]
  it.each(cases)('%s', (_name, query, want) => {
    expect(afterFilter(query)).toEqual(want)
  })

  it('is the last element of the search request’s filter', () => {
    const request = buildSearchRequest(
      parseQuery({ sort: { field: 'words' }, after: { value: 10, id: 'a' } }),
    )
    expect((request.filter as string[]).at(-1)).toBe('words < 10 OR (words = 10 AND id > "a")')
  })
})
