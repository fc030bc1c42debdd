/**
 * The server's configuration, read from the environment once, by `serve.ts`. The engine's part is
 * core's `engineConfig`, which the indexer and the bench read too.
 * @module
 */
import { availableParallelism } from 'node:os'
// The configuration's module alone: the primary of several serving processes loads no engine.
import {
  ConfigError,
  defaultSearchThreads,
  type EngineConfig,
  engineConfig,
} from '@ficdex/core/engine-config'
import { type Environment, port, problemLines, withoutBlanks } from '@ficdex/env'
import { z } from 'zod'
import { type ApiKey, parseKeyEntries } from './auth/key-scope.js'
import { LOG_LEVELS } from './lib/log-levels.js'
import { DEFAULT_CONCURRENCY, DEFAULT_RATE_LIMIT } from './limits/limit-defaults.js'

/**
 * Longest one search may run, by default: past it nobody is served by waiting longer, and the search
 * only holds a thread others wait for.
 */
export const DEFAULT_SEARCH_TIMEOUT_MS = 10_000
/** A whole number setting with a default; `what` names its unit in the error. */
const count = (fallback: number, what: string, min = 0) => {
  const error = `must be a whole number of ${what}, at least ${min}`
  return z.coerce.number({ error }).int({ error }).min(min, { error }).default(fallback)
}

/** Adds each problem `parseKeyEntries` finds to the environment's issues. */
function parseApiKeys(value: string, ctx: z.core.$RefinementCtx): ApiKey[] {
  const { keys, problems } = parseKeyEntries(value)
  for (const message of problems) ctx.addIssue({ code: 'custom', message })
  return keys
}

/** The environment's schema; `cores` is the default number of search threads. */
const envSchema = (cores: number) =>
  z
    .object({
      PORT: port(8787),
      HOST: z.string().optional(),
      FICDEX_API_KEYS: z.string().default('').transform(parseApiKeys),
      FICDEX_API_KEYS_FILE: z.string().optional(),
      FICDEX_RATE_LIMIT: count(DEFAULT_RATE_LIMIT.limit, 'requests per window, 0 for no limit'),
      FICDEX_RATE_WINDOW_SECONDS: count(DEFAULT_RATE_LIMIT.windowMs / 1000, 'seconds', 1),
      FICDEX_RATE_LIMIT_HOLD_MS: count(DEFAULT_RATE_LIMIT.holdMs, 'milliseconds'),
      FICDEX_SEARCH_THREADS: z.coerce
        .number({ error: 'must be a whole number of threads, 0 to search on the main thread' })
        .int()
        .min(0)
        .optional(),
      FICDEX_SEARCH_TIMEOUT_MS: count(DEFAULT_SEARCH_TIMEOUT_MS, 'milliseconds, 0 for no budget'),
      FICDEX_CONCURRENCY: z.coerce
        .number({ error: 'must be a whole number of requests at once, 0 for no limit' })
        .int()
        .min(0)
        .optional(),
      FICDEX_CONCURRENCY_PER_CLIENT: count(DEFAULT_CONCURRENCY.maxHeldPerClient, 'requests at once', 1),
      FICDEX_CONCURRENCY_RESERVED: count(DEFAULT_CONCURRENCY.reserved, 'requests at once'),
      FICDEX_QUEUE: count(DEFAULT_CONCURRENCY.maxQueued, 'waiting requests'),
      FICDEX_QUEUE_PER_CLIENT: count(DEFAULT_CONCURRENCY.maxQueuedPerClient, 'waiting requests', 1),
      FICDEX_QUEUE_WAIT_MS: count(DEFAULT_CONCURRENCY.maxWaitMs, 'milliseconds', 1),
      FICDEX_METRICS: z
        .enum(['admin', 'public', 'off'], { error: 'must be admin, public or off' })
        .default('admin'),
      FICDEX_LOG_LEVEL: z
        .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
        .default('info'),
      FICDEX_PROCESSES: count(1, 'processes, 0 for one per core'),
      FICDEX_TOKEN_SECRET: z
        .string()
        .min(32, { error: 'must be at least 32 characters (it signs member tokens)' })
        .optional(),
    })
    .transform((env) => {
      const searchThreads = env.FICDEX_SEARCH_THREADS ?? defaultSearchThreads(cores)
      // One request per thread, and the reserved ones on top: a reader with nothing in flight is let in
      // at once and waits behind at most the searches running, not behind another client's queue.
      const concurrency =
        env.FICDEX_CONCURRENCY ?? (searchThreads === 0 ? 1 : searchThreads + env.FICDEX_CONCURRENCY_RESERVED)
      return {
        port: env.PORT,
        host: env.HOST,
        apiKeys: env.FICDEX_API_KEYS,
        apiKeysFile: env.FICDEX_API_KEYS_FILE,
        rateLimit:
          env.FICDEX_RATE_LIMIT === 0
            ? undefined
            : {
                limit: env.FICDEX_RATE_LIMIT,
                windowMs: env.FICDEX_RATE_WINDOW_SECONDS * 1000,
                holdMs: env.FICDEX_RATE_LIMIT_HOLD_MS,
              },
        searchThreads,
        searchTimeoutMs: env.FICDEX_SEARCH_TIMEOUT_MS === 0 ? undefined : env.FICDEX_SEARCH_TIMEOUT_MS,
        concurrency:
          concurrency === 0
            ? undefined
            : {
                concurrency,
                maxHeldPerClient: env.FICDEX_CONCURRENCY_PER_CLIENT,
                reserved: env.FICDEX_CONCURRENCY_RESERVED,
                maxQueued: env.FICDEX_QUEUE,
                maxQueuedPerClient: env.FICDEX_QUEUE_PER_CLIENT,
                maxWaitMs: env.FICDEX_QUEUE_WAIT_MS,
              },
        tokenSecret: env.FICDEX_TOKEN_SECRET,
        metrics: env.FICDEX_METRICS === 'off' ? undefined : env.FICDEX_METRICS,
        logLevel: env.FICDEX_LOG_LEVEL,
        processes: env.FICDEX_PROCESSES,
      }
    })
export type ServerConfig = z.output<ReturnType<typeof envSchema>> & { engine: EngineConfig }

/** The configuration, or every problem with it as one readable message. */
/** @param cwd a relative `FICDEX_DB` is resolved against it */
/** @param cores the machine's cores: search threads when `FICDEX_SEARCH_THREADS` is unset are one fewer */
export function readConfig(
  env: Environment,
  cwd: string,
  cores = availableParallelism(),
): { ok: true; config: ServerConfig } | { ok: false; message: string } {
  const result = envSchema(cores).safeParse(withoutBlanks(env))
  const lines = result.success ? [] : problemLines(result.error)
  let engine: EngineConfig | undefined
  try {
    engine = engineConfig(env, { cwd })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    lines.push(...error.message.split('; '))
  }
  if (result.success && engine) return { ok: true, config: { ...result.data, engine } }
  return { ok: false, message: `Invalid configuration:\n${lines.map((line) => `  ${line}`).join('\n')}` }
}
