/**
 * Gives an index file's free pages back to the file system. FTS5 frees the pages of the segments it
 * merges, and SQLite keeps free pages inside the file for later writes, so a file stays at its largest:
 * 1M metadata-only works written in batches of 10,000 left 60k free pages, ~1 GB of a 3.43 GB file. A file
 * created with `auto_vacuum = INCREMENTAL` (`connection.ts`) can move its last pages into free ones and
 * shrink; a file created before that setting keeps its pages.
 * @module
 */
import type Database from 'better-sqlite3'
import { withoutWaiting } from './without-waiting.js'

/** The file may hold this share of free pages between writes; more are given back. */
const FREE_SHARE = 1 / 16

const INCREMENTAL = 2

/**
 * After a write: when more than `FREE_SHARE` of the file's pages are free, moves pages into them and
 * shortens the file (the write-ahead log carries the change; a checkpoint shrinks the file). Returns the
 * pages given back. It never waits for another writer: when one holds the file, a later write does it.
 */
export function reclaimFreePages(db: Database.Database): number {
  const free = db.pragma('freelist_count', { simple: true }) as number
  if (free === 0 || free <= FREE_SHARE * (db.pragma('page_count', { simple: true }) as number)) return 0
  if (db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL) return 0
  return withoutWaiting(db, () => {
    try {
      db.pragma('incremental_vacuum')
      return free - (db.pragma('freelist_count', { simple: true }) as number)
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') return 0
      throw error
    }
  })
}
