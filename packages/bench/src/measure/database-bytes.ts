/**
 * The size of a SQLite database on disk, as a reader of the figures would count it.
 * @module
 */
import { statSync } from 'node:fs'

/** Bytes of a SQLite database file with its WAL and shared-memory files. */
export function databaseBytes(path: string): number {
  return ['', '-wal', '-shm'].reduce((sum, suffix) => {
    try {
      return sum + statSync(path + suffix).size
    } catch {
      return sum
    }
  }, 0)
}
