/**
 * Whether a running engine's index still carries the settings this engine applies. Another process (a
 * newer indexer, say) may change them while a server runs; the server learns of it only by reading
 * the hash stored beside the index again. Readiness probes ask often, so the stored hash is read at
 * most once per interval, and callers asking while a read is under way share it.
 * @module
 */

export type SettingsState =
  | { status: 'current' }
  /** `stored`: the hash now stored beside the index, null when none is (the index was dropped). */
  | { status: 'changed'; stored: string | null }

export interface SettingsWatchOptions {
  /** The hash of the settings this engine applies. */
  own: string
  /** Reads the hash stored beside the index. */
  read: () => Promise<string | null>
  /** Milliseconds a reading stays valid. */
  intervalMs: number
  /** The clock, in milliseconds. */
  now?: () => number
}

export class SettingsWatch {
  readonly #own: string
  readonly #read: () => Promise<string | null>
  readonly #intervalMs: number
  readonly #now: () => number
  #last: { at: number; state: SettingsState } | undefined
  #reading: Promise<SettingsState> | undefined

  constructor(options: SettingsWatchOptions) {
    this.#own = options.own
    this.#read = options.read
    this.#intervalMs = options.intervalMs
    this.#now = options.now ?? Date.now
  }

  /** The state as last read, reading again once the interval has passed. A failed read is not kept. */
  check(): Promise<SettingsState> {
    const last = this.#last
    if (last && this.#now() - last.at < this.#intervalMs) return Promise.resolve(last.state)
    this.#reading ??= this.#read()
      .then((stored) => {
        const state: SettingsState =
          stored === this.#own ? { status: 'current' } : { status: 'changed', stored }
        this.#last = { at: this.#now(), state }
        return state
      })
      .finally(() => {
        this.#reading = undefined
      })
    return this.#reading
  }

  /** Records that the index carries this engine's settings now (it has just applied or compared them). */
  markCurrent(): void {
    this.#last = { at: this.#now(), state: { status: 'current' } }
  }
}
