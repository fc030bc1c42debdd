/**
 * Ratings and archive warnings, inferred conservatively, because the two mistakes are not equal: a
 * reader who filters out Explicit works or Major Character Death must be able to trust the filter, while
 * a missing label only leaves a work where AO3 itself leaves unlabelled works.
 *
 * - The rating is only ever raised from "Not Rated" (AO3's value for "the creator did not say", which
 *   AO3 already treats as possibly adult), and only to Mature or Explicit on strong, varied cues. It is
 *   never set to General or Teen: the absence of adult cues in a text proves nothing (cues can be
 *   missed; violence and themes are not words).
 * - A work without warnings gets "Creator Chose Not To Use Archive Warnings", never "No Archive Warnings
 *   Apply": the first says honestly that nobody checked, the second would be a promise we cannot keep.
 *   Specific warnings are added only on strong cues, next to it.
 * @module
 */
import type { Rating, Warning } from '../model/ao3.js'
import type { Work } from '../model/work.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import type { CueCounter } from './cue-score.js'
import { type CueRule, inferByCues } from './infer-by-cues.js'
import type { InferredTag } from './inferred-tag.js'

/** Strong cues only: much weight, from at least three different phrases; no single phrase decides. */
export const STRICT_RULE: CueRule = {
  minScore: 3,
  minPhrases: 3,
  decisiveWeight: Number.POSITIVE_INFINITY,
  halfConfidence: 3,
}

const RAISABLE: readonly Rating[] = ['Explicit', 'Mature']
const UNKNOWN_RATING: Rating = 'Not Rated'
export const UNKNOWN_WARNINGS: Warning = 'Creator Chose Not To Use Archive Warnings'
/** Never inferred: absence of harm cannot be read off a text. */
const NO_WARNINGS: Warning = 'No Archive Warnings Apply'

/** Mature or Explicit when the work is not rated and the cues are strong; Explicit wins over Mature. */
export function inferRating(
  vocab: Vocabulary,
  counter: CueCounter,
  work: Pick<Work, 'rating'>,
  rule: CueRule = STRICT_RULE,
): InferredTag | undefined {
  if (work.rating !== UNKNOWN_RATING) return undefined
  const tags = RAISABLE.flatMap((name) => vocab.get('rating', name) ?? [])
  const [top] = inferByCues(counter, tags, rule).sort(
    (a, b) => RAISABLE.indexOf(a.tag as Rating) - RAISABLE.indexOf(b.tag as Rating),
  )
  return top
}

/**
 * For a work without warnings: the "chose not to warn" default (certain: it is what the creator's
 * silence means), plus any specific warning whose cues are strong.
 */
export function inferWarnings(
  vocab: Vocabulary,
  counter: CueCounter,
  work: Pick<Work, 'warnings'>,
  rule: CueRule = STRICT_RULE,
): InferredTag[] {
  if (work.warnings.length > 0) return []
  const specific = vocab
    .tags('warning')
    .filter((tag) => tag.name !== UNKNOWN_WARNINGS && tag.name !== NO_WARNINGS)
  return [
    { kind: 'warning', tag: UNKNOWN_WARNINGS, score: 0, confidence: 1, evidence: [] },
    ...inferByCues(counter, specific, rule),
  ]
}
