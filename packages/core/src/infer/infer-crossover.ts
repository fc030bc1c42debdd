/**
 * A crossover: a work set in two canons — two shows, even a show and its spin-off (Grey's Anatomy and
 * Private Practice), as authors tag such stories — gets AO3's "Crossover" tag. A fandom and its own meta
 * fandom ("Grey's Anatomy" and "Grey's Anatomy Universe") are one canon, not two.
 * @module
 */
import { sameCanon } from '../tags/crossover.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import type { InferredTag } from './inferred-tag.js'

export const CROSSOVER_TAG = 'Crossover'

/**
 * The crossover tag when neither of two fandoms is the other or one of its meta fandoms. Its confidence
 * is the weaker of the two fandoms' (an author's fandom counts as certain); its evidence names them.
 */
export function inferCrossover(
  vocab: Vocabulary,
  fandoms: readonly { tag: string; confidence: number }[],
): InferredTag | undefined {
  if (vocab.get('freeform', CROSSOVER_TAG) === undefined) return undefined
  for (let i = 0; i < fandoms.length; i++) {
    for (let j = i + 1; j < fandoms.length; j++) {
      const [a, b] = [fandoms[i]!, fandoms[j]!]
      if (sameCanon(vocab, a.tag, b.tag)) continue
      return {
        kind: 'freeform',
        tag: CROSSOVER_TAG,
        score: Math.min(a.confidence, b.confidence),
        confidence: Math.min(a.confidence, b.confidence),
        evidence: [
          { phrase: a.tag, count: 1 },
          { phrase: b.tag, count: 1 },
        ],
      }
    }
  }
  return undefined
}
