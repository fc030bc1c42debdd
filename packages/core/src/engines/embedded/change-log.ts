/**
 * The embedded engine's change log, which the change feed reads: one row per work id ever stored,
 * renumbered at each change (an AUTOINCREMENT key never reuses a number, so numbers only grow), with
 * the work's visibility rank now (NULL once it is deleted) and the most visible rank it ever had.
 *
 * Why one row per id: a mirror needs each changed work once, as it is now, not its history. Why the
 * most visible rank: a scope hears of a work, even of its deletion, only if the work was once visible
 * to it, so the feed never names a work a caller could not have seen.
 * @module
 */
import type Database from 'better-sqlite3'
import type { ChangesPage, WorkChange } from '../../model/change.js'
import type { Scope } from '../../model/query.js'
import { scopeRank } from './codes.js'
import { parseDoc } from './stored-text.js'

export const CHANGE_LOG_TABLE = 'work_changes'

export const CHANGE_LOG_DDL = `
CREATE TABLE ${CHANGE_LOG_TABLE} (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  rank INTEGER,
  seen_rank INTEGER NOT NULL
);`

/** The most visible rank of a work: its rank now, or an earlier one that was more visible. */
const seenRank = (rank: string, id: string) =>
  `min(${rank}, coalesce((SELECT seen_rank FROM work_changes WHERE id = ${id}), ${rank}))`

/**
 * SQL logging the changes a rebuild makes when its staging works table replaces `works`: works gone,
 * and works new or changed (by content hash or visibility). Run in the swap's transaction, before the
 * old table is dropped. SQLite reads the whole SELECT before writing when both name the log.
 */
export const logRebuildSql = (staging: string): string => `
INSERT OR REPLACE INTO work_changes (id, rank, seen_rank)
  SELECT o.id, NULL, ${seenRank('o.visibility', 'o.id')} FROM works AS o
  WHERE NOT EXISTS (SELECT 1 FROM ${staging} AS n WHERE n.id = o.id);
INSERT OR REPLACE INTO work_changes (id, rank, seen_rank)
  SELECT n.id, n.visibility, ${seenRank('n.visibility', 'n.id')} FROM ${staging} AS n
  LEFT JOIN works AS o ON o.id = n.id
  WHERE o.id IS NULL OR o.content_hash <> n.content_hash OR o.visibility <> n.visibility
    OR n.content_hash = '';`

export class ChangeLog {
  readonly #upserted: Database.Statement
  readonly #deleted: Database.Statement
  readonly #page: Database.Statement

  constructor(db: Database.Database) {
    // Skipped when the stored work is the same (same content hash, same visibility): rewriting an
    // unchanged work is no change a mirror must fetch. Runs before the `works` rows are written. One
    // statement for a whole write, in the works' order: one per work spent 40 µs a work on it.
    this.#upserted = db.prepare(`INSERT OR REPLACE INTO work_changes (id, rank, seen_rank)
      SELECT c.id, c.rank, ${seenRank('c.rank', 'c.id')}
      FROM (SELECT value ->> 0 AS id, value ->> 1 AS rank, value ->> 2 AS hash FROM json_each(@changes)) AS c
      WHERE NOT EXISTS (SELECT 1 FROM works
        WHERE id = c.id AND visibility = c.rank AND content_hash = c.hash AND c.hash <> '')`)
    this.#deleted = db.prepare(`INSERT OR REPLACE INTO work_changes (id, rank, seen_rank)
      SELECT w.id, NULL, ${seenRank('w.visibility', 'w.id')} FROM works AS w
      WHERE w.rowid IN (SELECT value FROM json_each(@rowids))`)
    this.#page = db
      .prepare(`SELECT c.seq, c.id, CASE WHEN c.rank <= @scope THEN d.doc END AS doc
        FROM work_changes AS c
        LEFT JOIN works AS w ON w.id = c.id
        LEFT JOIN work_docs AS d ON d.rowid = w.rowid
        WHERE c.seq > @since AND c.seen_rank <= @scope
        ORDER BY c.seq LIMIT @limit`)
      .raw()
  }

  /** Logs works about to be written, as `[id, visibility rank, content hash]`, before their rows change. */
  upserted(works: readonly (readonly [id: string, rank: number, hash: string])[]): void {
    this.#upserted.run({ changes: JSON.stringify(works) })
  }

  /** Logs the deletion of works by rowid; call before their rows are removed. */
  deleted(rowids: string): void {
    this.#deleted.run({ rowids })
  }

  /** The changes after `since` that `scope` may hear of, oldest first. */
  page(since: number, scope: Scope, limit: number): ChangesPage {
    const rows = this.#page.all({ since, scope: scopeRank(scope), limit: limit + 1 }) as [
      number,
      string,
      Buffer | null,
    ][]
    const changes = rows
      .slice(0, limit)
      .map(
        ([seq, id, doc]): WorkChange =>
          doc === null ? { seq, id, deleted: true } : { seq, id, deleted: false, work: parseDoc(doc) },
      )
    return { changes, more: rows.length > limit }
  }
}
