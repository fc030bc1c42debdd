/**
 * Runs housekeeping after a write that must never hold up the writer behind another connection's lock:
 * with the busy timeout at zero, a locked database fails (or is skipped) at once, and a later write tries
 * again.
 * @module
 */
import type Database from 'better-sqlite3'

/** Runs `work` with the connection's busy timeout at zero, restoring the timeout afterwards. */
export function withoutWaiting<T>(db: Database.Database, work: () => T): T {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number
  db.pragma('busy_timeout = 0')
  try {
    return work()
  } finally {
    db.pragma(`busy_timeout = ${timeout}`)
  }
}
