import type { Facet } from '@ficdex/sdk'
import { describe, expect, it } from 'vitest'
import { facetShown, facetValueQuery, searchQuery } from './api-query.js'
import { readState } from './search-state.js'

const read = (query: string) => readState(new URLSearchParams(query)).state

describe('searchQuery', () => {
  it('asks for the filters, one page, every facet and highlights, under the URL’s names', () => {
    const state = read(
      'q=x&fandom_any=A&freeform_not=Angst&words_min=10&complete=true&lang=es&page=2&more=fandom',
    )
    expect(searchQuery(state)).toEqual({
      q: 'x',
      fandom_any: ['A'],
      freeform_not: ['Angst'],
      words_min: 10,
      complete: true,
      lang: 'es',
      sort: 'relevance',
      page: 2,
      per_page: 20,
      facets: [
        'rating',
        'warning',
        'category',
        'fandom',
        'relationship',
        'character',
        'era',
        'freeform',
        'lang',
      ],
      facet_limit: 50,
      highlight: true,
    })
  })
})

describe('facetValueQuery', () => {
  it('asks with the filters and the typed text, as many values as the facet shows', () => {
    expect(facetValueQuery(read('q=x&fandom_any=A&page=3&sort=kudos'), 'character', 'shep')).toEqual({
      q: 'x',
      fandom_any: ['A'],
      facet_query: 'shep',
      facet_limit: 10,
    })
  })
})

describe('facetShown', () => {
  const facet = (n: number, more: boolean): Facet => ({
    values: Array.from({ length: n }, (_, i) => ({ value: `v${i}`, count: n - i })),
    more,
    disjunctive: false,
  })

  it.each([
    ['a short list', '', 'fandom', facet(4, false), 4, false],
    ['a list the API says goes on', '', 'fandom', facet(10, true), 10, true],
    ['an expanded facet', 'more=fandom', 'fandom', facet(30, false), 30, false],
    ['another facet while one is expanded', 'more=fandom', 'character', facet(30, false), 10, true],
    ['no facet at all', '', 'era', undefined, 0, false],
  ] as const)('%s', (_, query, kind, given, shown, moreExist) => {
    const result = facetShown(read(query), kind, given)
    expect(result.shown).toHaveLength(shown)
    expect(result.moreExist).toBe(moreExist)
  })
})
