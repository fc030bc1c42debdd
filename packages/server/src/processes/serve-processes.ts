/**
 * Serving from several processes, so a search-heavy load uses every core: each process opens the engine
 * itself (on the embedded engine, one more reader of the one WAL file; SQLite lets many read while one
 * writes) and the processes share one listening socket through `node:cluster`, which hands connections to
 * them in turn. Limits stay per process: each keeps its own rate-limit counts and concurrency gate.
 * @module
 */
import cluster, { type Worker } from 'node:cluster'

/** Says what the supervising process does; `serve.ts` prints it. */
export type ProcessLog = (line: string) => void

/**
 * Runs `serveOne` in this process when `count` is 1 (or in a process this function forked); otherwise
 * forks `count` processes that each run it, passes SIGHUP (reload keys) and SIGINT/SIGTERM (stop) on to
 * them, replaces one that dies while serving, and stops them all, exiting 1, when one fails before it
 * listened (a bad configuration or a port in use fails in every one).
 */
export async function serveProcesses(
  count: number,
  serveOne: () => Promise<void>,
  log: ProcessLog,
): Promise<void> {
  if (count <= 1 || cluster.isWorker) return serveOne()
  let stopping = false
  const listening = new WeakSet<Worker>()
  const fork = () => {
    const worker = cluster.fork()
    worker.on('listening', () => listening.add(worker))
  }
  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return
    stopping = true
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined)
    if (workers.length === 0) process.exit(code)
    let left = workers.length
    for (const worker of workers) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(code)
      })
      worker.process.kill(signal)
    }
  }
  cluster.on('exit', (worker, exitCode, signal) => {
    if (stopping) return
    const why = signal ? `signal ${signal}` : `code ${exitCode}`
    if (!listening.has(worker)) {
      log(`A serving process stopped before it listened (${why}); stopping.`)
      stop('SIGTERM', 1)
      return
    }
    log(`A serving process stopped (${why}); starting another.`)
    fork()
  })
  process.on('SIGHUP', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGHUP')
  })
  process.on('SIGINT', () => stop('SIGINT', 0))
  process.on('SIGTERM', () => stop('SIGTERM', 0))
  for (let i = 0; i < count; i++) fork()
}
