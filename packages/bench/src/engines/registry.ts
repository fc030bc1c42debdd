/**
 * The engines the benchmark compares, opened the same way for indexing and for serving.
 * @module
 */
import { join } from 'node:path'
import {
  defaultVocabulary,
  EngineConfig,
  openEngine as openCoreEngine,
  type SearchEngine,
} from '@ficdex/core'
import { databaseBytes } from '../measure/database-bytes.js'
import { MINISEARCH_LACKS, MiniSearchEngine } from './minisearch-engine.js'
import { ORAMA_LACKS, OramaEngine } from './orama-engine.js'

export const ENGINE_NAMES = ['embedded', 'orama', 'minisearch'] as const
export type EngineName = (typeof ENGINE_NAMES)[number]

/** Whether the engine keeps its index in a file (and so can be served without rebuilding it). */
export const PERSISTENT: Record<EngineName, boolean> = { embedded: true, orama: false, minisearch: false }

export const ENGINE_LACKS: Record<EngineName, readonly string[]> = {
  embedded: [],
  orama: ORAMA_LACKS,
  minisearch: MINISEARCH_LACKS,
}

/**
 * Whether the engine continues after a cursor (`SearchQuery.after`). Orama cannot: its \`where\` has no
 * condition for "after this sort value, or equal to it with a greater id", and its sort has no id
 * tie-break to make that order total, so it pages by offset only.
 */
export const SEARCH_AFTER: Record<EngineName, boolean> = { embedded: true, orama: false, minisearch: true }

export const embeddedPath = (workDir: string) => join(workDir, 'embedded.db')

export interface OpenOptions {
  /**
   * Results of recent searches the engine keeps (only the embedded engine keeps any); default the
   * engine's own default, as `ficdex` serves it. 0 times every search itself.
   */
  resultCacheSize?: number
  /** Worker threads the embedded engine searches on (`FICDEX_SEARCH_THREADS`); 0 searches on the caller's. */
  searchThreads?: number
}

export async function openEngine(
  name: EngineName,
  workDir: string,
  options: OpenOptions = {},
): Promise<SearchEngine> {
  switch (name) {
    case 'embedded':
      // Opened as `ficdex` opens it, so the figures are the served engine's.
      return await openCoreEngine(
        EngineConfig.parse({
          kind: 'embedded',
          path: embeddedPath(workDir),
          resultCacheSize: options.resultCacheSize,
        }),
        { vocabulary: defaultVocabulary(), searchThreads: options.searchThreads ?? 0 },
      )
    case 'orama':
      return new OramaEngine()
    case 'minisearch':
      return new MiniSearchEngine()
  }
}

/** Bytes the engine's index takes on disk (the database with its WAL), or null for in-memory engines. */
export function diskBytes(name: EngineName, workDir: string): number | null {
  return PERSISTENT[name] ? databaseBytes(embeddedPath(workDir)) : null
}
