/**
 * Which engine a process opens, and with what: parsed and validated once, from the environment the
 * caller passes in (core reads none itself), the same way for the server, the indexer and the bench.
 * Meilisearch when `MEILISEARCH_URL` is set, otherwise the embedded SQLite file at `--db`, `FICDEX_DB`
 * or `data/ficdex.db`.
 * @module
 */
import { resolve } from 'node:path'
import { type Environment, problemLines, withoutBlanks } from '@ficdex/env'
import { z } from 'zod'
import { DEFAULT_RESULT_CACHE_SIZE } from './embedded/result-cache.js'
import { MEILISEARCH_DEFAULTS } from './meilisearch/meilisearch-defaults.js'

export const DEFAULT_DB = 'data/ficdex.db'

const IndexName = z.string().regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "-" and "_"')

/** An engine configuration, validated; build one with `engineConfig` or parse one from JSON. */
export const EngineConfig = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('embedded'),
    /** The database file, absolute. */
    path: z.string().min(1),
    /** Results of recent searches kept until the works change; 0 keeps none. */
    resultCacheSize: z.number().int().min(0).default(DEFAULT_RESULT_CACHE_SIZE),
  }),
  z.object({
    kind: z.literal('meilisearch'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:7700' }),
    apiKey: z.string().min(1).optional(),
    index: IndexName.default(MEILISEARCH_DEFAULTS.index),
  }),
])
export type EngineConfig = z.output<typeof EngineConfig>

const EngineEnv = z.object({
  MEILISEARCH_URL: z.string().optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  MEILISEARCH_INDEX: z.string().optional(),
  FICDEX_DB: z.string().optional(),
  FICDEX_RESULT_CACHE: z.coerce
    .number({ error: 'must be a whole number of results, 0 to keep none' })
    .int({ error: 'must be a whole number of results, 0 to keep none' })
    .min(0, { error: 'must be a whole number of results, 0 to keep none' })
    .optional(),
})

/** A configuration problem the user must fix; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/**
 * @param options.db a `--db` flag, which only the embedded engine takes
 * @param options.cwd relative database paths are resolved against it
 * @example
 * engineConfig({ FICDEX_DB: 'x.db' }, { cwd: '/repo' }) // { kind: 'embedded', path: '/repo/x.db', resultCacheSize: 256 }
 */
export function engineConfig(env: Environment, { db, cwd }: { db?: string; cwd: string }): EngineConfig {
  const vars = parseOrThrow(EngineEnv, withoutBlanks(env))
  if (vars.MEILISEARCH_URL !== undefined) {
    if (db !== undefined)
      throw new ConfigError('--db applies to the embedded engine only; unset MEILISEARCH_URL to use it')
    return parseOrThrow(EngineConfig, {
      kind: 'meilisearch',
      url: vars.MEILISEARCH_URL,
      apiKey: vars.MEILISEARCH_API_KEY,
      index: vars.MEILISEARCH_INDEX,
    })
  }
  return parseOrThrow(EngineConfig, {
    kind: 'embedded',
    path: resolve(cwd, db ?? vars.FICDEX_DB ?? DEFAULT_DB),
    resultCacheSize: vars.FICDEX_RESULT_CACHE,
  })
}

const VARIABLE: Record<string, string> = {
  url: 'MEILISEARCH_URL',
  apiKey: 'MEILISEARCH_API_KEY',
  index: 'MEILISEARCH_INDEX',
  resultCacheSize: 'FICDEX_RESULT_CACHE',
  path: 'FICDEX_DB',
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new ConfigError(problemLines(parsed.error, VARIABLE).join('; '))
}

/** Where the engine is, for messages: the file or the server and index. */
export function describeEngine(config: EngineConfig): string {
  return config.kind === 'embedded'
    ? `embedded database ${config.path}`
    : `Meilisearch at ${config.url}, index ${config.index}`
}

/**
 * The search threads a server runs on `cores` by default: one core is left to the event loop, which
 * parses, authenticates and answers every request; with a thread on every core, a client's run of
 * searches starves it and every other reader.
 */
export function defaultSearchThreads(cores: number): number {
  return Math.max(1, cores - 1)
}
