/**
 * The health resource: liveness (`/health`) and readiness (`/ready`).
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { type AppRouter, createRouter } from '../../lib/create-router.js'
import { registerGetHealth } from './get-health.js'
import { registerGetReady } from './get-ready.js'

export function createHealthRouter(engine: SearchEngine): AppRouter {
  const router = createRouter()
  registerGetHealth(router, engine)
  registerGetReady(router, engine)
  return router
}
