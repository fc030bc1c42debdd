/**
 * Meilisearch's typo rule, as pure functions: words of 1–4 characters allow no typo, 5–8 one, 9 or more
 * two; a typo is an insertion, deletion, substitution or transposition of adjacent characters; a typo on
 * the first letter costs two, which within these limits means the first letter must match.
 * @module
 */

/** Typos a query word of this spelling may contain. */
export function allowedTypos(word: string): 0 | 1 | 2 {
  const length = codePointLength(word)
  return length >= 9 ? 2 : length >= 5 ? 1 : 0
}

// Indexing by UTF-16 unit rather than iterating the string: the iterator cost as much as the distance.
/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++, n++) if ((text.codePointAt(i) as number) > 0xffff) i++
  return n
}

/** Code points of a string, written into a reused buffer (grown when too short). */
function codePoints(text: string, buffer: Int32Array): [Int32Array, number] {
  // Never fewer UTF-16 units than code points, so a buffer as long as the string holds them.
  const into = buffer.length < text.length ? new Int32Array(text.length * 2) : buffer
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number
    into[n++] = code
    if (code > 0xffff) i++
  }
  return [into, n]
}

// Every word a query is widened by is compared with thousands of index terms: the buffers and rows are
// kept between calls rather than allocated for each.
let wordBuffer: Int32Array = new Int32Array(64)
let termBuffer: Int32Array = new Int32Array(64)
let rows = [new Int32Array(65), new Int32Array(65), new Int32Array(65)]
/** The word last held in `wordBuffer`: the same word is compared with every term in turn. */
let lastWord = ''
let lastWordLength = 0

function wordPoints(word: string): [Int32Array, number] {
  if (word !== lastWord) {
    const [points, length] = codePoints(word, wordBuffer)
    wordBuffer = points
    lastWord = word
    lastWordLength = length
  }
  return [wordBuffer, lastWordLength]
}

function sameRun(s: Int32Array, i: number, t: Int32Array, j: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (s[i + k] !== t[j + k]) return false
  return true
}

/**
 * The distance between two code point runs whose lengths differ by at most one, when it is at most one,
 * else 2: one pass from the first difference, where the table below fills a row per code point.
 */
function withinOne(s: Int32Array, n: number, t: Int32Array, m: number): number {
  const shorter = Math.min(n, m)
  let i = 0
  while (i < shorter && s[i] === t[i]) i++
  if (i === shorter) return n === m ? 0 : 1
  if (n > m) return sameRun(s, i + 1, t, i, m - i) ? 1 : 2
  if (n < m) return sameRun(s, i, t, i + 1, n - i) ? 1 : 2
  if (sameRun(s, i + 1, t, i + 1, n - i - 1)) return 1
  const swapped = i + 1 < n && s[i] === t[i + 1] && s[i + 1] === t[i]
  return swapped && sameRun(s, i + 2, t, i + 2, n - i - 2) ? 1 : 2
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) over code points, or `max + 1` as soon as it is
 * certain to exceed `max`. Only cells within `max` of the diagonal are computed: any other is further.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const [s, n] = wordPoints(a)
  const [t, m] = codePoints(b, termBuffer)
  termBuffer = t
  const over = max + 1
  if (Math.abs(n - m) > max) return over
  if (max === 1) return withinOne(s, n, t, m)
  if ((rows[0] as Int32Array).length <= m) rows = rows.map(() => new Int32Array(m * 2 + 1))
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  // Rows are reused: only the band and the cells just outside it, set to `over`, are ever read.
  for (let j = 0; j <= Math.min(m, max + 1); j++) previous[j] = Math.min(j, over)
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max)
    const hi = Math.min(m, i + max)
    current[0] = Math.min(i, over)
    if (lo > 1) current[lo - 1] = over
    if (hi < m) current[hi + 1] = over
    let rowMin = current[0] as number
    const si = s[i - 1] as number
    for (let j = lo; j <= hi; j++) {
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (si === t[j - 1] ? 0 : 1),
      )
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1)
      }
      current[j] = Math.min(d, over)
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > max) return over
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[m] as number, over)
}

export interface IndexedTerm {
  term: string
  /** Number of works containing the term: among equally close corrections, commoner ones win. */
  docs: number
}

/**
 * Index terms with, at the same place in `docs`, the number of works holding each (as `IndexedTerm`): two
 * arrays rather than an object a term, since a large index's lists of terms run to hundreds of thousands.
 */
export interface TermCounts {
  readonly terms: readonly string[]
  readonly docs: ArrayLike<number>
}

/** The counts of term → works holding it, as parallel arrays. */
export function termCounts(counts: Iterable<readonly [string, number]>): TermCounts {
  const terms: string[] = []
  const docs: number[] = []
  for (const [term, works] of counts) {
    terms.push(term)
    docs.push(works)
  }
  return { terms, docs }
}

/**
 * The terms of `lists` other than `word` within `max` typos of it (`typosTo`), closest first, commonest
 * first among equally close ones, then in code-unit order; at most `limit`.
 */
function closeTerms(word: string, lists: readonly TermCounts[], max: number, limit: number): string[] {
  if (max === 0) return []
  const found: (IndexedTerm & { distance: number })[] = []
  for (const { terms, docs } of lists) {
    terms.forEach((term, i) => {
      const distance = term === word ? undefined : typosTo(word, term, max)
      if (distance !== undefined) found.push({ term, docs: docs[i] as number, distance })
    })
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.term)
}

/**
 * The typos between a query word and another term when the term is within the word's allowance (same
 * first letter, at most `allowedTypos` edits), else undefined. Both folded as the index folds them.
 */
export function typosTo(word: string, term: string, max: number = allowedTypos(word)): number | undefined {
  if (max === 0 || term.codePointAt(0) !== word.codePointAt(0)) return undefined
  const distance = typoDistance(word, term, max)
  return distance <= max ? distance : undefined
}

/**
 * The index terms a query word may be a misspelling of, closest and commonest first, at most `limit`.
 * Both the word and the terms are folded as the index folds them.
 */
export function typoCorrections(word: string, terms: TermCounts, limit = 10): string[] {
  return closeTerms(word, [terms], allowedTypos(word), limit)
}

/** Suggestions offered per word at most. */
export const SUGGESTIONS = 3

/** Edits a "did you mean" suggestion may be away from the word typed: more than a match tolerates. */
export const SUGGESTION_EDITS = 2

/**
 * Terms of `lists` a word that found nothing or little may have been meant as: same first letter, at most
 * {@link SUGGESTION_EDITS} edits for words of four letters or more (one for shorter), closest and
 * commonest first ("shepard" → "shepherd", "merideth" → "meredith").
 */
export function spellingSuggestions(
  word: string,
  lists: readonly TermCounts[],
  limit = SUGGESTIONS,
): string[] {
  const length = codePointLength(word)
  if (length < 3) return []
  return closeTerms(word, lists, length >= 4 ? SUGGESTION_EDITS : 1, limit)
}
