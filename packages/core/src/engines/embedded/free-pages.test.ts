import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from './connection.js'
import { reclaimFreePages } from './free-pages.js'

const pages = (db: Database.Database) => db.pragma('page_count', { simple: true }) as number
const free = (db: Database.Database) => db.pragma('freelist_count', { simple: true }) as number

describe('giving free pages back', () => {
  let dir: string
  let db: Database.Database
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ficdex-free-'))
  })
  afterEach(() => {
    db?.close()
    rmSync(dir, { recursive: true, force: true })
  })
  /** A table of `rows` 4 KB rows, then the first `deleted` of them deleted. */
  const fill = (target: Database.Database, rows: number, deleted: number) => {
    target.exec('CREATE TABLE IF NOT EXISTS t (x BLOB)')
    const insert = target.prepare('INSERT INTO t VALUES (randomblob(4000))')
    target.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run()
    })()
    target.prepare('DELETE FROM t WHERE rowid <= ?').run(deleted)
  }

  it('shrinks an index file whose free pages pass the share, keeping every row', () => {
    db = openDatabase(join(dir, 'index.db'))
    fill(db, 400, 200)
    const before = pages(db)
    expect(free(db)).toBeGreaterThan(before / 16)
    expect(reclaimFreePages(db)).toBeGreaterThan(0)
    expect(free(db)).toBe(0)
    expect(pages(db)).toBeLessThan(before * 0.7)
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(200)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('leaves free pages under the share in place, for the next write', () => {
    db = openDatabase(join(dir, 'index.db'))
    fill(db, 400, 10)
    const [before, freeBefore] = [pages(db), free(db)]
    expect(freeBefore).toBeGreaterThan(0)
    expect(reclaimFreePages(db)).toBe(0)
    expect([pages(db), free(db)]).toEqual([before, freeBefore])
  })

  it('leaves a file created without incremental vacuum as it is', () => {
    db = new Database(join(dir, 'plain.db'))
    fill(db, 400, 200)
    const [before, freeBefore] = [pages(db), free(db)]
    expect(reclaimFreePages(db)).toBe(0)
    expect([pages(db), free(db)]).toEqual([before, freeBefore])
  })

  it('does not wait for another writer, and gives the pages back at a later write', () => {
    const path = join(dir, 'index.db')
    db = openDatabase(path)
    db.pragma('busy_timeout = 60000')
    fill(db, 400, 200)
    const other = new Database(path)
    other.exec('BEGIN IMMEDIATE')
    expect(reclaimFreePages(db)).toBe(0)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(60000)
    other.exec('COMMIT')
    other.close()
    expect(reclaimFreePages(db)).toBeGreaterThan(0)
  })
})
