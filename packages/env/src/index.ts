/**
 * How every ficdex program (the server, the indexer, the search page) reads its settings from an
 * environment record, so they agree: a blank variable counts as unset, as shells and `.env` files often
 * leave them; a port is a whole number from 0 to 65535; and every problem is told at once, one line
 * naming its variable. The programs' own variables stay in their own schemas.
 * @module
 */
import { z } from 'zod'

export type Environment = Readonly<Record<string, string | undefined>>

/** The variables that are set to something other than blanks. */
export function withoutBlanks(env: Environment): Record<string, string> {
  const set: Record<string, string> = {}
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') set[name] = value
  return set
}

/** A TCP port to listen on, `fallback` when unset. */
export const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number from 0 to 65535' })
    .int({ error: 'must be a port number from 0 to 65535' })
    .min(0, { error: 'must be a port number from 0 to 65535' })
    .max(65_535, { error: 'must be a port number from 0 to 65535' })
    .default(fallback)

/**
 * One `NAME: message` line per problem of a failed parse. `names` gives the variable behind a field
 * that was renamed after reading (`url` → `MEILISEARCH_URL`).
 */
export function problemLines(error: z.ZodError, names: Readonly<Record<string, string>> = {}): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.')
    return `${names[path] ?? (path || 'environment')}: ${issue.message}`
  })
}
