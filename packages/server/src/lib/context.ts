/**
 * The per-request values middleware sets for handlers.
 * @module
 */
import type { Scope } from '@ficdex/core'
import type { RequestIdVariables } from 'hono/request-id'
import type { KeyScope } from '../auth/key-scope.js'

/** Who is calling, as far as limits and permissions care. */
export interface Caller {
  /** `anonymous` without credentials; else the scope of the key or token. */
  scope: KeyScope | 'anonymous'
  /** A stable, non-secret name for the credential (a digest prefix), or undefined when anonymous. */
  id: string | undefined
}

export interface AppVariables extends RequestIdVariables {
  /** What the caller may see, from its API key (`public` without one). */
  scope: Scope
  caller: Caller
}

export interface AppEnv {
  Variables: AppVariables
}
