/**
 * A crossover: a work whose fandoms belong to unrelated canons (Grey's Anatomy and Star Trek) gets AO3's
 * "Crossover" tag. Fandoms under one meta fandom (Grey's Anatomy and its spin-off Private Practice, both
 * in "Grey's Anatomy Universe") share a canon, so a story set in both is not tagged a crossover.
 * @module
 */
import type { Vocabulary } from '@ficdex/core'
import type { InferredTag } from './inferred-tag.js'

export const CROSSOVER_TAG = 'Crossover'

/** The fandom with all its meta fandoms. */
function family(vocab: Vocabulary, fandom: string): Set<string> {
  return new Set([fandom, ...(vocab.get('fandom', fandom)?.ancestors ?? [])])
}

/**
 * The crossover tag when two of the fandoms share no meta fandom. Its confidence is the weaker of the two
 * fandoms' (an author's fandom counts as certain); its evidence names the fandoms.
 */
export function inferCrossover(
  vocab: Vocabulary,
  fandoms: readonly { tag: string; confidence: number }[],
): InferredTag | undefined {
  if (vocab.get('freeform', CROSSOVER_TAG) === undefined) return undefined
  for (let i = 0; i < fandoms.length; i++) {
    for (let j = i + 1; j < fandoms.length; j++) {
      const [a, b] = [fandoms[i]!, fandoms[j]!]
      const left = family(vocab, a.tag)
      if ([...family(vocab, b.tag)].some((name) => left.has(name))) continue
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
