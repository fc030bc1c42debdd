/**
 * The typo allowance ficdex applies to each query word (Meilisearch's rule): none up to 4 characters,
 * one up to 8, two from 9. The comparison engines are given the same where they can express it.
 * @module
 */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0
}
