/**
 * When to try a request again and how long to wait first: exponential backoff with jitter, or as long
 * as the server's `Retry-After` asks.
 * @module
 */

/** Answers worth another try: rate limited, or a gateway or the server briefly unable to answer. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504])

/** Methods that may be sent twice without doing anything twice. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/** The first backoff; each retry doubles it. */
export const BASE_DELAY_MS = 500
/** No backoff grows beyond this. */
export const MAX_BACKOFF_MS = 8_000
/** A `Retry-After` longer than this is not waited for: the error goes to the caller, who may decide. */
export const MAX_RETRY_AFTER_MS = 60_000

/**
 * The wait before retry number `attempt` (0 for the first retry): `BASE_DELAY_MS · 2^attempt`, capped,
 * then jittered down by up to half so that many clients failing together do not retry together.
 * @param random a number in [0, 1), `Math.random()` by default
 */
export function backoffDelay(attempt: number, random: number = Math.random()): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** attempt)
  return Math.round(ceiling * (1 - random / 2))
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delay-seconds or an HTTP date. Undefined
 * when the header is absent or unreadable; a date in the past is no wait at all.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // An HTTP date begins with the day's name; anything else (a negative number) is unreadable.
  if (!/^[A-Za-z]/.test(value)) return undefined
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Waits, unless the signal aborts first, in which case it rejects with the signal's reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
