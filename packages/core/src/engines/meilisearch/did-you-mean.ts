/**
 * "Did you mean" on Meilisearch, which offers no list of the words it holds: whether the index holds a
 * query word is asked with the word as a phrase (which matches it exactly, without typos or prefixes),
 * and the words a suggestion may offer are those of the tag values the caller's scope may see (one
 * facet request over every visible work), with the vocabulary's synonyms. The rewriting itself is the
 * shared `didYouMean`.
 * @module
 */
import { didYouMean, FEW_HITS, type SuggestWord, suggestableWords } from '../../engine/text/did-you-mean.js'
import { tokenize } from '../../engine/text/tokens.js'
import { spellingSuggestions, termCounts } from '../../engine/text/typo.js'
import type { SearchQuery } from '../../model/query.js'
import { FREE_TAG_KINDS } from '../../model/tag-kind.js'
import { FACET_FIELD } from './fields.js'
import { renderFilter, visibilityClause } from './filter-compiler.js'
import type { SearchRequest } from './search-request.js'

/** Where the offered words come from: the free tag kinds' values. */
export const SUGGESTION_FACETS = FREE_TAG_KINDS.map((kind) => FACET_FIELD[kind])

export interface SuggestionRequests {
  /** The words asked about, in the order of `requests` after the first. */
  words: string[]
  /** The facet request for the offered words, then one request per word. */
  requests: SearchRequest[]
}

/** The requests a suggestion for `query` needs; no words to check, no requests. */
export function suggestionRequests(query: Pick<SearchQuery, 'text' | 'scope'>): SuggestionRequests {
  const words = suggestableWords(query.text)
  if (words.length === 0) return { words, requests: [] }
  const visible = renderFilter([visibilityClause(query.scope)])
  const count = (q: string, facets?: string[]): SearchRequest => ({
    q,
    filter: visible,
    page: 1,
    hitsPerPage: 0,
    matchingStrategy: 'all',
    ...(facets ? { facets } : {}),
  })
  return { words, requests: [count('', SUGGESTION_FACETS), ...words.map((word) => count(`"${word}"`))] }
}

/** The part of a Meilisearch response a suggestion reads. */
export interface CountResponse {
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}

/**
 * The suggester over the responses to `suggestionRequests`: a word the index holds (or a synonym)
 * needs nothing; another gets the closest words of the visible tag values and synonyms.
 */
export function meilisearchSuggester(
  { words }: Pick<SuggestionRequests, 'words'>,
  [dictionary, ...held]: readonly CountResponse[],
  synonymWords: Iterable<string> = [],
): SuggestWord {
  const holds = new Set(words.filter((_, i) => (held[i]?.totalHits ?? 0) > 0))
  const docs = new Map<string, number>()
  for (const values of Object.values(dictionary?.facetDistribution ?? {})) {
    for (const [value, count] of Object.entries(values)) {
      for (const token of tokenize(value)) docs.set(token, (docs.get(token) ?? 0) + count)
    }
  }
  // Single-word synonyms only, as the embedded engine offers them.
  const synonyms = new Set(
    [...synonymWords].map((word) => tokenize(word)).flatMap((tokens) => (tokens.length === 1 ? tokens : [])),
  )
  for (const word of synonyms) if (!docs.has(word)) docs.set(word, 0)
  const terms = termCounts(docs)
  return (word) => (holds.has(word) || synonyms.has(word) ? [] : spellingSuggestions(word, [terms]))
}

/**
 * The "did you mean" for a search that found `total` works: asked only when it found few, with
 * `ask` sending the suggestion requests (one multi-search) and answering their responses in order.
 */
export async function suggestSpelling(
  query: Pick<SearchQuery, 'text' | 'scope'>,
  total: number,
  ask: (requests: SearchRequest[]) => Promise<readonly CountResponse[]>,
  synonymWords: Iterable<string> = [],
): Promise<string | undefined> {
  if (total >= FEW_HITS) return undefined
  const suggestion = suggestionRequests(query)
  if (suggestion.requests.length === 0) return undefined
  const responses = await ask(suggestion.requests)
  return didYouMean(query.text, meilisearchSuggester(suggestion, responses, synonymWords))
}
