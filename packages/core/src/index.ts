/**
 * ficdex core: the domain model, the query model, and the search engine interface.
 * @module
 */
export * from './engine/normalize.js'
export * from './engine/search-engine.js'
export {
  MeilisearchEngineError,
  MeilisearchTaskError,
  MeilisearchUnavailableError,
} from './engines/meilisearch/errors.js'
export {
  createMeilisearchEngine,
  MEILISEARCH_DEFAULTS,
  type MeilisearchEngine,
  type MeilisearchEngineOptions,
} from './engines/meilisearch/meilisearch-engine.js'
export * from './model/ao3.js'
export * from './model/query.js'
export * from './model/result.js'
export * from './model/tag-kind.js'
export * from './model/work.js'
