/**
 * Middleware that reports every request once it is answered, errors included: its id, method, route
 * pattern (`/v1/works/:id`, never the path with its values), status, duration and what kind of caller
 * made it. Metrics and the request log both read this one account.
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import type { AppEnv } from './context.js'

export interface RequestOutcome {
  requestId: string
  method: string
  /** The route pattern that answered, or `unmatched` when none did (a 404 from no route). */
  route: string
  status: number
  durationMs: number
  /**
   * `anonymous`, or the scope of the key or token and which of the two (`members-token`, `admin-key`);
   * `refused` when the credential was not accepted. Never the credential.
   */
  caller: string
}

export type RequestObserver = (outcome: RequestOutcome) => void

/** The pattern of the last matched route that is not middleware for every method. */
function routeOf(c: Context): string {
  const route = matchedRoutes(c).findLast((candidate) => candidate.method !== 'ALL')
  return route?.path ?? 'unmatched'
}

function callerKind(c: Context<AppEnv>): string {
  const caller = c.get('caller')
  if (caller === undefined) return 'refused'
  if (caller.scope === 'anonymous') return 'anonymous'
  return `${caller.scope}-${caller.id?.startsWith('token:') ? 'token' : 'key'}`
}

export function observeRequests(observers: readonly RequestObserver[]): MiddlewareHandler<AppEnv> {
  return async function observeRequests(c, next) {
    const started = performance.now()
    try {
      await next()
    } finally {
      const outcome: RequestOutcome = {
        requestId: c.get('requestId'),
        method: c.req.method,
        route: routeOf(c),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 1000) / 1000,
        caller: callerKind(c),
      }
      for (const observe of observers) observe(outcome)
    }
  }
}
