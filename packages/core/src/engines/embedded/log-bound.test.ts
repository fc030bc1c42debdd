import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { boundLog } from './log-bound.js'

const LIMIT = 256 * 1024
const logSize = (path: string) => statSync(`${path}-wal`).size

describe('bounding the write-ahead log', () => {
  let dir: string
  let path: string
  let db: Database.Database
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ficdex-log-'))
    path = join(dir, 'log.db')
    db = new Database(path)
    db.pragma('journal_mode = WAL')
    // Waiting this long would outlast the test: the bound must never wait for a reader.
    db.pragma('busy_timeout = 60000')
    db.exec('CREATE TABLE t (x BLOB)')
  })
  afterEach(() => {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const write = (rows: number) => {
    const insert = db.prepare('INSERT INTO t VALUES (randomblob(4000))')
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run()
    })()
  }

  it('truncates a log that a large write left past the limit, keeping what was written', () => {
    write(200)
    expect(logSize(path)).toBeGreaterThan(LIMIT)
    boundLog(db, path, LIMIT)
    expect(logSize(path)).toBe(0)
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(200)
  })

  it('leaves a log within the limit alone', () => {
    write(10)
    const before = logSize(path)
    expect(before).toBeGreaterThan(0)
    boundLog(db, path, LIMIT)
    expect(logSize(path)).toBe(before)
  })

  it('does not wait for a reader of an older state, and truncates at a later write once it is done', () => {
    write(2)
    const reader = new Database(path, { readonly: true })
    const rows = reader.prepare('SELECT x FROM t').iterate()
    rows.next() // the reader's transaction holds the state before the next write
    write(200)
    const before = logSize(path)
    boundLog(db, path, LIMIT)
    expect(logSize(path)).toBe(before)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(60000)
    rows.return?.()
    reader.close()
    boundLog(db, path, LIMIT)
    expect(logSize(path)).toBe(0)
  })

  it('does nothing for an in-memory database', () => {
    const memory = new Database(':memory:')
    expect(() => boundLog(memory, ':memory:', 0)).not.toThrow()
    memory.close()
  })
})
