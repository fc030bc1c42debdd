/**
 * What makes a work a crossover, as AO3 counts it: two fandoms of which neither is the other or one of
 * its meta fandoms. A fandom tagged beside its own meta fandom ("Grey's Anatomy" and "Grey's Anatomy
 * Universe") is one canon; two shows, even a show and its spin-off, are two.
 * @module
 */
import type { Vocabulary } from './vocabulary.js'

/** The fandom with all its meta fandoms. */
function family(vocab: Vocabulary, fandom: string): Set<string> {
  return new Set([fandom, ...(vocab.get('fandom', fandom)?.ancestors ?? [])])
}

/** Whether two canonical fandoms are one canon: the same, or one a meta fandom of the other. */
export function sameCanon(vocab: Vocabulary, a: string, b: string): boolean {
  return family(vocab, a).has(b) || family(vocab, b).has(a)
}

/** Whether canonical fandoms make a crossover: some two of them are not one canon. */
export function isCrossover(vocab: Vocabulary, fandoms: readonly string[]): boolean {
  return fandoms.some((a, i) => fandoms.slice(i + 1).some((b) => !sameCanon(vocab, a, b)))
}
