/**
 * The terms of a query as a flat list, for what needs each term alone (highlighting): every alternative
 * of every clause, with whether it is excluded and whether it is the last word (matched as a prefix).
 * @module
 */
import { lastWord, parseTextQuery, type TextTerm } from './query-syntax.js'

export interface TokenizedTerm extends TextTerm {
  negated: boolean
  /** The word that ends the query, which also matches as a prefix. */
  last: boolean
}

/** The terms of a query that count; throws `QuerySyntaxError` on a malformed query. */
export function queryTerms(text: string): TokenizedTerm[] {
  const clauses = parseTextQuery(text)
  const last = lastWord(clauses)
  return clauses.flatMap((clause) =>
    clause.alternatives.map((term) => ({ ...term, negated: clause.negated, last: term === last })),
  )
}
