/**
 * Rate limiting per client: a caller with a key or member token is counted by that credential, an
 * anonymous one by its address. Answers 429 (`rate_limited`) with `Retry-After` past the limit, and
 * `RateLimit-*` headers on every counted answer. Admin keys are not limited: a fan site's own feed must
 * not be throttled by its readers. Counts live in memory, per process.
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import type { AppEnv } from '../lib/context.js'
import { problemResponse } from '../lib/problem.js'

export interface RateLimitOptions {
  /** Requests per window per client. */
  limit: number
  windowMs: number
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 600, windowMs: 60_000 }

export function rateLimit(
  { limit, windowMs }: RateLimitOptions,
  clientOf: (c: Context<AppEnv>) => string,
): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: clientOf,
    skip: (c) => c.get('caller').scope === 'admin',
    handler: (c) =>
      problemResponse(
        c,
        'rate_limited',
        `More than ${limit} requests in ${Math.round(windowMs / 1000)} s; wait as Retry-After says.`,
      ),
  }) as MiddlewareHandler<AppEnv>
}
