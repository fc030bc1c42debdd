import type { Hit } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../model/query.js'
import { Work, type WorkInput } from '../../model/work.js'
import { type MeilisearchSummaryDocument, toDocument } from './document.js'
import { SUMMARY_ATTRIBUTES } from './fields.js'
import { emptySearchResult, facetOf, toSearchResult } from './search-response.js'

const work = (input: Partial<WorkInput> & { id: string }): Work =>
  Work.parse({
    title: `Work ${input.id}`,
    words: 100,
    complete: true,
    publishedAt: 1,
    updatedAt: 2,
    ...input,
  })

/** A hit as the server returns it: the retrieved attributes, after JSON. */
function hitOf(w: Work, formatted?: Record<string, string>): Hit<MeilisearchSummaryDocument> {
  const document = JSON.parse(JSON.stringify(toDocument(w)))
  const hit = Object.fromEntries(SUMMARY_ATTRIBUTES.filter((k) => k in document).map((k) => [k, document[k]]))
  return (formatted ? { ...hit, _formatted: formatted } : hit) as Hit<MeilisearchSummaryDocument>
}

describe('facetOf', () => {
  it('sorts by count, then normalized value, whatever order the object lists its keys in', () => {
    const distribution = JSON.parse('{"fluff": 3, "Angst": 5, "2019": 3, "10": 3, "Case Fic": 3, "Zed": 1}')
    expect(Object.keys(distribution).slice(0, 2)).toEqual(['10', '2019'])
    expect(facetOf(distribution, 10).values).toEqual([
      { value: 'Angst', count: 5 },
      { value: '10', count: 3 },
      { value: '2019', count: 3 },
      { value: 'Case Fic', count: 3 },
      { value: 'fluff', count: 3 },
      { value: 'Zed', count: 1 },
    ])
  })

  it.each([
    [undefined, 10, [], false],
    [{}, 10, [], false],
    [{ a: 1, b: 2, c: 3 }, 2, ['c', 'b'], true],
    [{ a: 1, b: 1, c: 1 }, 1, ['a'], true],
    [{ a: 1, b: 1 }, 2, ['a', 'b'], false],
  ])('%j cut to %d → %j, more: %j', (distribution, limit, values, more) => {
    const facet = facetOf(distribution, limit)
    expect(facet.values.map((v) => v.value)).toEqual(values)
    expect(facet.more).toBe(more)
  })
})

describe('toSearchResult', () => {
  const a = work({ id: 'a', freeforms: ['Angst'], words: 500 })
  const b = work({ id: 'b', series: { name: 'S', position: 1 }, source: 'x.md' })

  it('maps hits back to work summaries and pages to counts', () => {
    const result = toSearchResult(parseQuery({ page: 2, perPage: 2 }), [
      { hits: [hitOf(a), hitOf(b)], totalHits: 5 },
    ])
    const { text: _a, ...summaryA } = a
    const { text: _b, ...summaryB } = b
    expect(result).toEqual({
      hits: [{ work: summaryA }, { work: summaryB }],
      total: 5,
      page: 2,
      perPage: 2,
      totalPages: 3,
      facets: {},
      stats: {},
    })
  })

  it('attaches highlights only when the query asked for them, marking the cropped text', () => {
    const formatted = { title: 'Work a', text: '…the work of a lifetime…' }
    const asked = toSearchResult(parseQuery({ text: 'work', highlight: true }), [
      { hits: [hitOf(a, formatted), hitOf(b)], totalHits: 2 },
    ])
    expect(asked.hits.map((h) => h.highlights)).toEqual([
      { title: '<mark>Work</mark> a', summary: '', text: '…the <mark>work</mark> of a lifetime…' },
      { title: '<mark>Work</mark> b', summary: '' },
    ])
    const notAsked = toSearchResult(parseQuery({ text: 'work' }), [
      { hits: [hitOf(a, formatted)], totalHits: 1 },
    ])
    expect(notAsked.hits[0]).not.toHaveProperty('highlights')
    expect(notAsked.hits[0]?.work).not.toHaveProperty('_formatted')
  })

  it('takes each disjunctive facet from its own response, in request order', () => {
    const query = parseQuery({
      tags: { fandom: { any: ['A'] }, relationship: { any: ['R'] } },
      facets: { kinds: ['rating', 'fandom', 'relationship'], limit: 1 },
    })
    const result = toSearchResult(query, [
      { hits: [], totalHits: 3, facetDistribution: { rating: { Mature: 3 }, fandoms: { A: 3 } } },
      { hits: [], totalHits: 9, facetDistribution: { fandoms: { A: 3, B: 6 } } },
      { hits: [], totalHits: 5, facetDistribution: { relationships: { R: 3, S: 2 } } },
    ])
    expect(result.total).toBe(3)
    expect(result.facets).toEqual({
      rating: { values: [{ value: 'Mature', count: 3 }], more: false },
      fandom: { values: [{ value: 'B', count: 6 }], more: true },
      relationship: { values: [{ value: 'R', count: 3 }], more: true },
    })
  })

  it('folds the case of language codes, and takes a language facet filtered by language from its own response', () => {
    const query = parseQuery({ languages: ['fr'], facets: { kinds: ['language', 'rating'] } })
    const result = toSearchResult(query, [
      { hits: [], totalHits: 1, facetDistribution: { rating: { Mature: 1 }, language: { fr: 1 } } },
      { hits: [], totalHits: 9, facetDistribution: { language: { EN: 2, en: 5, fr: 1, ES: 1 } } },
    ])
    expect(result.facets.language).toEqual({
      values: [
        { value: 'en', count: 7 },
        { value: 'es', count: 1 },
        { value: 'fr', count: 1 },
      ],
      more: false,
    })
  })

  it('returns every requested facet kind, cut to the limit, and stats from numeric facets', () => {
    const query = parseQuery({
      facets: { kinds: ['freeform', 'fandom', 'rating'], limit: 2 },
      stats: ['words', 'kudos', 'hits'],
    })
    const result = toSearchResult(query, [
      {
        hits: [hitOf(a)],
        totalHits: 7,
        facetDistribution: {
          freeforms: { Fluff: 2, Angst: 4, Humor: 2 },
          rating: { 'Not Rated': 7 },
          words: { '100': 6, '500': 1 },
        },
        facetStats: { words: { min: 100, max: 500 }, kudos: { min: 0, max: 0 } },
      },
    ])
    expect(result.facets).toEqual({
      freeform: {
        values: [
          { value: 'Angst', count: 4 },
          { value: 'Fluff', count: 2 },
        ],
        more: true,
      },
      fandom: { values: [], more: false },
      rating: { values: [{ value: 'Not Rated', count: 7 }], more: false },
    })
    expect(result.stats).toEqual({ words: { min: 100, max: 500 }, kudos: { min: 0, max: 0 }, hits: null })
  })

  it('gives null stats, empty facets and one empty page when nothing matches', () => {
    const query = parseQuery({ facets: { kinds: ['era'] }, stats: ['words'], perPage: 10 })
    expect(emptySearchResult(query)).toEqual({
      hits: [],
      total: 0,
      page: 1,
      perPage: 10,
      totalPages: 1,
      facets: { era: { values: [], more: false } },
      stats: { words: null },
    })
  })
})
