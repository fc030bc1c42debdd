/**
 * Mounts every resource: the versioned API under `/v1`, operational routes at the root.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import type { AppRouter } from '../lib/create-router.js'
import { createChangesRouter } from './changes/index.js'
import { createHealthRouter } from './health/index.js'
import { createTagsRouter } from './tags/index.js'
import { createWorksRouter } from './works/index.js'

export interface RouteDeps {
  engine: SearchEngine
  vocabulary: Vocabulary
  /** The largest story `POST /v1/tags/suggest` accepts, in bytes. */
  suggestBodyLimit: number
  /** The largest NDJSON body `POST /v1/works/batch` accepts, in bytes. */
  batchBodyLimit?: number
}

export function mountRoutes(
  app: AppRouter,
  { engine, vocabulary, suggestBodyLimit, batchBodyLimit }: RouteDeps,
): void {
  app.route('/v1', createWorksRouter(engine, vocabulary, batchBodyLimit))
  app.route('/v1', createTagsRouter(engine, vocabulary, suggestBodyLimit))
  app.route('/v1', createChangesRouter(engine))
  app.route('/', createHealthRouter(engine))
}
