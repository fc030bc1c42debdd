/**
 * Resolves the caller from `Authorization: Bearer <key or member token>`. Without the header the caller
 * is anonymous and sees `public` works; a configured key or a valid member token sets what the caller
 * sees and may do; anything else is refused with 401 (after a delay for a client that keeps failing), so
 * a mistyped key never silently falls back to public results.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../lib/api-error.js'
import { type ClientAddress, socketAddress } from '../lib/client-address.js'
import type { AppEnv, Caller } from '../lib/context.js'
import { FailureDelay } from './failure-delay.js'
import { type ApiKey, type KeyScope, VISIBILITY_OF_KEY } from './key-scope.js'
import { looksLikeToken, verifyMemberToken } from './member-token.js'

/** The keys in force now; a key ring re-read from a file answers with its latest keys. */
export type KeySource = readonly ApiKey[] | { current(): readonly ApiKey[] }

interface HashedKey {
  scope: KeyScope
  digest: Buffer
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest()

/** Hashes a key set once per distinct array, so a reloaded ring costs one hashing per reload. */
function hasher(): (keys: readonly ApiKey[]) => HashedKey[] {
  let last: readonly ApiKey[] | undefined
  let hashed: HashedKey[] = []
  return (keys) => {
    if (keys !== last) {
      last = keys
      hashed = keys.map(({ scope, key }) => ({ scope, digest: sha256(key) }))
    }
    return hashed
  }
}

export interface AuthOptions {
  /** The API keys; compared by SHA-256 digest in constant time. */
  keys: KeySource
  /** The secret member tokens are signed with; without one, tokens are refused like unknown keys. */
  tokenSecret?: string | undefined
  /** Where failures are counted for the slowdown. */
  clientAddress?: ClientAddress
  failureDelay?: FailureDelay
}

/**
 * @example
 * app.use(authenticate({ keys: [{ scope: 'members', key: 'fdx_members_123' }] }))
 */
export function authenticate({
  keys,
  tokenSecret,
  clientAddress = socketAddress,
  failureDelay = new FailureDelay(),
}: AuthOptions): MiddlewareHandler<AppEnv> {
  const current = 'current' in keys ? () => keys.current() : () => keys
  const hash = hasher()
  return async function authenticate(c, next) {
    const header = c.req.header('Authorization')
    let caller: Caller = { scope: 'anonymous', id: undefined }
    if (header !== undefined) {
      const found = await callerOf(header, hash(current()), tokenSecret)
      if (found instanceof ApiError) {
        await sleep(failureDelay.record(clientAddress(c)))
        throw found
      }
      caller = found
    }
    c.set('caller', caller)
    c.set('scope', caller.scope === 'anonymous' ? 'public' : VISIBILITY_OF_KEY[caller.scope])
    await next()
  }
}

async function callerOf(
  header: string,
  keys: readonly HashedKey[],
  tokenSecret: string | undefined,
): Promise<Caller | ApiError> {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
  if (!match) {
    return unauthorized('The Authorization header must be "Bearer <key or token>".')
  }
  const credential = match[1]!
  if (tokenSecret !== undefined && looksLikeToken(credential)) {
    const verified = await verifyMemberToken(credential, tokenSecret)
    return verified.ok ? verified.caller : unauthorized(verified.reason)
  }
  const digest = sha256(credential)
  // Compare with every key, without stopping at a match, so timing reveals nothing about which matched.
  let found: KeyScope | undefined
  for (const key of keys) {
    if (timingSafeEqual(key.digest, digest) && found === undefined) found = key.scope
  }
  if (found === undefined) return unauthorized('The API key is not valid.')
  return { scope: found, id: `key:${digest.toString('hex').slice(0, 16)}` }
}

function unauthorized(detail: string): ApiError {
  return new ApiError('unauthorized', detail)
}
