import { describe, expect, it } from 'vitest'
import { didYouMean, FEW_HITS } from '../../engine/text/did-you-mean.js'
import { parseQuery } from '../../model/query.js'
import {
  type CountResponse,
  meilisearchSuggester,
  SUGGESTION_FACETS,
  suggestionRequests,
  suggestSpelling,
} from './did-you-mean.js'
import type { SearchRequest } from './search-request.js'

describe('suggestionRequests', () => {
  it('asks for the visible tag values, then for each plain word as an exact phrase', () => {
    const { words, requests } = suggestionRequests(
      parseQuery({ text: 'Shepard "two words" -merideth ferry OR boat' }),
    )
    expect(words).toEqual(['shepard', 'ferry', 'boat'])
    expect(requests).toEqual([
      {
        q: '',
        filter: ['visibility = "public"'],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'all',
        facets: SUGGESTION_FACETS,
      },
      ...['shepard', 'ferry', 'boat'].map((word) => ({
        q: `"${word}"`,
        filter: ['visibility = "public"'],
        page: 1,
        hitsPerPage: 0,
        matchingStrategy: 'all',
      })),
    ])
    expect(SUGGESTION_FACETS).toEqual(['fandoms', 'relationships', 'characters', 'eras', 'freeforms'])
  })

  it('keeps to the scope, and asks nothing without plain words or with a malformed query', () => {
    expect(suggestionRequests(parseQuery({ text: 'shepard', scope: 'members' })).requests[0]?.filter).toEqual(
      ['visibility IN ["public", "restricted"]'],
    )
    expect(suggestionRequests(parseQuery({ text: '"a phrase" -not' })).requests).toEqual([])
    expect(suggestionRequests(parseQuery({ text: 'title:(' })).requests).toEqual([])
  })
})

describe('meilisearchSuggester', () => {
  const dictionary: CountResponse = {
    facetDistribution: {
      characters: { 'Derek Shepherd': 7, 'Meredith Grey': 5, 'Addison Montgomery': 9, 'Mark Sloan': 2 },
      relationships: { 'Addison Montgomery/Derek Shepherd': 6 },
      freeforms: { Shipwreck: 1 },
    },
  }
  const suggest = (query: string, held: string[] = [], synonyms: string[] = []) => {
    const requests = suggestionRequests(parseQuery({ text: query }))
    const responses = [
      dictionary,
      ...requests.words.map((word) => ({ totalHits: held.includes(word) ? 1 : 0 })),
    ]
    return didYouMean(query, meilisearchSuggester(requests, responses, synonyms))
  }

  it.each([
    ['shepard', 'shepherd'],
    ['merideth', 'meredith'],
    ['adisson', 'addison'],
    ['Adisson Shepard', 'addison shepherd'],
    ['shepard -grey', 'shepherd -grey'],
  ])('%s → %s', (query, want) => {
    expect(suggest(query)).toBe(want)
  })

  it('leaves alone a word the index holds, a synonym, and a word nothing is close to', () => {
    expect(suggest('shepard', ['shepard'])).toBeUndefined()
    expect(suggest('addek', [], ['addek', 'mer der'])).toBeUndefined()
    expect(suggest('zzzzzz')).toBeUndefined()
    expect(suggest('shipwrek ferry', ['ferry'])).toBe('shipwreck ferry')
  })

  it('suggests nothing from an empty or missing dictionary', () => {
    const requests = suggestionRequests(parseQuery({ text: 'shepard' }))
    expect(didYouMean('shepard', meilisearchSuggester(requests, [{}, { totalHits: 0 }]))).toBeUndefined()
    expect(didYouMean('shepard', meilisearchSuggester(requests, []))).toBeUndefined()
  })
})

describe('suggestSpelling', () => {
  const dictionary: CountResponse = { facetDistribution: { characters: { 'Derek Shepherd': 3 } } }
  const asking = () => {
    const asked: SearchRequest[][] = []
    const ask = async (requests: SearchRequest[]) => {
      asked.push(requests)
      // The index holds "derek" only.
      return [dictionary, ...requests.slice(1).map(({ q }) => ({ totalHits: q === '"derek"' ? 1 : 0 }))]
    }
    return { asked, ask }
  }

  it('asks nothing when the search found enough works, or the query has no plain word', async () => {
    const { asked, ask } = asking()
    expect(await suggestSpelling(parseQuery({ text: 'shepard' }), FEW_HITS, ask)).toBeUndefined()
    expect(await suggestSpelling(parseQuery({ text: '"shepard"' }), 0, ask)).toBeUndefined()
    expect(asked).toEqual([])
  })

  it('asks once, in one multi-search, when the search found few', async () => {
    const { asked, ask } = asking()
    expect(await suggestSpelling(parseQuery({ text: 'derek shepard' }), FEW_HITS - 1, ask)).toBe(
      'derek shepherd',
    )
    expect(asked).toHaveLength(1)
    expect(asked[0]).toHaveLength(3)
  })
})
