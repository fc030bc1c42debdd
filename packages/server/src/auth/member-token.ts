/**
 * Member tokens: a fan site signs a short-lived JWT (HMAC-SHA256, with `exp` and a `scope` of `search` or
 * `members`) for a signed-in member with a secret it shares with ficdex, so its pages and the member's
 * browser can search without holding an API key. Only HS256 is accepted, and `exp` is required.
 * @module
 */
import { createHash } from 'node:crypto'
import { sign, verify } from 'hono/jwt'
import type { Caller } from '../lib/context.js'

/** The scopes a token may carry: never more than members, since tokens reach browsers. */
export const TOKEN_SCOPES = ['search', 'members'] as const
export type TokenScope = (typeof TOKEN_SCOPES)[number]

/** Longest a token may live: a token is a session's short-term pass, not a key. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/** Whether a bearer credential is shaped as a JWT (keys never contain dots in that pattern). */
export const looksLikeToken = (credential: string): boolean => JWT_SHAPE.test(credential)

/**
 * The caller a token names, or a reason it is refused (expired, tampered, another algorithm, no `exp`,
 * an unknown scope, a lifetime past the maximum).
 */
export async function verifyMemberToken(
  token: string,
  secret: string,
  now = Math.floor(Date.now() / 1000),
): Promise<{ ok: true; caller: Caller } | { ok: false; reason: string }> {
  let payload: Record<string, unknown>
  try {
    payload = await verify(token, secret, { alg: 'HS256', exp: true, nbf: true, iat: true })
  } catch (error) {
    const name = (error as Error).name
    return {
      ok: false,
      reason: name === 'JwtTokenExpired' ? 'The token has expired.' : 'The token is not valid.',
    }
  }
  const { exp, scope, iat, sub } = payload
  if (typeof exp !== 'number') return { ok: false, reason: 'The token has no expiry (exp).' }
  if (exp - (typeof iat === 'number' ? iat : now) > MAX_TOKEN_LIFETIME_SECONDS)
    return { ok: false, reason: `The token lives longer than ${MAX_TOKEN_LIFETIME_SECONDS} seconds.` }
  if (!(TOKEN_SCOPES as readonly unknown[]).includes(scope))
    return { ok: false, reason: `The token's scope must be ${TOKEN_SCOPES.join(' or ')}.` }
  const subject =
    typeof sub === 'string' ? sub : createHash('sha256').update(token).digest('hex').slice(0, 16)
  return { ok: true, caller: { scope: scope as TokenScope, id: `token:${subject}` } }
}

/**
 * Signs a member token, as a fan site's server does (any JWT library producing HS256 will do).
 * @example
 * const token = await signMemberToken({ scope: 'members', sub: 'member-42' }, secret, 15 * 60)
 */
export function signMemberToken(
  claims: { scope: TokenScope; sub?: string },
  secret: string,
  lifetimeSeconds: number,
  now = Math.floor(Date.now() / 1000),
): Promise<string> {
  return sign({ ...claims, iat: now, exp: now + lifetimeSeconds }, secret, 'HS256')
}
