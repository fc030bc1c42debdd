/**
 * A concurrency gate with a fair queue: at most `concurrency` holders at once; the rest wait in one queue
 * per client and are admitted round-robin across clients, so a client sending many requests at once
 * waits behind itself, not in front of everyone else. Past `maxQueued` waiting in all, or
 * `maxQueuedPerClient` for one client, `enter` refuses at once instead of queueing.
 *
 * Every admission, even into a free gate, happens on a later turn of the event loop, after pending I/O:
 * with a synchronous engine a request would otherwise run to its end as soon as it is read, requests
 * would wait unseen in the sockets in arrival order, and the queue would never fill.
 * @module
 */

export interface FairGateOptions {
  /** Holders at once. */
  concurrency: number
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
  readonly #options: FairGateOptions
  #holders = 0
  #queued = 0
  /** Waiting entries per client, in the round-robin order of the clients (Map keeps insertion order). */
  readonly #queues = new Map<string, Waiter[]>()

  constructor(options: FairGateOptions) {
    this.#options = options
  }

  get holders(): number {
    return this.#holders
  }

  get queued(): number {
    return this.#queued
  }

  /**
   * Resolves with a release once admitted, or with null when the queue is full or the wait passed
   * `maxWaitMs` (the caller answers 503 either way).
   */
  enter(client: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<Release | null> {
    if (this.#holders < this.#options.concurrency && this.#queued === 0) {
      this.#holders++
      const release = this.#releaser()
      return new Promise((resolve) => setImmediate(() => resolve(release)))
    }
    const queue = this.#queues.get(client) ?? []
    if (this.#queued >= this.#options.maxQueued || queue.length >= this.#options.maxQueuedPerClient) {
      return Promise.resolve(null)
    }
    if (queue.length === 0) this.#queues.set(client, queue)
    this.#queued++
    return new Promise((resolve) => {
      const waiter: Waiter = { admit: resolve, timer: undefined }
      if (Number.isFinite(maxWaitMs)) {
        waiter.timer = setTimeout(() => this.#giveUp(client, waiter), maxWaitMs)
      }
      queue.push(waiter)
    })
  }

  #giveUp(client: string, waiter: Waiter): void {
    const queue = this.#queues.get(client)
    const at = queue?.indexOf(waiter) ?? -1
    if (queue === undefined || at < 0) return
    queue.splice(at, 1)
    if (queue.length === 0) this.#queues.delete(client)
    this.#queued--
    waiter.admit(null)
  }

  #releaser(): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      this.#holders--
      this.#admitNext()
    }
  }

  #admitNext(): void {
    const next = this.#queues.entries().next()
    if (next.done) return
    const [client, queue] = next.value
    const waiter = queue.shift() as Waiter
    this.#queues.delete(client)
    // The client goes to the back of the round, behind every other waiting client.
    if (queue.length > 0) this.#queues.set(client, queue)
    this.#queued--
    this.#holders++
    clearTimeout(waiter.timer)
    const release = this.#releaser()
    setImmediate(() => waiter.admit(release))
  }
}
