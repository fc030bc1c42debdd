/**
 * Visibilities as ranks: a scope sees every work whose rank is at most the scope's. Engines store the
 * rank where a comparison is cheaper than a list (the embedded engine's columns, the change logs).
 * @module
 */
import { type Scope, VISIBLE_IN_SCOPE } from './query.js'
import type { Visibility } from './work.js'

const VISIBILITY_RANK = { public: 0, restricted: 1, hidden: 2 } as const satisfies Record<Visibility, number>

export const visibilityRank = (visibility: Visibility): number => VISIBILITY_RANK[visibility]

/** The highest visibility rank a scope may see, derived from the shared scope table. */
export function scopeRank(scope: Scope): number {
  return Math.max(...VISIBLE_IN_SCOPE[scope].map((v) => VISIBILITY_RANK[v]))
}
