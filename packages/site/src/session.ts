/**
 * Member sessions. A reader who gives the site's member password gets a cookie signed with HMAC-SHA256
 * that says only when it expires; the members API key stays in the site's server and is used on that
 * reader's behalf while the cookie is valid. Nothing secret reaches the browser.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'

export const SESSION_COOKIE = 'ficdex_member'
/** How long a sign-in lasts. */
export const SESSION_SECONDS = 14 * 24 * 60 * 60

const secure = (c: Context) => new URL(c.req.url).protocol === 'https:'

/** Whether the request carries a valid, unexpired member session. */
export async function hasSession(c: Context, secret: string, now = Date.now()): Promise<boolean> {
  const value = await getSignedCookie(c, secret, SESSION_COOKIE)
  if (!value) return false
  const expires = Number(value)
  return Number.isSafeInteger(expires) && expires * 1000 > now
}

export async function startSession(c: Context, secret: string, now = Date.now()): Promise<void> {
  const expires = Math.floor(now / 1000) + SESSION_SECONDS
  await setSignedCookie(c, SESSION_COOKIE, String(expires), secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c),
    maxAge: SESSION_SECONDS,
  })
}

export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) })
}

/** Compares a typed password with the configured one in constant time, whatever their lengths. */
export function passwordMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
