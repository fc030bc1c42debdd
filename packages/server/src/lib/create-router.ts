/**
 * The one way to make a router, so every router answers validation failures with the same envelope.
 * @module
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './context.js'
import { validationHook } from './validation-hook.js'

export type AppRouter = OpenAPIHono<AppEnv>

export function createRouter(): AppRouter {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
}
