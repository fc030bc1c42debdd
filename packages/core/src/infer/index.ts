/**
 * Tag inference: the tags a work lacks, from its text and the vocabulary, with evidence. The indexer
 * calls `inferTags` on each work after wrangling it and before hashing it; the server's tag suggestions
 * call `proposeTags`, which also returns what falls below the bar for adding.
 *
 * @example
 * const wrangled = wrangleWork(vocab, work).work
 * const { work: tagged, inferred } = inferTags(vocab, wrangled)
 * @module
 */
export {
  DEFAULT_MIN_TROPE_CONFIDENCE,
  DEFAULT_ROMANCE_TAG,
  INFER_KINDS,
  type InferKind,
  type InferOptions,
  type InferResult,
  inferTags,
  proposeTags,
} from './infer-tags.js'
export type { InferredTag } from './inferred-tag.js'
