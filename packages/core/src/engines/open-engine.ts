/**
 * Opens the engine an `EngineConfig` names, configured the one way every process shares: the
 * server, the indexer and the bench call this, so a Meilisearch index gets the same settings
 * (the vocabulary's synonyms included) whichever of them opens it first, and both engines expand the
 * same ship names and synonyms in text.
 * @module
 */
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { SearchEngine } from '../engine/search-engine.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import { openEmbeddedEngine } from './embedded/embedded-engine.js'
import type { EngineConfig } from './engine-config.js'
import { createMeilisearchEngine, type MeilisearchEngine } from './meilisearch/meilisearch-engine.js'
import { meilisearchSynonyms } from './meilisearch/synonyms.js'
import { ThreadedEngine } from './threads/threaded-engine.js'

export interface OpenEngineOptions {
  /** The tag vocabulary; Meilisearch's text-search synonyms come from it. */
  vocabulary: Vocabulary
  /** Timeout of each request to a Meilisearch server; default none (bulk loads send large bodies). */
  requestTimeoutMs?: number
  /**
   * Threads the embedded engine searches on (`threads/threaded-engine.ts`), for a server; default 0,
   * searching on the calling thread, as a one-off command or an indexer does.
   */
  searchThreads?: number
  /** Longest one search may run on a search thread, in milliseconds; unbounded when absent. */
  searchBudgetMs?: number | undefined
}

/** The Meilisearch engine a configuration describes, without touching the server. */
export function meilisearchEngineFor(
  config: Extract<EngineConfig, { kind: 'meilisearch' }>,
  { vocabulary, requestTimeoutMs }: OpenEngineOptions,
): MeilisearchEngine {
  return createMeilisearchEngine({
    url: config.url,
    apiKey: config.apiKey,
    index: config.index,
    requestTimeoutMs,
    // Full-text search for "Addek" also finds works tagged with its canonical pairing.
    synonyms: meilisearchSynonyms(vocabulary),
  })
}

/**
 * Opens the engine; a Meilisearch index is brought to this version's settings first (see
 * `MeilisearchEngine.syncSettings`), an embedded database's directory is created.
 */
export async function openEngine(config: EngineConfig, options: OpenEngineOptions): Promise<SearchEngine> {
  if (config.kind === 'meilisearch') {
    const engine = meilisearchEngineFor(config, options)
    await engine.syncSettings()
    return engine
  }
  await mkdir(dirname(config.path), { recursive: true })
  const embedded = {
    path: config.path,
    resultCacheSize: config.resultCacheSize,
    // The same synonyms in the embedded engine's text search.
    synonyms: meilisearchSynonyms(options.vocabulary),
  }
  const threads = options.searchThreads ?? 0
  // An in-memory database is private to its connection: no thread could read it.
  if (threads === 0 || config.path === ':memory:') return openEmbeddedEngine(embedded)
  return ThreadedEngine.open({ ...embedded, threads, searchBudgetMs: options.searchBudgetMs })
}
