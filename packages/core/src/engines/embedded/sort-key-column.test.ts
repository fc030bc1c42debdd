import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { oneShot } from '../../engine/contract/fixtures.js'
import { searchAfter } from '../../engine/search-after.js'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import { openEmbeddedEngine } from './index.js'
import { SortKeyColumn } from './sort-key-column.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-sort-key-column-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('SortKeyColumn', () => {
  // Rowid 2 was deleted, rowid 3 has no update time, rowid 5 (before 1970) is the last.
  const db = new Database(':memory:')
  db.exec(`CREATE TABLE works (rowid INTEGER PRIMARY KEY, updated_at INTEGER);
    CREATE TABLE work_tags (rowid INTEGER PRIMARY KEY)`)
  for (const [rowid, updated] of [
    [1, 100],
    [3, null],
    [4, 400],
    [5, -50],
  ]) {
    db.prepare('INSERT INTO works VALUES (?, ?)').run(rowid, updated)
    db.prepare('INSERT INTO work_tags VALUES (?)').run(rowid)
  }
  const column = SortKeyColumn.load(db, 'v1', 'updated_at')
  const grown = column.updated('v2', [
    [3, 300],
    [7, 700],
  ])

  const cases: [string, SortKeyColumn, number, number][] = [
    ['a known value', column, 4, 400],
    ['an unknown value', column, 3, Number.NaN],
    ['a value below zero', column, 5, -50],
    ['a deleted work', column, 2, Number.NaN],
    ['past the last work', column, 6, Number.NaN],
    ['a value updated', grown, 3, 300],
    ['a value kept', grown, 5, -50],
    ['a work added', grown, 7, 700],
    ['a gap before a work added', grown, 6, Number.NaN],
  ]
  it.each(cases)('%s', (_name, of, rowid, value) => expect(of.at(rowid)).toBe(value))

  it('knows its data version and last rowid, and leaves the column it was updated from as it was', () => {
    expect([column.version, column.maxRowid, grown.version, grown.maxRowid]).toEqual(['v1', 5, 'v2', 7])
    expect(column.at(3)).toBeNaN()
  })
})

describe('pages after a cursor read from the held values agree with pages by offset, and never go stale', () => {
  const sorts: [string, SearchQueryInput['sort']][] = [
    ['newest first', { field: 'updated' }],
    ['most kudos first', { field: 'kudos' }],
  ]
  /** Every work in the sort's order, and for each, the page after it through the cursor. */
  const checkCursorPages = async (
    engine: ReturnType<typeof openEmbeddedEngine>,
    sort: SearchQueryInput['sort'],
  ) => {
    const all = await engine.search(parseQuery({ sort, perPage: 100 }))
    const ids = all.hits.map((hit) => hit.work.id)
    for (const [i, hit] of all.hits.entries()) {
      const after = searchAfter(hit.work, parseQuery({ sort }).sort)
      const page = await engine.search(parseQuery({ sort, perPage: 5, after }))
      expect(page.total).toBe(ids.length - i - 1)
      expect(page.hits.map((h) => h.work.id)).toEqual(ids.slice(i + 1, i + 6))
    }
  }

  it.each(sorts)('%s, across in-place changes, deletes and new works', async (_name, sort) => {
    // No result cache: every search must read the values. Kudos in few values, so that many tie.
    const engine = openEmbeddedEngine({ path: join(dir, `${sort?.field}.db`), resultCacheSize: 0 })
    try {
      const day = (n: number) => 1_600_000_000 + (n % 9) * 86_400
      await engine.upsert(
        Array.from({ length: 24 }, (_, i) =>
          oneShot(`w${String(i).padStart(2, '0')}`, { kudos: i % 4, updatedAt: i % 5 === 2 ? null : day(i) }),
        ),
      )
      // The first cursor pages read the values from SQLite; once as many as there are works, the column.
      await checkCursorPages(engine, sort)
      await checkCursorPages(engine, sort)
      await engine.upsert([oneShot('w03', { kudos: 9, updatedAt: day(40) }), oneShot('w24', { kudos: 1 })])
      await checkCursorPages(engine, sort)
      await engine.delete(['w05'])
      await engine.upsert([oneShot('w10', { kudos: 0, updatedAt: null })])
      await checkCursorPages(engine, sort)
    } finally {
      await engine.close()
    }
  })
})
