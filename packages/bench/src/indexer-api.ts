/**
 * What the benchmark uses of the indexer package, in one place: the corpus generator and the indexing
 * pipeline, so every engine is loaded through the same read → normalize → upsert path.
 * @module
 */

export { indexPaths } from '@ficdex/indexer'
export {
  buildVocabulary,
  type CorpusManifest,
  GENERATOR_VERSION,
  type GeneratedWork,
  generateCorpus,
  generateWorks,
  MANIFEST_FILE,
  Rng,
} from '../../indexer/src/generate/index.js'
