/**
 * The embedded (SQLite FTS5) search engine, the default engine of ficdex.
 * @module
 */
export { EmbeddedEngine, type EmbeddedEngineOptions, openEmbeddedEngine } from './embedded-engine.js'
export { boundLog } from './log-bound.js'
export { DEFAULT_RESULT_CACHE_SIZE } from './result-cache.js'
export { SCHEMA_VERSION } from './schema.js'
export { schemaVersionOf, type UpgradeReport, upgradeEmbeddedDatabase } from './upgrade.js'
