/**
 * Reads and tags a run's files in order, with tagging threads working ahead of the writing thread: while
 * the writing thread writes one file's works, the threads read and tag the next ones, so the per-work
 * JavaScript and SQLite's writes run on different cores. The threads only ever help: a file no thread has
 * taken yet is read on the writing thread, so a run never waits for a thread to start, and a thread that
 * fails hands its file back. The works and errors come out exactly as `readAndTag` gives them; a thread
 * also prepares its works for the run's engine, off the writing thread (see `workPreparer`).
 * @module
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type Vocabulary, type WorkPreparer, workPreparer } from '@ficdex/core'
import { knownHashes } from './known-hashes.js'
import { fromFileMessage, readAndTag, type TaggedItem } from './read-and-tag.js'
import type { PrepareFor, TagReply, TagRequest, TagWorkerData } from './tag-worker.js'

/** The engine a run writes to, and the content hashes of the works it already stores (by id). */
export interface PrepareRun {
  engine: string
  stored?: ReadonlyMap<string, string>
}

export interface TagFile {
  file: string
  shown: string
}

/**
 * Files handed to one thread ahead of the one being written, at least: enough that it never idles while
 * the writing thread is busy writing, or tagging a file itself, since replies are only collected between
 * the two. At 100k metadata-only works in writes of 2,000, 2 left the thread idle 32% of the run once the
 * writing thread helped; 4 ran the whole load in 0.81× the time of before either change, 8 no faster.
 * Larger writes need more (`filesAhead`).
 */
const AHEAD_PER_THREAD = 4

/**
 * Files to hand each of `threads` threads ahead of the one being written, for writes of `works` works from
 * files of `worksPerFile` on average (0 while unknown). While the writing thread writes it hands out none,
 * so the threads need one write's works and a little more in hand, or idle while a large write runs.
 * Adding 30k works to 1M in writes of 10,000, with 12 files of 1,000 works ahead: 21.2 s; in writes of
 * 2,000 with 4 ahead: 33.2 s.
 */
export function filesAhead(works: number, threads: number, worksPerFile: number): number {
  if (works <= 0 || threads <= 0 || worksPerFile <= 0) return AHEAD_PER_THREAD
  return Math.max(AHEAD_PER_THREAD, Math.ceil(works / threads / worksPerFile) + 2)
}

const WORKER = fileURLToPath(new URL('./tag-worker.ts', import.meta.url))

/** A tagging thread (`tag-worker.ts`), started with `data`. */
export function startTagWorker(data: TagWorkerData): Worker {
  // Sources run as TypeScript through tsx; its CommonJS hook is the one a worker thread honours.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs')
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(WORKER)})`, {
    eval: true,
    workerData: data,
  })
}

/** A file taken ahead of its turn: its items once tagged, or null when the writing thread must read it. */
interface Pending {
  promise: Promise<TaggedItem[] | null>
  settled: boolean
  settle: (items: TaggedItem[] | null) => void
}

interface Thread {
  worker: Worker
  ready: boolean
  /** Resolves once the thread is ready or gone. */
  started: Promise<void>
  /** Indexes of the files it is reading, oldest first. */
  taken: number[]
}

export class FileTagger {
  readonly #files: readonly TagFile[]
  readonly #vocabulary: Vocabulary
  readonly #threads: Thread[] = []
  /** Files taken ahead (by a thread or by the writing thread), by index, until their turn to be written. */
  readonly #pending = new Map<number, Pending>()
  /** The first file no thread or the writing thread has taken. */
  #next = 0
  /** The file the writing thread takes now. */
  #taking = 0
  #closed = false

  readonly #prepare: PrepareFor | undefined
  readonly #preparer: WorkPreparer | undefined
  readonly #aheadWorks: (() => number) | undefined
  /** Files taken and the items they held, for the works a file holds on average. */
  #filesTaken = 0
  #itemsTaken = 0

  /**
   * @param prepare the engine the works are written to, for the threads to prepare them
   * @param aheadWorks the works the writing thread writes at once (default: a few files' worth)
   */
  constructor(
    files: readonly TagFile[],
    vocabulary: Vocabulary,
    threads: number,
    prepare?: PrepareRun,
    aheadWorks?: () => number,
  ) {
    this.#files = files
    this.#aheadWorks = aheadWorks
    this.#vocabulary = vocabulary
    this.#preparer = prepare && workPreparer(prepare.engine)
    // The shared hashes only serve threads: a run without any (a small one) never builds them.
    this.#prepare =
      prepare && threads > 0
        ? { engine: prepare.engine, known: prepare.stored && knownHashes(prepare.stored.values()) }
        : undefined
    for (let i = 0; i < threads; i++) this.#start()
  }

  /** The items of file `index`; call with 0, 1, 2 … in order. */
  async take(index: number): Promise<TaggedItem[]> {
    this.#taking = index
    const pending = this.#pending.get(index)
    let items: TaggedItem[] | null = null
    if (pending) {
      await this.#helpWhile(pending)
      items = await pending.promise
      this.#pending.delete(index)
    } else {
      this.#next = Math.max(this.#next, index + 1)
    }
    this.#fill()
    const file = this.#files[index] as TagFile
    items ??= await readAndTag(this.#vocabulary, file.file, file.shown)
    this.#filesTaken++
    this.#itemsTaken += items.length
    return items
  }

  /** Files taken ahead of the one being written, and how many of them are tagged already. */
  lead(): { files: number; tagged: number } {
    let tagged = 0
    for (const [index, pending] of this.#pending) if (index > this.#taking && pending.settled) tagged++
    return { files: this.#next - this.#taking - 1, tagged }
  }

  /** Resolves once every thread has started (or failed to): from then on, files go to threads first. */
  async started(): Promise<void> {
    await Promise.all(this.#threads.map((thread) => thread.started))
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#threads.map((thread) => thread.worker.terminate()))
  }

  #start(): void {
    const worker = startTagWorker({ prepare: this.#prepare })
    worker.unref()
    let started!: () => void
    const thread: Thread = {
      worker,
      ready: false,
      started: new Promise((resolve) => {
        started = resolve
      }),
      taken: [],
    }
    this.#threads.push(thread)
    worker.on('message', (reply: TagReply) => {
      if ('ready' in reply) {
        thread.ready = true
        started()
      } else {
        thread.taken.splice(thread.taken.indexOf(reply.id), 1)
        // null: the writing thread reads the file itself, and fails there as it would have anyway.
        this.#pending.get(reply.id)?.settle('items' in reply ? fromFileMessage(reply, this.#preparer) : null)
      }
      this.#fill()
    })
    const gone = () => {
      started()
      this.#drop(thread)
    }
    worker.on('error', gone)
    worker.on('exit', gone)
  }

  /**
   * While a thread still tags the file the writing thread is waiting for, the writing thread tags the next
   * file no one has taken, rather than idle: when the threads are the slower side (metadata-only works)
   * it otherwise idled 29% of a 100k run. What it tags waits, in order, for its turn to be written.
   * A write blocks the event loop, so a file a thread finished during it is only settled once the loop
   * turns: the writing thread first lets those replies in. Deciding at once, it tagged 4 of 20 files of
   * 1,000 works with bodies itself (about 2 s each) while the file it waited for lay tagged in its queue.
   */
  async #helpWhile(awaited: Pending): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    while (!awaited.settled && this.#next < this.#end()) {
      const id = this.#next++
      const file = this.#files[id] as TagFile
      const promise = readAndTag(this.#vocabulary, file.file, file.shown)
      this.#pending.set(id, { promise, settled: true, settle: () => {} })
      // An error surfaces when the file's turn comes, from `take`, as when the file is read then.
      await promise.catch(() => undefined)
    }
  }

  /** A thread that died hands back what it had taken. */
  #drop(thread: Thread): void {
    const at = this.#threads.indexOf(thread)
    if (at < 0) return
    this.#threads.splice(at, 1)
    for (const id of thread.taken) this.#pending.get(id)?.settle(null)
  }

  /**
   * The first file not to take yet. Files tagged wait for their turn to be written: unbounded, threads
   * tagged ahead of a slower writing thread for as long as the corpus lasted, and the run held all they
   * tagged. Twice what the threads hold in hand, so files the writing thread tags itself while it waits
   * never starve them.
   */
  #end(ahead = this.#filesAhead()): number {
    return Math.min(this.#files.length, this.#taking + 1 + 2 * ahead * Math.max(1, this.#threads.length))
  }

  #filesAhead(): number {
    const works = this.#aheadWorks?.() ?? 0
    return filesAhead(works, this.#threads.length, this.#filesTaken && this.#itemsTaken / this.#filesTaken)
  }

  #fill(): void {
    if (this.#closed) return
    const ahead = this.#filesAhead()
    const end = this.#end(ahead)
    for (const thread of this.#threads) {
      while (thread.ready && thread.taken.length < ahead && this.#next < end) {
        const id = this.#next++
        const file = this.#files[id] as TagFile
        let resolve!: (items: TaggedItem[] | null) => void
        const pending: Pending = {
          promise: new Promise((done) => {
            resolve = done
          }),
          settled: false,
          settle: (items) => {
            pending.settled = true
            resolve(items)
          },
        }
        this.#pending.set(id, pending)
        thread.taken.push(id)
        thread.worker.postMessage({ id, file: file.file, shown: file.shown } satisfies TagRequest)
      }
    }
  }
}
