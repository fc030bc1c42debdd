/**
 * Tag inference: the tags a work lacks, from its text and the vocabulary, with evidence. The indexer
 * calls `inferTags` on each work after wrangling it and before hashing it:
 *
 * @example
 * const wrangled = wrangleWork(vocab, normalizeWork(source)).work
 * const work = withContentHash(inferTags(vocab, wrangled).work)
 * @module
 */
export {
  type Evaluation,
  evaluateInference,
  formatEvaluation,
  type KindScore,
  readCorpus,
} from './evaluate.js'
export {
  DEFAULT_ROMANCE_TAG,
  INFER_KINDS,
  type InferKind,
  type InferOptions,
  type InferResult,
  inferTags,
  proposeTags,
} from './infer-tags.js'
export type { InferredTag } from './inferred-tag.js'
