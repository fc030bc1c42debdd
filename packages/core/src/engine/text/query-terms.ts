/**
 * What a user types into the search box, read the way both engines read it (Meilisearch's syntax):
 * `"a phrase"`, `-word` (or `-"a phrase"`) to exclude, every other word required, the last word matched
 * as a prefix; only the first ten terms count.
 * @module
 */
import { tokenize } from './tokens.js'

/** Meilisearch reads only the first ten words of a query; so do we. */
export const MAX_QUERY_TERMS = 10

export interface QueryTerm {
  /** The term as typed, without its quotes or minus sign. */
  text: string
  phrase: boolean
  negated: boolean
}

/** Splits input into words and quoted phrases, each possibly negated. An unclosed quote runs to the end. */
export function parseQueryText(input: string): QueryTerm[] {
  const terms: QueryTerm[] = []
  let i = 0
  while (i < input.length) {
    while (i < input.length && /\s/u.test(input[i] as string)) i++
    if (i >= input.length) break
    let negated = false
    if (input[i] === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1] as string)) {
      negated = true
      i++
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1)
      const end = close === -1 ? input.length : close
      terms.push({ text: input.slice(i + 1, end), phrase: true, negated })
      i = end + 1
    } else {
      let end = i
      while (end < input.length && input[end] !== '"' && !/\s/u.test(input[end] as string)) end++
      terms.push({ text: input.slice(i, end), phrase: false, negated })
      i = end
    }
  }
  return terms
}

/** A term as index tokens, with whether it ends the query (and so may match as a prefix). */
export interface TokenizedTerm extends QueryTerm {
  /** Never empty: terms without tokens (punctuation alone) are dropped. */
  tokens: string[]
  last: boolean
}

/** The terms of a query that count: those with tokens, at most {@link MAX_QUERY_TERMS}. */
export function queryTerms(text: string): TokenizedTerm[] {
  const terms = parseQueryText(text)
    .map((term) => ({ ...term, tokens: tokenize(term.text) }))
    .filter((term) => term.tokens.length > 0)
    .slice(0, MAX_QUERY_TERMS)
  return terms.map((term, i) => ({ ...term, last: i === terms.length - 1 }))
}
