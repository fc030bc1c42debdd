/**
 * A concurrency gate with a fair queue: at most `concurrency` holders at once, and at most
 * `maxHeldPerClient` of them for one client; the rest wait in one queue per client and are admitted
 * round-robin across clients, so a client sending many requests at once waits behind itself, not in
 * front of everyone else, and never takes every slot. Past `maxQueued` waiting in all, or
 * `maxQueuedPerClient` for one client, `enter` refuses at once instead of queueing. The last `reserved`
 * free slots go only to clients holding none: a reader with one search in flight then starts at once
 * beside a client with many, instead of waiting for one of that client's to end.
 *
 * Every admission, even into a free gate, happens on a later turn of the event loop, after pending I/O:
 * with a synchronous engine a request would otherwise run to its end as soon as it is read, requests
 * would wait unseen in the sockets in arrival order, and the queue would never fill.
 * @module
 */

export interface FairGateOptions {
  /** Holders at once. */
  concurrency: number
  /** Holders at once for one client; `concurrency` when absent. */
  maxHeldPerClient?: number
  /** Slots of `concurrency` only a client holding none may take; none when absent. */
  reserved?: number
  /** Waiting entries across all clients before refusing. */
  maxQueued: number
  /** Waiting entries of one client before refusing that client. */
  maxQueuedPerClient: number
}

/** Call to leave the gate; calling twice is harmless. */
export type Release = () => void

interface Waiter {
  admit(release: Release | null): void
  timer: NodeJS.Timeout | undefined
}

export class FairGate {
  readonly #options: Required<FairGateOptions>
  #holders = 0
  #queued = 0
  /** Holders per client, for clients holding any. */
  readonly #held = new Map<string, number>()
  /** Waiting entries per client, in the round-robin order of the clients (Map keeps insertion order). */
  readonly #queues = new Map<string, Waiter[]>()
  /**
   * The turn each client was last admitted at, while it holds or waits: the next admission goes to the
   * waiting client served longest ago, so a client that arrives while another holds the gate goes before
   * that one's next request, even if the other's queue is older.
   */
  readonly #served = new Map<string, number>()
  #turn = 0

  constructor(options: FairGateOptions) {
    this.#options = { maxHeldPerClient: options.concurrency, reserved: 0, ...options }
  }

  get holders(): number {
    return this.#holders
  }

  get queued(): number {
    return this.#queued
  }

  /**
   * Resolves with a release once admitted, or with null when the queue is full, the wait passed
   * `maxWaitMs`, or `signal` fired while it waited (its client has gone).
   */
  enter(client: string, maxWaitMs = Number.POSITIVE_INFINITY, signal?: AbortSignal): Promise<Release | null> {
    if (signal?.aborted) return Promise.resolve(null)
    const queue = this.#queues.get(client) ?? []
    const admissibleNow = this.#mayHold(client)
    const full = this.#queued >= this.#options.maxQueued || queue.length >= this.#options.maxQueuedPerClient
    if (!admissibleNow && full) return Promise.resolve(null)
    if (queue.length === 0) this.#queues.set(client, queue)
    this.#queued++
    const admitted = new Promise<Release | null>((resolve) => {
      const giveUp = () => this.#giveUp(client, waiter)
      const waiter: Waiter = {
        admit: (release) => {
          signal?.removeEventListener('abort', giveUp)
          resolve(release)
        },
        timer: undefined,
      }
      if (Number.isFinite(maxWaitMs)) waiter.timer = setTimeout(giveUp, maxWaitMs)
      signal?.addEventListener('abort', giveUp, { once: true })
      queue.push(waiter)
    })
    this.#fill()
    return admitted
  }

  /** Whether `client` may take a free slot now: within its share, and not the reserved ones if it holds any. */
  #mayHold(client: string): boolean {
    const held = this.#held.get(client) ?? 0
    const free = this.#options.concurrency - this.#holders
    return held < this.#options.maxHeldPerClient && free > (held > 0 ? this.#options.reserved : 0)
  }

  #giveUp(client: string, waiter: Waiter): void {
    const queue = this.#queues.get(client)
    const at = queue?.indexOf(waiter) ?? -1
    if (queue === undefined || at < 0) return
    clearTimeout(waiter.timer)
    queue.splice(at, 1)
    if (queue.length === 0) this.#queues.delete(client)
    this.#queued--
    this.#forgetIfIdle(client)
    waiter.admit(null)
  }

  #releaser(client: string): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      this.#holders--
      const held = (this.#held.get(client) ?? 1) - 1
      if (held === 0) this.#held.delete(client)
      else this.#held.set(client, held)
      this.#forgetIfIdle(client)
      this.#fill()
    }
  }

  #forgetIfIdle(client: string): void {
    if (!this.#held.has(client) && !this.#queues.has(client)) this.#served.delete(client)
  }

  /** Admits waiters, round-robin over the clients that may hold more, while slots are free. */
  #fill(): void {
    while (this.#holders < this.#options.concurrency) {
      let next: [string, Waiter[]] | undefined
      let nextServed = Number.POSITIVE_INFINITY
      for (const entry of this.#queues) {
        const served = this.#served.get(entry[0]) ?? 0
        if (served < nextServed && this.#mayHold(entry[0])) {
          next = entry
          nextServed = served
        }
      }
      if (next === undefined) return
      const [client, queue] = next
      const waiter = queue.shift() as Waiter
      this.#queues.delete(client)
      // The client goes to the back of the round, behind every other waiting client.
      if (queue.length > 0) this.#queues.set(client, queue)
      this.#queued--
      this.#holders++
      this.#held.set(client, (this.#held.get(client) ?? 0) + 1)
      this.#served.set(client, ++this.#turn)
      clearTimeout(waiter.timer)
      const release = this.#releaser(client)
      setImmediate(() => waiter.admit(release))
    }
  }
}
