/**
 * Rate limiting per client: a caller with a key or member token is counted by that credential, an
 * anonymous one by its address. Answers 429 (`rate_limited`) with `Retry-After` past the limit, and
 * `RateLimit-*` headers on every counted answer. Admin keys are not limited: a fan site's own feed must
 * not be throttled by its readers. Counts live in memory, per process.
 *
 * A refusal is answered after a pause (`holdMs`): a client that ignores Retry-After and sends again at
 * once would otherwise get as many cheap 429s as it can send, and answering them takes the event loop
 * from everyone else; held, each of its connections costs one answer per pause. At most `maxHeld`
 * refusals wait at once, so held connections stay bounded; past that they are answered at once.
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { Context, MiddlewareHandler } from 'hono'
import { rateLimiter } from 'hono-rate-limiter'
import type { AppEnv } from '../lib/context.js'
import { problemResponse } from '../lib/problem.js'
import { DEFAULT_RATE_LIMIT } from './limit-defaults.js'

export interface RateLimitOptions {
  /** Requests per window per client. */
  limit: number
  windowMs: number
  /** How long a refusal is held before it is answered, in milliseconds; 0 answers at once. */
  holdMs?: number
  /** Refusals held at once, across clients. */
  maxHeld?: number
}

/** Refusals held at once by default: open connections cost little, but not nothing. */
export const MAX_HELD_REFUSALS = 256

export function rateLimit(
  { limit, windowMs, holdMs = DEFAULT_RATE_LIMIT.holdMs, maxHeld = MAX_HELD_REFUSALS }: RateLimitOptions,
  clientOf: (c: Context<AppEnv>) => string,
): MiddlewareHandler<AppEnv> {
  let held = 0
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: clientOf,
    skip: (c) => c.get('caller').scope === 'admin',
    handler: async (c) => {
      if (holdMs > 0 && held < maxHeld) {
        held++
        try {
          await sleep(holdMs)
        } finally {
          held--
        }
      }
      return problemResponse(
        c,
        'rate_limited',
        `More than ${limit} requests in ${Math.round(windowMs / 1000)} s; wait as Retry-After says.`,
      )
    },
  }) as MiddlewareHandler<AppEnv>
}
