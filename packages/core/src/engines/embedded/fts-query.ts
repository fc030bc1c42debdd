/**
 * Compiles what a user types into a safe FTS5 query. Every term is quoted, so no input is FTS5 syntax and
 * none can cause a syntax error; the user's own syntax is Meilisearch's: `"a phrase"`, `-word` (or
 * `-"a phrase"`) to exclude, every other word required, the last word matched as a prefix. How a single
 * word matches (as typed, as a prefix, widened by typo corrections) is up to a `ResolveWord`, which the
 * engine answers from the index vocabulary.
 * @module
 */
import { queryTerms } from '../../engine/text/query-terms.js'

/** How one query word (a single index token) matches. */
export interface WordMatch {
  /** Match every term starting with the word. */
  prefix: boolean
  /** Other index terms that also match (typo corrections). */
  corrections: readonly string[]
}

/** Decides how a single-token query word matches; `last` says it ends the query. */
export type ResolveWord = (token: string, last: boolean) => WordMatch

/** Without an index to consult: the last word is a prefix, nothing is corrected. */
export const prefixLastWord: ResolveWord = (_token, last) => ({ prefix: last, corrections: [] })

/** The query text as FTS5 expressions, one per term; the caller combines them with its filters. */
export interface FtsQuery {
  /** Terms a matching work must contain (all of them). */
  required: string[]
  /** Terms a matching work must not contain (any of them). */
  excluded: string[]
}

const quote = (tokens: readonly string[]): string => `"${tokens.join(' ').replaceAll('"', '""')}"`

/** FTS5 `a OP b OP …`, parenthesized unless it is a single part. */
export const group = (parts: readonly string[], operator: 'AND' | 'OR'): string =>
  parts.length === 1 ? (parts[0] as string) : `(${parts.join(` ${operator} `)})`

function positiveExpression(
  tokens: readonly string[],
  phrase: boolean,
  last: boolean,
  resolve: ResolveWord,
): string {
  if (phrase) return quote(tokens)
  if (tokens.length > 1) return quote(tokens) + (last ? '*' : '')
  const { prefix, corrections } = resolve(tokens[0] as string, last)
  const word = quote(tokens) + (prefix ? '*' : '')
  return corrections.length === 0 ? word : group([word, ...corrections.map((t) => quote([t]))], 'OR')
}

/** Compiles user text, asking `resolve` how each single-token word matches. */
export function compileFtsQuery(text: string, resolve: ResolveWord = prefixLastWord): FtsQuery {
  const terms = queryTerms(text)
  return {
    required: terms
      .filter((term) => !term.negated)
      .map((term) => positiveExpression(term.tokens, term.phrase, term.last, resolve)),
    excluded: terms.filter((term) => term.negated).map((term) => quote(term.tokens)),
  }
}
