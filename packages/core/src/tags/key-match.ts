/**
 * How typed text matches a lookup key (see `tagKey`), for tag autocomplete and facet value search:
 * the whole key, a prefix of it, a prefix of one of its words, or such a word prefix within
 * Meilisearch's typo budget. Typos are forgiven on letters only (a digit is never a typo: "Season 3"
 * must not find "Season 1"), and not on a word's first letter, which people rarely get wrong.
 * @module
 */
import { allowedTypos, prefixDistance } from './similarity.js'

/** How a key matched, best first. */
export const MatchRank = { Exact: 0, Prefix: 1, WordPrefix: 2, Typo: 3 } as const
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank]

export interface KeyMatch {
  rank: MatchRank
  typos: number
}

/** A key with where each of its words starts, computed once per key. */
export interface MatchableKey {
  key: string
  starts: number[]
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char)

export function matchableKey(key: string): MatchableKey {
  const starts: number[] = []
  for (let i = 0; i < key.length; i++) if (isWordChar(key[i]) && !isWordChar(key[i - 1])) starts.push(i)
  return { key, starts }
}

/** How the typed `query` (already a key) matches, or undefined when it does not. */
export function matchKey(query: string, { key, starts }: MatchableKey): KeyMatch | undefined {
  if (key === query) return { rank: MatchRank.Exact, typos: 0 }
  if (key.startsWith(query)) return { rank: MatchRank.Prefix, typos: 0 }
  if (starts.some((start) => key.startsWith(query, start))) return { rank: MatchRank.WordPrefix, typos: 0 }
  const allowed = /\d/.test(query) ? 0 : allowedTypos(query.length)
  if (allowed === 0) return undefined
  let typos = Number.POSITIVE_INFINITY
  for (const start of starts) {
    if (key[start] !== query[0]) continue
    typos = Math.min(typos, prefixDistance(query, key.slice(start, start + query.length + allowed)))
  }
  return typos <= allowed ? { rank: MatchRank.Typo, typos } : undefined
}
