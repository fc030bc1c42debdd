/**
 * Meilisearch's typo rule, as pure functions: words of 1–4 characters allow no typo, 5–8 one, 9 or more
 * two; a typo is an insertion, deletion, substitution or transposition of adjacent characters; a typo on
 * the first letter costs two, which within these limits means the first letter must match.
 * @module
 */

/** Typos a query word of this spelling may contain. */
export function allowedTypos(word: string): 0 | 1 | 2 {
  const length = [...word].length
  return length >= 9 ? 2 : length >= 5 ? 1 : 0
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) over code points, or `max + 1` as soon as it is
 * certain to exceed `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > max) return max + 1
  let before = new Array<number>(t.length + 1).fill(0)
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = new Array<number>(t.length + 1).fill(0)
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1)
      }
      current[j] = d
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return Math.min(previous[t.length] as number, max + 1)
}

export interface IndexedTerm {
  term: string
  /** Number of works containing the term: among equally close corrections, commoner ones win. */
  docs: number
}

/**
 * The typos between a query word and another term when the term is within the word's allowance (same
 * first letter, at most `allowedTypos` edits), else undefined. Both folded as the index folds them.
 */
export function typosTo(word: string, term: string): number | undefined {
  const max = allowedTypos(word)
  if (max === 0 || term.codePointAt(0) !== word.codePointAt(0)) return undefined
  const distance = typoDistance(word, term, max)
  return distance <= max ? distance : undefined
}

/**
 * The index terms a query word may be a misspelling of, closest and commonest first, at most `limit`.
 * Both the word and the terms are folded as the index folds them.
 */
export function typoCorrections(word: string, terms: Iterable<IndexedTerm>, limit = 10): string[] {
  if (allowedTypos(word) === 0) return []
  const found: (IndexedTerm & { distance: number })[] = []
  for (const candidate of terms) {
    if (candidate.term === word) continue
    const distance = typosTo(word, candidate.term)
    if (distance !== undefined) found.push({ ...candidate, distance })
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.term)
}

/** Suggestions offered per word at most. */
export const SUGGESTIONS = 3

/** Edits a "did you mean" suggestion may be away from the word typed: more than a match tolerates. */
export const SUGGESTION_EDITS = 2

/**
 * Terms a word that found nothing or little may have been meant as: same first letter, at most
 * {@link SUGGESTION_EDITS} edits for words of four letters or more (one for shorter), closest and
 * commonest first ("shepard" → "shepherd", "merideth" → "meredith").
 */
export function spellingSuggestions(
  word: string,
  terms: Iterable<IndexedTerm>,
  limit = SUGGESTIONS,
): string[] {
  const length = [...word].length
  if (length < 3) return []
  const max = length >= 4 ? SUGGESTION_EDITS : 1
  const found: (IndexedTerm & { distance: number })[] = []
  for (const candidate of terms) {
    if (candidate.term === word || candidate.term.codePointAt(0) !== word.codePointAt(0)) continue
    const distance = typoDistance(word, candidate.term, max)
    if (distance <= max) found.push({ ...candidate, distance })
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.term)
}
