/**
 * Which engine the CLI writes to, decided once from the environment and flags: Meilisearch when
 * `MEILISEARCH_URL` is set, otherwise the embedded SQLite file at `--db`, `FICDEX_DB` or `data/ficdex.db`.
 * Pure: the caller passes the environment in, so tests need not touch `process.env`.
 * @module
 */
import { resolve } from 'node:path'
import { z } from 'zod'

export const DEFAULT_DB = 'data/ficdex.db'

export type EngineConfig =
  | { kind: 'embedded'; path: string }
  | { kind: 'meilisearch'; url: string; apiKey?: string; index?: string }

const Env = z.object({
  MEILISEARCH_URL: z.url({ error: 'MEILISEARCH_URL must be a URL such as http://127.0.0.1:7700' }).optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'MEILISEARCH_INDEX may contain only letters, digits, "-" and "_"')
    .optional(),
  FICDEX_DB: z.string().min(1).optional(),
})

/** A configuration problem the user must fix; the CLI answers it with exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/**
 * @param flags.db the `--db` flag, which only the embedded engine takes
 * @param cwd relative database paths are resolved against it
 * @example
 * engineConfig({ FICDEX_DB: 'x.db' }, { cwd: '/repo' }) // { kind: 'embedded', path: '/repo/x.db' }
 */
export function engineConfig(
  env: Readonly<Record<string, string | undefined>>,
  { db, cwd }: { db?: string; cwd: string },
): EngineConfig {
  // An empty variable counts as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = Env.safeParse(present)
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('; '))
  const {
    MEILISEARCH_URL: url,
    MEILISEARCH_API_KEY: apiKey,
    MEILISEARCH_INDEX: index,
    FICDEX_DB,
  } = parsed.data
  if (url !== undefined) {
    if (db !== undefined)
      throw new ConfigError('--db applies to the embedded engine only; unset MEILISEARCH_URL to use it')
    return { kind: 'meilisearch', url, ...(apiKey && { apiKey }), ...(index && { index }) }
  }
  return { kind: 'embedded', path: resolve(cwd, db ?? FICDEX_DB ?? DEFAULT_DB) }
}

/** Where the engine is, for messages: the file or the server and index. */
export function describeEngine(config: EngineConfig): string {
  return config.kind === 'embedded'
    ? `embedded database ${config.path}`
    : `Meilisearch at ${config.url}, index ${config.index ?? 'works'}`
}
