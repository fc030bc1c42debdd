/**
 * `GET /metrics`: the server's metrics in Prometheus's text format, for an `admin` key, or for anyone
 * when the server is told they are public (a scraper on a private network without a key). Kept out of
 * the API document: it describes this server process, not the archive.
 * @module
 */
import { Hono } from 'hono'
import { ApiError } from '../../lib/api-error.js'
import type { AppEnv } from '../../lib/context.js'
import type { ServerMetrics } from '../../metrics/server-metrics.js'

/** Who may read `/metrics`: holders of an `admin` key, or anyone. */
export type MetricsAccess = 'admin' | 'public'

export function createMetricsRouter(metrics: ServerMetrics, access: MetricsAccess): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  router.get('/metrics', async (c) => {
    const { scope } = c.get('caller')
    if (access === 'admin' && scope !== 'admin') {
      throw scope === 'anonymous'
        ? new ApiError('unauthorized', 'Metrics need an admin key.')
        : new ApiError('forbidden', 'Metrics need an admin key; yours is not one.')
    }
    c.header('Content-Type', metrics.registry.contentType)
    c.header('Cache-Control', 'no-store')
    return c.body(await metrics.registry.metrics())
  })
  return router
}
