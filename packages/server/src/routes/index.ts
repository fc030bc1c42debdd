/**
 * Mounts every resource: the versioned API under `/v1`, operational routes at the root.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import type { AppRouter } from '../lib/create-router.js'
import { createHealthRouter } from './health/index.js'
import { createTagsRouter } from './tags/index.js'
import { createWorksRouter } from './works/index.js'

export interface RouteDeps {
  engine: SearchEngine
  vocabulary: Vocabulary
}

export function mountRoutes(app: AppRouter, { engine, vocabulary }: RouteDeps): void {
  app.route('/v1', createWorksRouter(engine, vocabulary))
  app.route('/v1', createTagsRouter(engine, vocabulary))
  app.route('/', createHealthRouter(engine))
}
