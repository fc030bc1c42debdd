/**
 * The server's configuration, read from the environment once, by `serve.ts`.
 * @module
 */
import { DEFAULT_RESULT_CACHE_SIZE, MEILISEARCH_DEFAULTS, SCOPES } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import type { ApiKey } from './middleware/api-key.js'

const KEY_SCOPES = SCOPES.filter((scope) => scope !== 'public') as ApiKey['scope'][]

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

/**
 * `FICDEX_API_KEYS`: comma-separated `scope:key` entries, e.g. `members:abc123,all:def456`.
 * Keys must be at least 16 characters, so that a short test value cannot end up guarding a real server.
 */
export function parseApiKeys(value: string, ctx: z.core.$RefinementCtx): ApiKey[] {
  const keys: ApiKey[] = []
  for (const entry of value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const colon = entry.indexOf(':')
    const scope = entry.slice(0, colon)
    const key = entry.slice(colon + 1)
    if (colon < 0 || !(KEY_SCOPES as string[]).includes(scope)) {
      ctx.addIssue({
        code: 'custom',
        message: `each entry must be "scope:key" with scope ${KEY_SCOPES.join(' or ')}; got "${entry.slice(0, Math.max(colon, 0)) || '(no scope)'}:…"`,
      })
    } else if (key.length < 16 || /\s/.test(key)) {
      ctx.addIssue({
        code: 'custom',
        message: `the ${scope} key must be at least 16 characters, without spaces`,
      })
    } else {
      keys.push({ scope: scope as ApiKey['scope'], key })
    }
  }
  return keys
}

export const Env = z
  .object({
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be a port number from 0 to 65535' })
        .int()
        .min(0)
        .max(65_535)
        .default(8787),
    ),
    HOST: optional(z.string()),
    FICDEX_DB: z.preprocess(blankToUndefined, z.string().default('data/ficdex.db')),
    FICDEX_RESULT_CACHE: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'must be a whole number of results, 0 to keep none' })
        .int({ error: 'must be a whole number of results, 0 to keep none' })
        .min(0, { error: 'must be a whole number of results, 0 to keep none' })
        .default(DEFAULT_RESULT_CACHE_SIZE),
    ),
    MEILISEARCH_URL: optional(z.url({ protocol: /^https?$/ })),
    MEILISEARCH_API_KEY: optional(z.string()),
    MEILISEARCH_INDEX: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "-" and "_"')
        .default(MEILISEARCH_DEFAULTS.index),
    ),
    FICDEX_API_KEYS: z.preprocess(blankToUndefined, z.string().default('').transform(parseApiKeys)),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    apiKeys: env.FICDEX_API_KEYS,
    engine: env.MEILISEARCH_URL
      ? {
          kind: 'meilisearch' as const,
          url: env.MEILISEARCH_URL,
          apiKey: env.MEILISEARCH_API_KEY,
          index: env.MEILISEARCH_INDEX,
        }
      : { kind: 'embedded' as const, path: env.FICDEX_DB, resultCacheSize: env.FICDEX_RESULT_CACHE },
  }))
export type ServerConfig = z.output<typeof Env>

/** The configuration, or every problem with it as one readable message. */
export function readConfig(
  env: Record<string, string | undefined>,
): { ok: true; config: ServerConfig } | { ok: false; message: string } {
  const result = Env.safeParse(env)
  if (result.success) return { ok: true, config: result.data }
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`,
  )
  return { ok: false, message: `Invalid configuration:\n${lines.join('\n')}` }
}
