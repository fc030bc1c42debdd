/**
 * Slows down a client that keeps failing to authenticate: the first few failures in a window answer at
 * once (typos happen); after that each failure waits longer before its 401, up to a cap, so guessing keys
 * costs time. Counted per client address; memory is bounded by dropping the oldest addresses.
 * @module
 */

export interface FailureDelayOptions {
  /** Failures per window answered without delay. */
  free: number
  windowMs: number
  /** Added delay per failure past the free ones. */
  stepMs: number
  maxDelayMs: number
  /** Addresses remembered at most. */
  maxClients: number
}

export const DEFAULT_FAILURE_DELAY: FailureDelayOptions = {
  free: 5,
  windowMs: 60_000,
  stepMs: 250,
  maxDelayMs: 5_000,
  maxClients: 10_000,
}

export class FailureDelay {
  readonly #options: FailureDelayOptions
  readonly #failures = new Map<string, { count: number; since: number }>()

  constructor(options: Partial<FailureDelayOptions> = {}) {
    this.#options = { ...DEFAULT_FAILURE_DELAY, ...options }
  }

  /** Records a failure and answers how long to wait before answering it. */
  record(client: string, now = Date.now()): number {
    const { free, windowMs, stepMs, maxDelayMs, maxClients } = this.#options
    let entry = this.#failures.get(client)
    if (entry === undefined || now - entry.since > windowMs) entry = { count: 0, since: now }
    entry.count++
    this.#failures.delete(client)
    this.#failures.set(client, entry)
    if (this.#failures.size > maxClients) {
      this.#failures.delete(this.#failures.keys().next().value as string)
    }
    return Math.min(Math.max(0, entry.count - free) * stepMs, maxDelayMs)
  }
}
