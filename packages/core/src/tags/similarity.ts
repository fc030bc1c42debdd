/**
 * String distances for typo-tolerant tag lookup: edit distance with transpositions ("Angts" is one typo
 * from "Angst"), its prefix variant for autocomplete, and word overlap for reordered or partial names.
 * @module
 */

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1)
      current.push(best)
    }
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The fewest edits turning `query` into some prefix of `text`: how far a half-typed word is from
 * being the start of a name.
 */
export function prefixDistance(query: string, text: string): number {
  if (query.length === 0) return 0
  let previous = Array.from({ length: text.length + 1 }, () => 0)
  for (let i = 1; i <= query.length; i++) {
    const current = [i]
    for (let j = 1; j <= text.length; j++) {
      const cost = query[i - 1] === text[j - 1] ? 0 : 1
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost))
    }
    previous = current
  }
  return Math.min(...previous)
}

/**
 * Typos allowed for a word of this length, as Meilisearch allows them: none up to 4 characters, one up
 * to 8, two beyond.
 */
export function allowedTypos(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2
}

/** 1 for equal strings, falling towards 0 as the edit distance approaches the longer length. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest
}

/**
 * Dice coefficient over two word lists, counting words as shared when equal or within the typos
 * `allowedTypos` permits.
 */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const unused = [...b]
  let shared = 0
  for (const word of a) {
    const index = unused.findIndex(
      (other) =>
        other === word || editDistance(other, word) <= allowedTypos(Math.min(word.length, other.length)),
    )
    if (index >= 0) {
      shared++
      unused.splice(index, 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}
