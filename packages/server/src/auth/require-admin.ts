/**
 * Route middleware for the write routes: only an `admin` key may pass. Runs before the body is read, so
 * no one else can make the server parse a large work.
 * @module
 */
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../lib/api-error.js'
import type { AppEnv } from '../lib/context.js'

export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { scope } = c.get('caller')
  if (scope === 'anonymous') throw new ApiError('unauthorized', 'Writing works needs an admin key.')
  if (scope !== 'admin')
    throw new ApiError('forbidden', 'Writing works needs an admin key; yours is not one.')
  await next()
}
