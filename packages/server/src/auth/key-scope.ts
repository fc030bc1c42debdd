/**
 * What an API key lets its holder do. A key's scope decides which works it sees (`search` sees what an
 * anonymous caller sees, but is counted as itself for rate limits) and whether it may write (`admin`).
 * @module
 */
import type { Scope } from '@ficdex/core'

export const KEY_SCOPES = ['search', 'members', 'all', 'admin'] as const
export type KeyScope = (typeof KEY_SCOPES)[number]

/** The works each key scope may see. */
export const VISIBILITY_OF_KEY: Record<KeyScope, Scope> = {
  search: 'public',
  members: 'members',
  all: 'all',
  admin: 'all',
}

/** A key that identifies its holder and sets what it may see and do. */
export interface ApiKey {
  scope: KeyScope
  key: string
}

/**
 * Keys from `scope:key` entries separated by commas or new lines (`#` starts a comment line), e.g.
 * `members:abc123,admin:def456`. Several keys may share a scope (rotation: add the new key, move clients,
 * drop the old one); one key may not appear twice. Keys must be at least 16 characters, so that a short
 * test value cannot end up guarding a real server. Problems name an entry by position only: any part of
 * an entry may be a secret pasted in the wrong place.
 */
export function parseKeyEntries(text: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = []
  const problems: string[] = []
  const entries = text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '' && !e.startsWith('#'))
  entries.forEach((entry, index) => {
    const at = `entry ${index + 1} of ${entries.length}`
    const colon = entry.indexOf(':')
    const scope = entry.slice(0, colon)
    const key = entry.slice(colon + 1)
    if (colon < 0 || !(KEY_SCOPES as readonly string[]).includes(scope)) {
      problems.push(`${at} must be "scope:key" with scope ${KEY_SCOPES.join(', ')}`)
    } else if (key.length < 16 || /\s/.test(key)) {
      problems.push(`${at}: the ${scope} key must be at least 16 characters, without spaces`)
    } else if (keys.some((k) => k.key === key)) {
      problems.push(`${at} repeats the key of an earlier entry: each key must be unique`)
    } else {
      keys.push({ scope: scope as KeyScope, key })
    }
  })
  return { keys, problems }
}
