/**
 * The Meilisearch engine's change log, which the change feed reads: an index beside the works
 * (`<index>_changes`) with one document per work id ever stored, renumbered at each change, holding
 * the work's visibility rank now (null once deleted), the most visible rank it ever had, and its
 * content hash, the same rows the embedded engine keeps in a table (`embedded/change-log.ts`).
 *
 * Meilisearch has no transaction across two indexes, so a write stores the works first and logs
 * them after: a mirror never reads a number for a change it cannot yet see, and a write that fails
 * between the two is logged by the next write of those works. One writer at a time, as the indexer
 * runs: two writers at once could give two changes one number.
 *
 * Which entries a write makes is decided here without a server (`logEntries`, `changesPage`); the
 * engine reads what they need and stores what they return.
 * @module
 */
import type { Settings } from 'meilisearch'
import type { ChangesPage, WorkChange } from '../../model/change.js'
import type { WorkSummary } from '../../model/work.js'
import { validateIndexUid } from './index-lifecycle.js'

/** The log's index for the works index `uid`. */
export function changeLogIndexUid(uid: string): string {
  return validateIndexUid(`${uid}_changes`)
}

/** One work id's latest change. */
export interface ChangeEntry {
  id: string
  seq: number
  /** Its visibility rank now; null once deleted. */
  rank: number | null
  /** The most visible (lowest) rank it ever had: a scope hears of it only if it once could see it. */
  seenRank: number
  /** Its content hash when stored, so rewriting an unchanged work logs nothing. */
  hash: string
}

/** What the works index holds of a work, as a write compares it. */
export interface StoredState {
  rank: number
  hash: string
}

/** One work a write stores (`next`), or deletes (`next` null). */
export interface LoggedWrite {
  id: string
  next: StoredState | null
}

/** The log index's settings: numbers to filter and order by, and pages as long as a feed page. */
export const CHANGE_LOG_SETTINGS: Settings = {
  filterableAttributes: ['id', 'seq', 'seenRank'],
  sortableAttributes: ['seq'],
  searchableAttributes: ['id'],
  pagination: { maxTotalHits: 10_000 },
}

/**
 * The entries a write makes, numbered from `firstSeq` in write order: a work stored new, changed (by
 * content hash or visibility) or deleted, each once, its last write winning; none for rewriting an
 * unchanged work or deleting one that was never stored. `stored` is what the works index held before
 * the write, `logged` the log's entries for the same ids.
 */
export function logEntries(
  writes: readonly LoggedWrite[],
  stored: ReadonlyMap<string, StoredState>,
  logged: ReadonlyMap<string, ChangeEntry>,
  firstSeq: number,
): ChangeEntry[] {
  const now = new Map(stored)
  const last = new Map<string, Omit<ChangeEntry, 'seq'>>()
  for (const { id, next } of writes) {
    const before = now.get(id)
    const seen = Math.min(
      last.get(id)?.seenRank ?? logged.get(id)?.seenRank ?? Infinity,
      before?.rank ?? Infinity,
    )
    if (next === null) {
      if (before === undefined) continue
      now.delete(id)
      last.delete(id)
      last.set(id, { id, rank: null, seenRank: seen, hash: '' })
      continue
    }
    now.set(id, next)
    const unchanged = before !== undefined && before.rank === next.rank && before.hash === next.hash
    if (unchanged && next.hash !== '') continue
    last.delete(id)
    last.set(id, { id, rank: next.rank, seenRank: Math.min(seen, next.rank), hash: next.hash })
  }
  return [...last.values()].map((entry, i) => ({ ...entry, seq: firstSeq + i }))
}

/**
 * A feed page from the log entries after the reader's number that its scope may hear of (in `seq`
 * order, at most `limit + 1` of them) and the works among them it may see now, by id.
 */
export function changesPage(
  entries: readonly ChangeEntry[],
  visible: ReadonlyMap<string, WorkSummary>,
  limit: number,
): ChangesPage {
  const changes = entries.slice(0, limit).map(({ seq, id }): WorkChange => {
    const work = visible.get(id)
    return work === undefined ? { seq, id, deleted: true } : { seq, id, deleted: false, work }
  })
  return { changes, more: entries.length > limit }
}
