/**
 * Opens the engine an `EngineConfig` names; for the embedded engine, creates the database's directory.
 * @module
 */
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { createMeilisearchEngine, openEmbeddedEngine, type SearchEngine } from '@ficdex/core'
import type { EngineConfig } from './engine-config.js'

export async function openEngine(config: EngineConfig): Promise<SearchEngine> {
  if (config.kind === 'meilisearch') return createMeilisearchEngine(config)
  await mkdir(dirname(config.path), { recursive: true })
  return openEmbeddedEngine({ path: config.path })
}
