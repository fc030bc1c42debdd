/**
 * The change feed resource: works stored, changed or deleted since a point, for mirrors.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { type AppRouter, createRouter } from '../../lib/create-router.js'
import { registerListChanges } from './list-changes.js'

export function createChangesRouter(engine: SearchEngine): AppRouter {
  const router = createRouter()
  registerListChanges(router, engine)
  return router
}
