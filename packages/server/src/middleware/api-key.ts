/**
 * Resolves the caller's scope from `Authorization: Bearer <key>`. Without the header the caller is
 * `public`; a configured key raises the scope to that key's; anything else is refused with 401, so a
 * mistyped key never silently falls back to public results.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Scope } from '@ficdex/core'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../lib/api-error.js'
import type { AppEnv } from '../lib/context.js'

/** A key that raises the caller's scope above `public`. */
export interface ApiKey {
  scope: Exclude<Scope, 'public'>
  key: string
}

interface HashedKey {
  scope: ApiKey['scope']
  digest: Buffer
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest()

/**
 * @param keys - The configured keys; compared by SHA-256 digest in constant time.
 * @example
 * app.use(apiKeyAuth([{ scope: 'members', key: 'fdx_members_123' }]))
 */
export function apiKeyAuth(keys: readonly ApiKey[]): MiddlewareHandler<AppEnv> {
  const hashed: HashedKey[] = keys.map(({ scope, key }) => ({ scope, digest: sha256(key) }))
  return async function apiKeyAuth(c, next) {
    const header = c.req.header('Authorization')
    c.set('scope', header === undefined ? 'public' : scopeOf(header, hashed))
    await next()
  }
}

function scopeOf(header: string, keys: readonly HashedKey[]): Scope {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
  if (!match) {
    throw unauthorized('The Authorization header must be "Bearer <key>".')
  }
  const digest = sha256(match[1]!)
  // Compare with every key, without stopping at a match, so timing reveals nothing about which matched.
  let found: Scope | undefined
  for (const key of keys) {
    if (timingSafeEqual(key.digest, digest) && found === undefined) found = key.scope
  }
  if (found === undefined) throw unauthorized('The API key is not valid.')
  return found
}

function unauthorized(detail: string): ApiError {
  return new ApiError('unauthorized', detail)
}
