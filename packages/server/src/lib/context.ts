/**
 * The per-request values middleware sets for handlers.
 * @module
 */
import type { Scope } from '@ficdex/core'
import type { RequestIdVariables } from 'hono/request-id'

export interface AppVariables extends RequestIdVariables {
  /** What the caller may see, from its API key (`public` without one). */
  scope: Scope
}

export interface AppEnv {
  Variables: AppVariables
}
