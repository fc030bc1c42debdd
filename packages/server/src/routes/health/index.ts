/**
 * The health resource.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { type AppRouter, createRouter } from '../../lib/create-router.js'
import { registerGetHealth } from './get-health.js'

export function createHealthRouter(engine: SearchEngine): AppRouter {
  const router = createRouter()
  registerGetHealth(router, engine)
  return router
}
