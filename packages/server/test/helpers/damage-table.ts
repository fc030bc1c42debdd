/**
 * Damages an embedded index file as a failing disk would: the first page of one table overwritten with
 * junk, behind the engine's back. A second connection then commits a one-page change, so a connection
 * already open sees the file changed and reads its pages anew.
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { SCHEMA_VERSION } from '@ficdex/core'
import Database from 'better-sqlite3'

export function damageTable(path: string, table: string): void {
  const other = new Database(path)
  other.pragma('wal_checkpoint(TRUNCATE)')
  const pageSize = other.pragma('page_size', { simple: true }) as number
  const { rootpage } = other.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as {
    rootpage: number
  }
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize)
  closeSync(fd)
  // Writes the version it already has: a change of one page, and nothing else.
  other.pragma(`user_version = ${SCHEMA_VERSION}`)
  other.close()
}
