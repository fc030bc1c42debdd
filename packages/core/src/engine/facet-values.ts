/**
 * Facet value search, decided the same way for every engine: the engine counts a kind's values over the
 * current results (as the kind's facet counts them, so disjunctively when it is filtered with any-of
 * values), and this picks the values that match what the user typed.
 *
 * A value matches when the typed text is the value, a prefix of it, or a prefix of one of its words,
 * allowing Meilisearch's typo budget on longer input (see `tags/key-match.ts`); case, accents and
 * punctuation do not matter. The caller may name values that match whatever the text (synonyms). Values matched without typos come first, then those with; within each,
 * the facet order (count descending, then value).
 * @module
 */

import { normalizeFacet } from '../model/normalize-facet.js'
import type { FacetSearch } from '../model/query.js'
import type { FacetSearchResult, FacetValue } from '../model/result.js'
import { BoundedCache } from '../tags/bounded-cache.js'
import { type MatchableKey, MatchRank, matchableKey, matchKey } from '../tags/key-match.js'
import { tagKey } from '../tags/normalize-tag.js'
import { sortFacetValues } from './facet-order.js'

/** Keys with word starts by value: the same values are searched again and again. */
const keys = new BoundedCache<string, MatchableKey>(50_000)
const keyOf = (value: string): MatchableKey => keys.through(value, (v) => matchableKey(tagKey(v)))

/**
 * The values among `counted` that match the facet search's text, best first, at most its limit; values
 * named in `alsoMatching` match as if without typos.
 */
export function searchFacetValues(
  counted: Iterable<FacetValue>,
  { text, limit, alsoMatching = [] }: Pick<FacetSearch, 'text' | 'limit' | 'alsoMatching'>,
): FacetSearchResult {
  const query = tagKey(text)
  const named = new Set(alsoMatching.map(normalizeFacet))
  const exact: FacetValue[] = []
  const typos: FacetValue[] = []
  for (const value of counted) {
    if (query === '' || (named.size > 0 && named.has(normalizeFacet(value.value)))) {
      exact.push(value)
      continue
    }
    const match = matchKey(query, keyOf(value.value))
    if (match) (match.rank === MatchRank.Typo ? typos : exact).push(value)
  }
  const found = [...sortFacetValues(exact), ...sortFacetValues(typos)]
  return { values: found.slice(0, limit), more: found.length > limit }
}
