/**
 * Keeps the write-ahead log from staying as large as the largest transaction ever written. SQLite writes
 * the log from its start again once a checkpoint has copied it into the database, but never shrinks the
 * file: after loading 1M metadata-only works the log stayed at 944 MB beside a 2.67 GB database (the
 * largest transaction of the load wrote that much), for as long as the file was open.
 * @module
 */
import { statSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { withoutWaiting } from './without-waiting.js'

/** The log may stay this large between writes; the text index's in-memory batches are as large. */
export const LOG_LIMIT_BYTES = 64 * 1024 * 1024

const logBytes = (path: string): number => {
  try {
    return statSync(`${path}-wal`).size
  } catch {
    return 0 // an in-memory database, or a file not in WAL mode yet
  }
}

/**
 * After a write: when the log has outgrown the limit, copies it into the database and truncates it. It
 * never waits: while a reader still reads an older state, the log stays as it is until a later write.
 */
export function boundLog(db: Database.Database, path: string, limitBytes = LOG_LIMIT_BYTES): void {
  if (logBytes(path) <= limitBytes) return
  withoutWaiting(db, () => db.pragma('wal_checkpoint(TRUNCATE)'))
}
