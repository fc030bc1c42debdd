/**
 * A fixed number of search threads and the one queue in front of them. A search on the main thread
 * would hold the event loop for as long as it runs, so the server could not even accept the next
 * connection: waiting requests would queue in the kernel, unseen by any gate, and a slow search would
 * stall every other client. Here the main thread only hands searches out and takes answers back.
 *
 * A search waiting here whose caller has gone (its abort signal fired) is dropped without running. A
 * search running past the time budget is not waited for: its thread is terminated (SQLite offers no
 * other way to stop a statement from another thread, and better-sqlite3 no interrupt) and replaced,
 * and the caller gets a `SearchTimeoutError`.
 * @module
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { EngineUnavailableError, SearchEngineError, SearchTimeoutError } from '../../engine/errors.js'
import { receiveError, type ThreadReply, type ThreadRequest, type ThreadSettings } from './thread-messages.js'

export interface SearchThreadsOptions {
  /** Threads searching at once. */
  size: number
  /** Longest a search may run on its thread, in milliseconds; unbounded when absent. */
  budgetMs?: number | undefined
  settings: ThreadSettings
}

interface Job {
  id: number
  request: ThreadRequest
  resolve(result: unknown): void
  reject(error: Error): void
  /** Stops listening to the caller's abort signal. */
  forget(): void
}

interface Thread {
  worker: Worker
  ready: boolean
  job?: Job | undefined
  timer?: NodeJS.Timeout | undefined
}

const THREAD = fileURLToPath(new URL('./search-thread.ts', import.meta.url))
/** The thread's compiled script, which a bundled server defines (`@ficdex/server`'s `bundle-server.ts`). */
declare const FICDEX_SEARCH_THREAD_SCRIPT: string | undefined

export class SearchThreads {
  readonly #options: SearchThreadsOptions
  readonly #threads = new Set<Thread>()
  readonly #queue: Job[] = []
  #nextId = 0
  #closed = false

  private constructor(options: SearchThreadsOptions) {
    this.#options = options
  }

  /**
   * Starts every thread and resolves once all can search.
   * @throws SearchEngineError when a thread cannot open the database
   */
  static async start(options: SearchThreadsOptions): Promise<SearchThreads> {
    if (!Number.isInteger(options.size) || options.size < 1)
      throw new RangeError(`search threads must be a whole number from 1, got ${options.size}`)
    const threads = new SearchThreads(options)
    try {
      await Promise.all(Array.from({ length: options.size }, () => threads.#spawn()))
    } catch (error) {
      await threads.close()
      throw error
    }
    return threads
  }

  /** Searches running on a thread now. */
  get running(): number {
    return [...this.#threads].filter((thread) => thread.job !== undefined).length
  }

  /** Searches waiting for a thread. */
  get queued(): number {
    return this.#queue.length
  }

  /** Runs `request` on the first free thread; dropped unrun if `signal` fires while it waits. */
  run(request: ThreadRequest, signal?: AbortSignal): Promise<unknown> {
    if (this.#closed) return Promise.reject(new SearchEngineError('the search threads are closed'))
    if (signal?.aborted) return Promise.reject(signal.reason)
    return new Promise((resolve, reject) => {
      const drop = () => {
        const at = this.#queue.indexOf(job)
        if (at < 0) return
        this.#queue.splice(at, 1)
        reject(signal?.reason)
      }
      const job: Job = {
        id: this.#nextId++,
        request,
        resolve,
        reject,
        forget: () => signal?.removeEventListener('abort', drop),
      }
      signal?.addEventListener('abort', drop, { once: true })
      this.#queue.push(job)
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    const closed = new SearchEngineError('the search threads are closed')
    for (const job of this.#queue.splice(0)) this.#settle(job, closed)
    const threads = [...this.#threads]
    this.#threads.clear()
    for (const thread of threads) if (thread.job) this.#settle(thread.job, closed)
    await Promise.all(threads.map((thread) => thread.worker.terminate()))
  }

  /** A thread running the TypeScript source through tsx, whose CommonJS hook a worker thread honours. */
  #sourceThread(): Worker {
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs')
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(THREAD)})`, {
      eval: true,
      workerData: this.#options.settings,
    })
  }

  /** Starts one thread; resolves when it is ready, rejects when it cannot open the database. */
  #spawn(): Promise<void> {
    const worker =
      typeof FICDEX_SEARCH_THREAD_SCRIPT === 'string'
        ? new Worker(FICDEX_SEARCH_THREAD_SCRIPT, { workerData: this.#options.settings })
        : this.#sourceThread()
    // A thread never keeps the process alive: the engine's owner decides when it ends.
    worker.unref()
    const thread: Thread = { worker, ready: false }
    this.#threads.add(thread)
    return new Promise((ready, failed) => {
      let lastError: Error | undefined
      worker.on('message', (reply: ThreadReply) => {
        if ('ready' in reply) {
          thread.ready = true
          ready()
          this.#dispatch()
        } else if ('failed' in reply) {
          lastError = receiveError(reply.failed)
          void worker.terminate()
        } else {
          this.#answer(thread, reply)
        }
      })
      worker.on('error', (error) => {
        lastError = error
      })
      worker.on('exit', () => {
        if (!this.#threads.delete(thread)) return // stopped on purpose
        const why = lastError?.message ?? 'it exited'
        if (!thread.ready) {
          failed(new SearchEngineError(`A search thread could not start: ${why}`, { cause: lastError }))
          // Nothing can run until a thread starts: fail what waits rather than letting it hang.
          const error = new EngineUnavailableError(`No search thread could start: ${why}`)
          for (const job of this.#queue.splice(0)) this.#settle(job, error)
          return
        }
        if (thread.job)
          this.#settle(thread.job, new EngineUnavailableError(`A search thread stopped: ${why}`))
        this.#replace()
      })
    })
  }

  #replace(): void {
    // A replacement that cannot start has already failed the waiting searches; the next search tries again.
    if (!this.#closed) this.#spawn().catch(() => {})
  }

  #answer(thread: Thread, reply: Extract<ThreadReply, { id: number }>): void {
    const job = thread.job
    if (job?.id !== reply.id) return
    clearTimeout(thread.timer)
    thread.job = undefined
    if ('error' in reply) job.reject(receiveError(reply.error))
    else job.resolve(JSON.parse(reply.json))
    this.#dispatch()
  }

  #settle(job: Job, error: Error): void {
    job.forget()
    job.reject(error)
  }

  /** Hands waiting searches to idle threads, and starts threads to make up the number. */
  #dispatch(): void {
    if (this.#closed) return
    for (let missing = this.#options.size - this.#threads.size; missing > 0; missing--) this.#replace()
    for (const thread of this.#threads) {
      if (!thread.ready || thread.job !== undefined) continue
      const job = this.#queue.shift()
      if (job === undefined) return
      job.forget()
      thread.job = job
      const { budgetMs } = this.#options
      if (budgetMs !== undefined)
        thread.timer = setTimeout(() => this.#overBudget(thread, budgetMs), budgetMs)
      thread.worker.postMessage({ id: job.id, request: job.request })
    }
  }

  #overBudget(thread: Thread, budgetMs: number): void {
    const job = thread.job
    if (job === undefined || !this.#threads.delete(thread)) return
    job.reject(new SearchTimeoutError(budgetMs))
    void thread.worker.terminate()
    this.#dispatch()
  }
}
