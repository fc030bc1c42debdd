/**
 * The synthetic corpus generator: deterministic, realistic fan works for tests and benchmarks.
 * @module
 */
export { BUILTIN_FREEFORMS, type FreeformTags, loadFreeformTags } from './freeform-tags.js'
export {
  type CorpusManifest,
  DEFAULT_WORKS_PER_FILE,
  GENERATOR_VERSION,
  type GenerateOptions,
  generateCorpus,
  generateWorks,
  MANIFEST_FILE,
} from './generate-corpus.js'
export { Rng } from './prng.js'
export { buildVocabulary, type Vocabulary } from './vocabulary.js'
export {
  type GeneratedWork,
  generateWork,
  MAX_TAGS,
  MAX_WORDS,
  MEDIAN_WORDS,
  MIN_TAGS,
} from './work-generator.js'
export { World } from './world.js'
