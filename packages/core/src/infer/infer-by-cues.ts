/**
 * Tags inferred from their own cues alone: tropes and other additional tags ("Exes to Lovers": ex-wife,
 * divorce, back together …), and, with stricter rules, ratings and warnings. A tag needs enough weight
 * and, unless one of its cues is nearly decisive on its own, more than one different phrase: a single
 * word repeated (a story with "hospital" in every paragraph) is not yet a trope.
 * @module
 */
import type { VocabularyTag } from '../tags/vocabulary.js'
import { type CueCounter, confidence } from './cue-score.js'
import type { InferredTag } from './inferred-tag.js'

export interface CueRule {
  /** The least score. */
  minScore: number
  /** The least number of different phrases … */
  minPhrases: number
  /** … unless a phrase found weighs at least this. */
  decisiveWeight: number
  /** The score that gives a confidence of 0.5. */
  halfConfidence: number
}

export const TROPE_RULE: CueRule = { minScore: 1, minPhrases: 2, decisiveWeight: 0.8, halfConfidence: 1.5 }

/** The tags (of one kind) whose cues pass the rule, highest score first (ties in vocabulary order). */
export function inferByCues(
  counter: CueCounter,
  tags: readonly VocabularyTag[],
  rule: CueRule,
): InferredTag[] {
  return tags
    .filter((tag) => tag.cues.length > 0)
    .map((tag, order) => ({ tag, order, result: counter.score(tag.cues) }))
    .filter(
      ({ result }) =>
        result.score >= rule.minScore &&
        (result.distinct >= rule.minPhrases || result.strongest >= rule.decisiveWeight),
    )
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .map(({ tag, result }) => ({
      kind: tag.kind,
      tag: tag.name,
      score: result.score,
      confidence: confidence(result.score, rule.halfConfidence),
      evidence: result.evidence,
    }))
}
