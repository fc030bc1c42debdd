import type { Hit } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../model/query.js'
import { Work, type WorkInput } from '../../model/work.js'
import { type MeilisearchSummaryDocument, toDocument } from './document.js'
import { SUMMARY_ATTRIBUTES } from './fields.js'
import {
  compareCodePoints,
  compareFacetValues,
  emptySearchResult,
  hitHighlights,
  topFacetValues,
  toSearchResult,
} from './search-response.js'

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

describe('topFacetValues', () => {
  it('sorts by count, then normalized value, whatever order the object lists its keys in', () => {
    const distribution = JSON.parse('{"fluff": 3, "Angst": 5, "2019": 3, "10": 3, "Case Fic": 3, "Zed": 1}')
    expect(Object.keys(distribution).slice(0, 2)).toEqual(['10', '2019'])
    expect(topFacetValues(distribution, 10)).toEqual([
      { value: 'Angst', count: 5 },
      { value: '10', count: 3 },
      { value: '2019', count: 3 },
      { value: 'Case Fic', count: 3 },
      { value: 'fluff', count: 3 },
      { value: 'Zed', count: 1 },
    ])
  })

  it('compares values by code point after normalizing, the spelling breaking what is left', () => {
    const values = ['\u{1F98A} fox', '\uE000 private', 'b', 'B', 'a', 'Ä'].map((value) => ({
      value,
      count: 1,
    }))
    expect(values.sort(compareFacetValues).map((v) => v.value)).toEqual([
      'a',
      'Ä',
      'B',
      'b',
      '\uE000 private',
      '\u{1F98A} fox',
    ])
  })

  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    ['\u{1F98A}', '\uE000', 1],
  ])('compareCodePoints(%j, %j) has the sign of %d', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign)
  })

  it.each([
    [undefined, 10, []],
    [{}, 10, []],
    [{ a: 1, b: 2, c: 3 }, 2, ['c', 'b']],
    [{ a: 1, b: 1, c: 1 }, 1, ['a']],
  ])('%j cut to %d → %j', (distribution, limit, values) => {
    expect(topFacetValues(distribution, limit).map((v) => v.value)).toEqual(values)
  })
})

describe('hitHighlights', () => {
  const work = { title: 'The Scalpel & <b>', summary: 'No match "here".' }

  it('marks matches, escapes the rest, and keeps the text excerpt only when it matched', () => {
    expect(
      hitHighlights(work, {
        title: 'The \u0002Scalpel\u0003 & <b>',
        summary: 'No match "here".',
        text: '…held the \u0002scalp\u0003el steady…',
      }),
    ).toEqual({
      title: 'The <mark>Scalpel</mark> &amp; &lt;b&gt;',
      summary: 'No match &quot;here&quot;.',
      text: '…held the <mark>scalp</mark>el steady…',
    })
    expect(hitHighlights(work, { title: 'x', summary: 'y', text: 'the start of the text…' })).toEqual({
      title: 'x',
      summary: 'y',
    })
  })

  it('falls back to the escaped work when nothing was formatted', () => {
    expect(hitHighlights(work, undefined)).toEqual({
      title: 'The Scalpel &amp; &lt;b&gt;',
      summary: 'No match &quot;here&quot;.',
    })
  })
})

describe('toSearchResult', () => {
  const a = work({ id: 'a', freeforms: ['Angst'], words: 500 })
  const b = work({ id: 'b', series: { name: 'S', position: 1 }, source: 'x.md' })

  it('maps hits back to work summaries and pages to counts', () => {
    const result = toSearchResult(parseQuery({ page: 2, perPage: 2 }), {
      hits: [hitOf(a), hitOf(b)],
      totalHits: 5,
    })
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

  it('attaches highlights only when the query asked for them', () => {
    const formatted = { title: '\u0002Work\u0003 a', summary: '', text: 'plain' }
    const asked = toSearchResult(parseQuery({ text: 'work', highlight: true }), {
      hits: [hitOf(a, formatted), hitOf(b)],
      totalHits: 2,
    })
    expect(asked.hits.map((h) => h.highlights)).toEqual([
      { title: '<mark>Work</mark> a', summary: '' },
      { title: 'Work b', summary: '' },
    ])
    const notAsked = toSearchResult(parseQuery({ text: 'work' }), {
      hits: [hitOf(a, formatted)],
      totalHits: 1,
    })
    expect(notAsked.hits[0]).not.toHaveProperty('highlights')
    expect(notAsked.hits[0]?.work).not.toHaveProperty('_formatted')
  })

  it('returns every requested facet kind, cut to the limit, and stats from numeric facets', () => {
    const query = parseQuery({
      facets: { kinds: ['freeform', 'fandom', 'rating'], limit: 2 },
      stats: ['words', 'kudos', 'hits'],
    })
    const result = toSearchResult(query, {
      hits: [hitOf(a)],
      totalHits: 7,
      facetDistribution: {
        freeforms: { Fluff: 2, Angst: 4, Humor: 2 },
        rating: { 'Not Rated': 7 },
        words: { '100': 6, '500': 1 },
      },
      facetStats: { words: { min: 100, max: 500 }, kudos: { min: 0, max: 0 } },
    })
    expect(result.facets).toEqual({
      freeform: [
        { value: 'Angst', count: 4 },
        { value: 'Fluff', count: 2 },
      ],
      fandom: [],
      rating: [{ value: 'Not Rated', count: 7 }],
    })
    expect(result.stats).toEqual({ words: { min: 100, max: 500 }, kudos: { min: 0, max: 0 }, hits: null })
  })

  it('gives null stats and empty facets when nothing matches', () => {
    const query = parseQuery({ facets: { kinds: ['era'] }, stats: ['words'], perPage: 10 })
    expect(emptySearchResult(query)).toEqual({
      hits: [],
      total: 0,
      page: 1,
      perPage: 10,
      totalPages: 0,
      facets: { era: [] },
      stats: { words: null },
    })
  })
})
