/**
 * ficdex core: the domain model, the query model, and the search engine interface.
 * @module
 */

export { appliesAtOnce, applyChanges } from './engine/apply-changes.js'
export * from './engine/errors.js'
export { compareFacetValues, topFacet } from './engine/facet-order.js'
export { searchFacetValues } from './engine/facet-values.js'
export { requestSignal, withRequestSignal } from './engine/request-signal.js'
export { afterOperator, canSearchAfter, searchAfter, sortsAfter, sortValue } from './engine/search-after.js'
export * from './engine/search-engine.js'
export {
  MAX_QUERY_TERMS,
  parseTextQuery,
  QuerySyntaxError,
  TEXT_FIELDS,
  type TextClause,
  type TextField,
  type TextTerm,
} from './engine/text/query-syntax.js'
export {
  boundLog,
  DEFAULT_RESULT_CACHE_SIZE,
  EmbeddedEngine,
  type EmbeddedEngineOptions,
  openEmbeddedEngine,
  SCHEMA_VERSION,
  schemaVersionOf,
  type UpgradeReport,
  upgradeEmbeddedDatabase,
} from './engines/embedded/index.js'
export {
  ConfigError,
  DEFAULT_DB,
  defaultSearchThreads,
  describeEngine,
  EngineConfig,
  engineConfig,
} from './engines/engine-config.js'
export {
  MeilisearchEngineError,
  MeilisearchTaskError,
  MeilisearchUnavailableError,
} from './engines/meilisearch/errors.js'
export { MEILISEARCH_DEFAULTS } from './engines/meilisearch/meilisearch-defaults.js'
export {
  createMeilisearchEngine,
  type MeilisearchEngine,
  type MeilisearchEngineOptions,
} from './engines/meilisearch/meilisearch-engine.js'
export { meilisearchSynonyms } from './engines/meilisearch/synonyms.js'
export { meilisearchEngineFor, type OpenEngineOptions, openEngine } from './engines/open-engine.js'
export { ThreadedEngine, type ThreadedEngineOptions } from './engines/threads/threaded-engine.js'
export { type WorkPreparer, workPreparer } from './engines/work-preparers.js'
export * from './infer/index.js'
export * from './model/ao3.js'
export * from './model/change.js'
export { canonicalJson, contentHash, withContentHash } from './model/content-hash.js'
export { lowerBound } from './model/lower-bound.js'
export * from './model/main-relationship.js'
export * from './model/normalize-facet.js'
export * from './model/query.js'
export * from './model/range-filters.js'
export * from './model/result.js'
export * from './model/sort-values.js'
export * from './model/tag-kind.js'
export * from './model/work.js'
export { CANDIDATE_PAGES, findSimilar } from './similar/find-similar.js'
export { idf, rankSimilar, type SimilarWork } from './similar/rank-similar.js'
export { createVocabulary, type VocabularySource } from './tags/build-vocabulary.js'
export { EraRangeConflictError } from './tags/era-groups.js'
export { decodeHtmlEntities } from './tags/html-entities.js'
export {
  DEFAULT_VOCABULARY_DIR,
  defaultVocabulary,
  loadVocabulary,
  parseVocabularyFile,
} from './tags/load-vocabulary.js'
export { cleanTag, tagKey } from './tags/normalize-tag.js'
export { formatRelationship, type PairingType, splitRelationship } from './tags/relationship-name.js'
export {
  expandEraRange,
  type ResolvedEraRange,
  resolveEraRange,
  resolveFilterValue,
} from './tags/resolve-filter.js'
export {
  type EraRange,
  type ExplainedQuery,
  explainQuery,
  type ResolvedTagValue,
  type ResolveQueryOptions,
  resolveQuery,
} from './tags/resolve-query.js'
export { type SearchTagsOptions, searchTags, type TagSearchHit } from './tags/search-tags.js'
export { suggest, type TagSuggestion } from './tags/suggest.js'
export { tagChildren } from './tags/tag-relations.js'
export { type TaggedWork, tagWork } from './tags/tag-work.js'
export {
  type CanonSpan,
  type Cue,
  type FandomScope,
  Vocabulary,
  type VocabularyTag,
} from './tags/vocabulary.js'
export { TagLookupError, VocabularyError, type VocabularyIssue } from './tags/vocabulary-error.js'
export {
  BONDS,
  type Bond,
  CANON_STATUSES,
  type CanonStatus,
  GENDERS,
  type Gender,
} from './tags/vocabulary-schema.js'
export { type WrangleOptions, type WrangleResult, wrangle } from './tags/wrangle.js'
export { type UnwrangledTag, type WrangledWork, wrangleWork } from './tags/wrangle-work.js'
