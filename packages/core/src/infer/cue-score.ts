/**
 * Scoring a tag's cues (weighted phrases from the vocabulary) against a work's text. Each phrase found
 * adds its weight times a count that grows with the logarithm of its occurrences, so a word repeated
 * thirty times cannot outvote several different cues; the phrases found are the evidence.
 * @module
 */
import type { Evidence } from '../model/work.js'
import type { Cue } from '../tags/vocabulary.js'
import { findPhrase } from './find-phrase.js'
import type { WorkText } from './work-text.js'

/** How much `count` occurrences weigh: 1 for one, 2 for two, 3 for four, 4 for eight … */
export function saturate(count: number): number {
  return count <= 0 ? 0 : 1 + Math.log2(count)
}

/** A confidence in 0..1 from a score: `half` is the score that gives 0.5. Rounded for stable output. */
export function confidence(score: number, half: number): number {
  if (score <= 0) return 0
  return Math.round((score / (score + half)) * 1000) / 1000
}

/** Evidence lists joined: one entry per phrase, with the highest count any list gave it, in first-seen order. */
export function mergeEvidence(...lists: readonly (readonly Evidence[])[]): Evidence[] {
  const counts = new Map<string, number>()
  for (const { phrase, count } of lists.flat()) counts.set(phrase, Math.max(count, counts.get(phrase) ?? 0))
  return [...counts].map(([phrase, count]) => ({ phrase, count }))
}

export interface CueScore {
  score: number
  /** The phrases found with their counts, strongest first. */
  evidence: Evidence[]
  /** The number of different phrases found. */
  distinct: number
  /** The weight of the weightiest phrase found. */
  strongest: number
}

/**
 * Counts cue phrases in one text, each phrase once however many tags declare it. Cue phrases are
 * matched without regard to case. A phrase that is a known character's canonical name counts that
 * character's mentions by any of their names (see `mentions`), so an era's cue "Lexie Grey" also fires
 * on "Lexie".
 */
export class CueCounter {
  readonly #text: WorkText
  readonly #counts = new Map<string, number>()
  readonly #mentions: ReadonlyMap<string, number>

  constructor(text: WorkText, mentions: ReadonlyMap<string, number> = new Map()) {
    this.#text = text
    this.#mentions = mentions
  }

  count(phrase: string): number {
    const mentioned = this.#mentions.get(phrase)
    if (mentioned !== undefined) return mentioned
    let count = this.#counts.get(phrase)
    if (count === undefined) {
      count = findPhrase(this.#text, phrase, false).length
      this.#counts.set(phrase, count)
    }
    return count
  }

  /** Scores a list of cues. */
  score(cues: readonly Cue[]): CueScore {
    const found: { phrase: string; count: number; value: number; weight: number }[] = []
    for (const cue of cues) {
      const count = this.count(cue.phrase)
      if (count > 0)
        found.push({ phrase: cue.phrase, count, weight: cue.weight, value: cue.weight * saturate(count) })
    }
    found.sort((a, b) => b.value - a.value || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
    return {
      score: found.reduce((sum, hit) => sum + hit.value, 0),
      evidence: found.map(({ phrase, count }) => ({ phrase, count })),
      distinct: found.length,
      strongest: found.reduce((max, hit) => Math.max(max, hit.weight), 0),
    }
  }
}
