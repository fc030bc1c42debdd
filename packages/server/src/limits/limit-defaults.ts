/**
 * The limits' defaults, apart from their middleware so that reading the configuration (`env.ts`) loads
 * neither Hono nor the rate limiter.
 * @module
 */
import type { ConcurrencyOptions } from './concurrency-limit.js'

/**
 * One at a time suits an embedded engine searching on the main thread, where searches run one after
 * another anyway; the server lets one request work per search thread (`env.ts`), and an engine that
 * waits on the network (Meilisearch) is better served by several.
 */
export const DEFAULT_CONCURRENCY: Required<ConcurrencyOptions> = {
  concurrency: 1,
  maxHeldPerClient: 2,
  reserved: 1,
  maxQueued: 128,
  maxQueuedPerClient: 32,
  maxWaitMs: 5_000,
}

export const DEFAULT_RATE_LIMIT = { limit: 600, windowMs: 60_000, holdMs: 1_000 }
