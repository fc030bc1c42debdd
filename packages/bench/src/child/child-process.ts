/**
 * Runs one benchmark step in its own Node process, so each engine's memory is measured alone, and guards
 * it: a heap limit, a resident-memory limit (polled from /proc) and a time limit. The parent and child
 * talk over the IPC channel with `{ type, ... }` messages.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface ChildLimits {
  /** Wall time for the whole child, in seconds. */
  timeoutSeconds: number
  /** Resident set size above which the child is killed, in MB. */
  maxRssMb: number
  /** Where to write a V8 CPU profile of the child (`node --cpu-prof`), if anywhere. */
  cpuProfileDir?: string
}

export interface ChildMessage {
  type: string
  [key: string]: unknown
}

/** The repository root: children run from there so `--import tsx` resolves. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

const POLL_MS = 200
const TAIL_BYTES = 4_000

export class Child {
  readonly #process: ChildProcess
  readonly #messages: ChildMessage[] = []
  #waiters: ((message: ChildMessage | undefined) => void)[] = []
  #stderr = ''
  #failure: string | undefined
  #exited = false
  readonly #done: Promise<void>
  /** Largest resident set seen while polling, in bytes. */
  peakRssBytes = 0
  /** The child's last `progress` message, appended to failures: how far it got. */
  progress: string | undefined
  /** Called with progress messages the child marks as worth logging (phase changes). */
  onPhase: ((text: string) => void) | undefined

  /** @param nodeFlags more flags for Node (the server child's are production's: `serving-flags.ts`) */
  constructor(script: string, limits: ChildLimits, nodeFlags: readonly string[] = []) {
    this.#process = spawn(
      process.execPath,
      [
        // A bundled script (`.mjs`, see `@ficdex/server/bundle`) is plain JavaScript; sources need tsx.
        ...(script.endsWith('.mjs') ? [] : ['--import', 'tsx']),
        '--expose-gc',
        `--max-old-space-size=${limits.maxRssMb}`,
        ...nodeFlags,
        ...(limits.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${limits.cpuProfileDir}`] : []),
        script,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
    )
    this.#process.stderr?.on('data', (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-TAIL_BYTES)
    })
    this.#process.on('message', (message: ChildMessage) => {
      if (message.type === 'progress') {
        this.progress = String(message.text)
        if (message.log === true) this.onPhase?.(this.progress)
        return
      }
      const waiter = this.#waiters.shift()
      if (waiter) waiter(message)
      else this.#messages.push(message)
    })
    const poll = setInterval(() => {
      const rss = residentBytes(this.#process.pid)
      this.peakRssBytes = Math.max(this.peakRssBytes, rss)
      if (rss > limits.maxRssMb * 1024 * 1024)
        this.#kill(`exceeded the memory limit of ${limits.maxRssMb} MB`)
    }, POLL_MS)
    const timer = setTimeout(
      () => this.#kill(`did not finish within ${limits.timeoutSeconds} s`),
      limits.timeoutSeconds * 1000,
    )
    this.#done = new Promise((resolve) => {
      this.#process.on('exit', (code, signal) => {
        clearInterval(poll)
        clearTimeout(timer)
        this.#exited = true
        if (this.#failure === undefined && code !== 0)
          this.#failure = describeExit(code, signal, this.#stderr)
        for (const waiter of this.#waiters) waiter(undefined)
        this.#waiters = []
        resolve()
      })
    })
  }

  /** The end of what the child wrote to standard error: where a server logs its failures. */
  get stderrTail(): string {
    return this.#stderr
  }

  get pid(): number | undefined {
    return this.#process.pid
  }

  send(message: ChildMessage): void {
    this.#process.send(message)
  }

  /** The next message, or a failure when the child ends (or is killed) first. */
  async next(): Promise<ChildMessage> {
    const queued = this.#messages.shift()
    if (queued) return queued
    const message = this.#exited
      ? undefined
      : await new Promise<ChildMessage | undefined>((r) => this.#waiters.push(r))
    if (message === undefined) {
      await this.#done
      const reason = this.#failure ?? 'ended without answering'
      throw new ChildFailure(this.progress === undefined ? reason : `${reason} (${this.progress})`)
    }
    if (message.type === 'error') throw new ChildFailure(String(message.message))
    return message
  }

  /** Waits for the child to exit; kills it if it has not within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const timer = setTimeout(() => this.#kill('did not exit when asked'), graceMs)
    await this.#done
    clearTimeout(timer)
  }

  #kill(reason: string): void {
    if (this.#exited) return
    this.#failure ??= reason
    this.#process.kill('SIGKILL')
  }
}

export class ChildFailure extends Error {
  override readonly name = 'ChildFailure'
}

/** Resident set size of a process from /proc (Linux); 0 where that is not available. */
export function residentBytes(pid: number | undefined): number {
  if (pid === undefined) return 0
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory/i.test(stderr)) return 'ran out of memory (JavaScript heap limit)'
  const last = stderr.trim().split('\n').slice(-3).join(' | ')
  return `exited with ${signal ?? `code ${code}`}${last ? `: ${last}` : ''}`
}
