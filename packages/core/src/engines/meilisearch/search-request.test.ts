import { describe, expect, it } from 'vitest'
import { parseQuery, type SearchQueryInput, SORT_FIELDS } from '../../model/query.js'
import { SUMMARY_ATTRIBUTES } from './fields.js'
import { buildSearchRequest, facetAttributes, sortRules } from './search-request.js'

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

  it('highlights title and summary and crops the text when asked and there is text', () => {
    const request = buildSearchRequest(parseQuery({ text: 'scalpel', highlight: true }))
    expect(request).toMatchObject({
      attributesToHighlight: ['title', 'summary', 'text'],
      attributesToCrop: ['text:30'],
      highlightPreTag: '\u0002',
      highlightPostTag: '\u0003',
    })
    expect(request.attributesToRetrieve).not.toContain('text')
    expect(buildSearchRequest(parseQuery({ highlight: true }))).not.toHaveProperty('attributesToHighlight')
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
