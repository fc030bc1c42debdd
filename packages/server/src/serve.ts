/**
 * Starts the API server: the only module that reads the environment. Picks the engine (Meilisearch
 * when `MEILISEARCH_URL` is set, else the embedded SQLite file), serves until SIGINT or SIGTERM, then
 * closes the server and the engine (`serve-one.ts`, loaded only where it serves). With `FICDEX_PROCESSES`,
 * several processes serve on one socket.
 * @module
 */
import { availableParallelism } from 'node:os'
import { readConfig } from './env.js'
import { serveProcesses } from './processes/serve-processes.js'

async function main(): Promise<void> {
  // `pnpm serve` runs inside this package; relative paths mean the directory the user ran pnpm from.
  const underPnpmScript = ['serve', 'dev'].includes(process.env.npm_lifecycle_event ?? '')
  const baseDir = (underPnpmScript && process.env.INIT_CWD) || process.cwd()
  const read = readConfig(process.env, baseDir)
  if (!read.ok) {
    console.error(read.message)
    process.exit(1)
  }
  const { config } = read
  const processes = config.processes === 0 ? availableParallelism() : config.processes
  await serveProcesses(
    processes,
    async () => (await import('./serve-one.js')).serveOne(config, baseDir, processes),
    console.error,
  )
}

await main()
