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

/** The query with its unknown words replaced, or undefined when no word has a better spelling. */
export function didYouMean(text: string, suggest: SuggestWord): string | undefined {
  let clauses: ReturnType<typeof parseTextQuery>
  try {
    clauses = parseTextQuery(text)
  } catch (error) {
    if (error instanceof QuerySyntaxError) return undefined
    throw error
  }
  const replacements: { at: number; length: number; word: string }[] = []
  for (const clause of clauses) {
    if (clause.negated) continue
    for (const term of clause.alternatives) {
      if (term.phrase || term.tokens.length !== 1) continue
      const better = suggest(term.tokens[0] as string)[0]
      if (better === undefined) continue
      replacements.push({
        at: text.indexOf(term.text, term.position),
        length: term.text.length,
        word: better,
      })
    }
  }
  if (replacements.length === 0) return undefined
  let rewritten = text
  for (const { at, length, word } of replacements.reverse())
    rewritten = rewritten.slice(0, at) + word + rewritten.slice(at + length)
  return rewritten.trim()
}
