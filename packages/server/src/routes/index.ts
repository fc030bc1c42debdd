/**
 * Mounts every resource: the versioned API under `/v1`, operational routes at the root.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import type { AppRouter } from '../lib/create-router.js'
import { createHealthRouter } from './health/index.js'
import { createWorksRouter } from './works/index.js'

export interface RouteDeps {
  engine: SearchEngine
  version: string
}

export function mountRoutes(app: AppRouter, { engine, version }: RouteDeps): void {
  app.route('/v1', createWorksRouter(engine))
  app.route('/', createHealthRouter(engine, version))
}
