/**
 * Middleware that lets a bounded number of requests work at once, queues the rest fairly per client
 * (see `fair-gate.ts`), and answers 503 with `Retry-After` when the queue is full or a request waited
 * longer than its budget: overload then costs the excess requests, not everyone.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../lib/context.js'
import { problemResponse } from '../lib/problem.js'
import { FairGate, type FairGateOptions } from './fair-gate.js'

export interface ConcurrencyOptions extends FairGateOptions {
  /** Longest a request waits for its turn before it is answered 503. */
  maxWaitMs: number
}

export function concurrencyLimit(
  options: ConcurrencyOptions,
  clientOf: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string,
  gate = new FairGate(options),
): MiddlewareHandler<AppEnv> {
  return async function concurrencyLimit(c, next) {
    // A request whose client hangs up while it waits leaves the queue, and its turn goes to the next.
    const release = await gate.enter(clientOf(c), options.maxWaitMs, c.req.raw.signal)
    // Answered here rather than thrown: overload is expected, and logging every refusal would add to it.
    if (release === null) {
      c.header('Retry-After', '1')
      return problemResponse(c, 'unavailable', 'The server is busy; try again in a moment.')
    }
    try {
      await next()
    } finally {
      release()
    }
  }
}
