/**
 * One serving process: opens the engine and the API keys `serve.ts` was configured with, listens, and
 * closes both on SIGINT or SIGTERM. Loaded only where it serves: a primary of several processes only
 * forks them, and keeps none of the server's or the engine's modules.
 * @module
 */
import cluster from 'node:cluster'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { defaultVocabulary, openEngine, type SearchEngine } from '@ficdex/core'
import { serve } from '@hono/node-server'
import { createApp, type KeySource } from './app.js'
import { KeyFile } from './auth/key-file.js'
import type { ServerConfig } from './env.js'
import { answerClientErrors } from './lib/client-error.js'
import { pinoLogger } from './lib/pino-logger.js'

function displayUrl({ address, port }: AddressInfo, host: string | undefined): string {
  const name = host === undefined || address === '::' || address === '0.0.0.0' ? 'localhost' : address
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`
}

export async function serveOne(config: ServerConfig, baseDir: string, processes: number): Promise<void> {
  const vocabulary = defaultVocabulary()
  let engine: SearchEngine
  try {
    // A search that has not answered in 10 s will not be waited for by anyone: fail it as unavailable.
    engine = await openEngine(config.engine, {
      vocabulary,
      requestTimeoutMs: 10_000,
      searchThreads: config.searchThreads,
      searchBudgetMs: config.searchTimeoutMs,
    })
  } catch (error) {
    console.error(`Could not open the ${config.engine.kind} search engine: ${(error as Error).message}`)
    process.exit(1)
  }
  let keys: KeySource = config.apiKeys
  if (config.apiKeysFile !== undefined) {
    try {
      const file = new KeyFile(resolve(baseDir, config.apiKeysFile), config.apiKeys)
      const report = (result: ReturnType<KeyFile['reload']>) =>
        console.log(
          result.ok
            ? `API keys reloaded: ${result.count} key(s)`
            : `${result.message}; the previous keys stay in force`,
        )
      file.watch(report)
      process.on('SIGHUP', () => report(file.reload()))
      keys = file
    } catch (error) {
      console.error((error as Error).message)
      process.exit(1)
    }
  }
  const keyCount = 'current' in keys ? keys.current().length : keys.length
  const works = await engine.count()
  const app = createApp({
    engine,
    vocabulary,
    apiKeys: keys,
    tokenSecret: config.tokenSecret,
    rateLimit: config.rateLimit,
    concurrency: config.concurrency,
    metrics: config.metrics,
    logger: pinoLogger({ level: config.logLevel }),
  })

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    // Serving processes share one socket: the first says so for all.
    if (cluster.isWorker && cluster.worker?.id !== 1) return
    const processNote = processes > 1 ? `, ${processes} processes` : ''
    const threads = config.engine.kind === 'embedded' ? config.searchThreads : 0
    const threadNote = threads > 0 ? `, ${threads} search thread${threads === 1 ? '' : 's'}` : ''
    const keyNote = keyCount > 0 ? `, ${keyCount} API key(s)` : ''
    const tokenNote = config.tokenSecret === undefined ? '' : ', member tokens on'
    console.log(
      `ficdex listening on ${displayUrl(info, config.host)} (engine: ${engine.name}, ${works} works${threadNote}${processNote}${keyNote}${tokenNote})`,
    )
    if (works === 0 && config.engine.kind === 'embedded') {
      console.log('The index is empty: load works with `pnpm ficdex index <folder>`.')
    }
  })
  answerClientErrors(server)
  server.on('error', (error: NodeJS.ErrnoException) => {
    const where = `${config.host ?? 'port'} ${config.port}`
    console.error(
      error.code === 'EADDRINUSE' ? `Cannot listen: ${where} is in use.` : `Server error: ${error.message}`,
    )
    void engine.close().finally(() => process.exit(1))
  })

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1) // a second signal: stop waiting for open requests
    stopping = true
    console.log(`${signal}: closing`)
    server.close(() => {
      void engine.close().then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`Closing the engine failed: ${error.message}`)
          process.exit(1)
        },
      )
    })
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
