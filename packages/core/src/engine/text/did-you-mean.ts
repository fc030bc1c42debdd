/**
 * "Did you mean": when a search finds nothing or little, the query with each plain word the index does
 * not hold replaced by the closest word it does. The engine says which words it holds; the rewriting is
 * the same for every engine.
 * @module
 */
import { parseTextQuery, QuerySyntaxError } from './query-syntax.js'

/** Fewer hits than this, and a suggestion is worth offering. */
export const FEW_HITS = 3

/** Words (folded as the index folds them) a word may have been meant as, best first; none if it is fine. */
export type SuggestWord = (word: string) => readonly string[]

/** The plain words of a query a suggestion may replace: single words, neither in a phrase nor excluded. */
function plainWords(text: string): { token: string; at: number; length: number }[] {
  let clauses: ReturnType<typeof parseTextQuery>
  try {
    clauses = parseTextQuery(text)
  } catch (error) {
    if (error instanceof QuerySyntaxError) return []
    throw error
  }
  return clauses
    .filter((clause) => !clause.negated)
    .flatMap((clause) => clause.alternatives)
    .filter((term) => !term.phrase && term.tokens.length === 1)
    .map((term) => ({
      token: term.tokens[0] as string,
      at: text.indexOf(term.text, term.position),
      length: term.text.length,
    }))
}

/** The words (folded as the index folds them) a suggestion for `text` asks about. */
export const suggestableWords = (text: string): string[] => [...new Set(plainWords(text).map((w) => w.token))]

/** The query with its unknown words replaced, or undefined when no word has a better spelling. */
export function didYouMean(text: string, suggest: SuggestWord): string | undefined {
  const replacements: { at: number; length: number; word: string }[] = []
  for (const { token, at, length } of plainWords(text)) {
    const better = suggest(token)[0]
    if (better !== undefined) replacements.push({ at, length, word: better })
  }
  if (replacements.length === 0) return undefined
  let rewritten = text
  for (const { at, length, word } of replacements.reverse())
    rewritten = rewritten.slice(0, at) + word + rewritten.slice(at + length)
  return rewritten.trim()
}
