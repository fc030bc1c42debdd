/**
 * One tag proposed by inference, before it is added to the work: what each kind's inference returns.
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import type { Evidence } from '../model/work.js'

export interface InferredTag {
  readonly kind: TagKind
  /** The canonical tag. */
  readonly tag: string
  /** The raw score it was chosen by; comparable only within one kind of one work. */
  readonly score: number
  /** 0..1, rounded to three places. */
  readonly confidence: number
  /** The phrases that support it, with their counts. */
  readonly evidence: Evidence[]
}
