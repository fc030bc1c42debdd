import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './connection.js'
import { SCHEMA_VERSION } from './schema.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-connection-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('openDatabase', () => {
  it('creates a new file with 16 KB pages, in WAL mode', () => {
    const db = openDatabase(join(dir, 'new.db'))
    expect(db.pragma('page_size', { simple: true })).toBe(16_384)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('keeps the page size of a file written before', () => {
    const path = join(dir, 'legacy.db')
    // As every index written before 16 KB pages: SQLite's default 4 KB, fixed once the file has a header.
    const legacy = new Database(path)
    legacy.pragma('page_size = 4096')
    legacy.pragma('journal_mode = WAL')
    legacy.close()
    const db = openDatabase(path)
    expect(db.pragma('page_size', { simple: true })).toBe(4096)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    db.close()
  })
})
