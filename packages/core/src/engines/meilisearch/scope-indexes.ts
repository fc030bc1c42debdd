/**
 * An index per scope. Meilisearch derives typo corrections and prefixes from the words of its whole
 * index, and a facet value's spelling from the first document that had it, whatever a search filters
 * by: a word or a spelling that only a hidden work has would shape what anyone gets. So the works index
 * (`<index>`, every work: the `all` scope, the writers' reads) has beside it `<index>_members` and
 * `<index>_public`, each holding a copy of just the works that scope may see, and a search reads the
 * index of its scope. It costs a copy of each public work twice and of each restricted work once.
 * @module
 */
import { SCOPES, type Scope, scopeSees } from '../../model/query.js'
import type { Visibility } from '../../model/work.js'
import { validateIndexUid } from './index-lifecycle.js'

/** The scopes with an index of their own; `all` reads the works index itself. */
export const COPIED_SCOPES = SCOPES.filter((scope) => scope !== 'all')

/** The works index `uid` and its scope copies, as they are created, swapped and deleted together. */
export function withScopeCopies(uid: string): string[] {
  return [uid, ...COPIED_SCOPES.map((scope) => scopeIndexUid(uid, scope))]
}

/** The index a search in `scope` reads. */
export function scopeIndexUid(uid: string, scope: Scope): string {
  return scope === 'all' ? uid : validateIndexUid(`${uid}_${scope}`)
}

/**
 * For one scope's index, what a write of these works does to it: which works it adds (those the scope
 * may see) and which ids it removes (the others, which may have been visible before).
 */
export function scopeWrite<W extends { id: string; visibility: Visibility }>(
  scope: Scope,
  works: readonly W[],
): { add: W[]; remove: string[] } {
  const add: W[] = []
  const remove: string[] = []
  for (const work of works) {
    if (scopeSees(scope, work.visibility)) add.push(work)
    else remove.push(work.id)
  }
  return { add, remove }
}
