/**
 * One tag proposed by inference, before it is added to the work: what each kind's inference returns.
 * @module
 */
import type { Evidence, TagKind } from '@ficdex/core'

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
