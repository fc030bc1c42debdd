import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { oneShot } from '../../engine/contract/fixtures.js'
import { parseQuery } from '../../model/query.js'
import { FacetColumn } from './facet-column.js'
import { TagCodeTally } from './facet-counts.js'
import { openEmbeddedEngine } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-facet-column-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('FacetColumn', () => {
  // Rowid 2 was deleted, rowid 3 has no tags, rowid 5 is the last.
  const db = new Database(':memory:')
  db.exec('CREATE TABLE work_tags (rowid INTEGER PRIMARY KEY, filter_tokens TEXT NOT NULL, facet_codes TEXT)')
  const rows: [number, string | null][] = [
    [1, '16,33'],
    [3, null],
    [4, '16'],
    [5, '33,48,16'],
  ]
  for (const [rowid, codes] of rows) db.prepare("INSERT INTO work_tags VALUES (?, '', ?)").run(rowid, codes)
  const column = FacetColumn.load(db, 'v1')

  const counts = (rowids: string | null, of = column, kinds = [0, 1]) => {
    const tally = new TagCodeTally(new Set(kinds), 10)
    of.tally(rowids, tally)
    return Object.fromEntries(
      [...tally.finish()].map(([kind, list]) => [kind, list.map((c) => [c.tagId, c.count])]),
    )
  }

  const cases: [string, string | null, Record<number, [number, number][]>][] = [
    ['no matches', null, { 0: [], 1: [] }],
    ['one work', '1', { 0: [[1, 1]], 1: [[2, 1]] }],
    ['a work without tags', '3', { 0: [], 1: [] }],
    [
      'several works',
      '1,3,4,5',
      {
        0: [
          [1, 3],
          [3, 1],
        ],
        1: [[2, 2]],
      },
    ],
    ['rowids the column does not hold count nothing', '2,6,99', { 0: [], 1: [] }],
  ]
  it.each(cases)('%s', (_name, rowids, want) => {
    expect(counts(rowids)).toEqual(want)
  })

  // A tally reads a work's codes up to its last wanted kind, in kind order whatever order SQLite gave.
  it('counts one kind of codes stored after another kind', () => {
    expect(counts('1,3,4,5', column, [0])).toEqual({
      0: [
        [1, 3],
        [3, 1],
      ],
    })
    expect(counts('5', column.updated('v2', [[5, '33,48']]), [0])).toEqual({ 0: [[3, 1]] })
  })

  // Codes held: 1 '16,33', 3 none, 4 '16', 5 '33,48,16'.
  const holding: [string, string | null, number[], number[]][] = [
    ['no matches', null, [16], []],
    ['one code, held by some', '1,3,4,5', [33], [1, 5]],
    ['any of two codes, each work once', '1,3,4,5', [33, 16], [1, 4, 5]],
    ['a code no work holds', '1,3,4,5', [17], []],
    ['no codes', '1,4,5', [], []],
    ['only the rowids listed', '4', [16, 33], [4]],
    ['rowids the column does not hold', '2,6,99', [16], []],
    ['a code stored after a later kind', '5', [48], [5]],
  ]
  it.each(holding)('keeps the works holding any of some codes: %s', (_name, rowids, codes, want) => {
    expect(column.holdingAny(rowids, new Set(codes))).toEqual(want)
  })

  it('knows its data version and last rowid', () => {
    expect(column.version).toBe('v1')
    expect(column.maxRowid).toBe(5)
  })

  // Each: the works changed (rowid, codes now), and the counts of every rowid 1–8 one at a time after.
  const updates: [string, [number, string | null][], Record<number, string>][] = [
    ['none', [], { 1: '16,33', 4: '16', 5: '33,48,16' }],
    ['one with new codes', [[4, '17,32']], { 1: '16,33', 4: '17,32', 5: '33,48,16' }],
    ['one that lost its codes', [[1, null]], { 4: '16', 5: '33,48,16' }],
    ['one that had none', [[3, '49']], { 1: '16,33', 3: '49', 4: '16', 5: '33,48,16' }],
    ['new works past the last', [[8, '64']], { 1: '16,33', 4: '16', 5: '33,48,16', 8: '64' }],
    [
      'several, first and last too',
      [
        [1, '48'],
        [4, null],
        [5, '16'],
        [6, '33,33'],
      ],
      { 1: '48', 5: '16', 6: '33,33' },
    ],
  ]
  it.each(updates)('takes changed works: %s', (_name, changed, want) => {
    const updated = column.updated('v2', changed)
    expect(updated.version).toBe('v2')
    for (let rowid = 1; rowid <= 8; rowid++) {
      const codes = want[rowid]
      expect(counts(String(rowid), updated), `rowid ${rowid}`).toEqual(
        counts(codes ? '9' : '10', alone(codes)),
      )
    }
    // The column it came from is unchanged.
    expect(counts('1,3,4,5')).toEqual(counts('1,3,4,5', FacetColumn.load(db, 'v1')))
  })
})

/** A column holding `codes` as the only work's, at rowid 9. */
function alone(codes: string | undefined): FacetColumn {
  const db = new Database(':memory:')
  db.exec('CREATE TABLE work_tags (rowid INTEGER PRIMARY KEY, filter_tokens TEXT NOT NULL, facet_codes TEXT)')
  db.prepare("INSERT INTO work_tags VALUES (9, '', ?)").run(codes ?? null)
  return FacetColumn.load(db, 'alone')
}

describe('facet counts from the column agree with SQLite, and never go stale', () => {
  /** The values of each facet (none has more than the limit here). */
  const facetsOf = async (engine: ReturnType<typeof openEmbeddedEngine>) => {
    const { facets } = await engine.search(
      parseQuery({ facets: { kinds: ['freeform', 'character'], limit: 5 } }),
    )
    return Object.fromEntries(Object.entries(facets).map(([kind, facet]) => [kind, facet?.values]))
  }

  it('across repeated searches, in-place changes, deletes and new works', async () => {
    // No result cache: every search must count.
    const engine = openEmbeddedEngine({ path: join(dir, 'agree.db'), resultCacheSize: 0 })
    try {
      const works = Array.from({ length: 30 }, (_, i) =>
        oneShot(`w${i}`, {
          freeforms: ['Fluff', ...(i % 3 === 0 ? ['Angst'] : []), ...(i % 5 === 0 ? ['Hurt/Comfort'] : [])],
          characters: [i % 2 === 0 ? 'Meredith Grey' : 'Cristina Yang'],
        }),
      )
      await engine.upsert(works)
      const want = {
        freeform: [
          { value: 'Fluff', count: 30 },
          { value: 'Angst', count: 10 },
          { value: 'Hurt/Comfort', count: 6 },
        ],
        character: [
          { value: 'Cristina Yang', count: 15 },
          { value: 'Meredith Grey', count: 15 },
        ],
      }
      // The first search counts in SQLite; it matches every work, so later ones read the column.
      for (let i = 0; i < 3; i++) expect(await facetsOf(engine)).toEqual(want)

      // Same rowid, new tags.
      await engine.upsert([oneShot('w1', { freeforms: ['Angst'], characters: ['Cristina Yang'] })])
      const afterUpdate = {
        freeform: [
          { value: 'Fluff', count: 29 },
          { value: 'Angst', count: 11 },
          { value: 'Hurt/Comfort', count: 6 },
        ],
        character: want.character,
      }
      for (let i = 0; i < 3; i++) expect(await facetsOf(engine)).toEqual(afterUpdate)

      await engine.delete(['w0'])
      await engine.upsert([oneShot('w30', { freeforms: ['Slow Burn'], characters: ['Meredith Grey'] })])
      const afterChurn = {
        freeform: [
          { value: 'Fluff', count: 28 },
          { value: 'Angst', count: 10 },
          { value: 'Hurt/Comfort', count: 5 },
          { value: 'Slow Burn', count: 1 },
        ],
        character: want.character,
      }
      for (let i = 0; i < 3; i++) expect(await facetsOf(engine)).toEqual(afterChurn)
    } finally {
      await engine.close()
    }
  })

  it('sees a write committed by another connection', async () => {
    const path = join(dir, 'two-connections.db')
    const reader = openEmbeddedEngine({ path, resultCacheSize: 0 })
    const writer = openEmbeddedEngine({ path })
    try {
      await writer.upsert(Array.from({ length: 10 }, (_, i) => oneShot(`w${i}`, { freeforms: ['Fluff'] })))
      for (let i = 0; i < 3; i++)
        expect((await facetsOf(reader)).freeform).toEqual([{ value: 'Fluff', count: 10 }])
      await writer.upsert([oneShot('w3', { freeforms: ['Angst'] })])
      expect((await facetsOf(reader)).freeform).toEqual([
        { value: 'Fluff', count: 9 },
        { value: 'Angst', count: 1 },
      ])
    } finally {
      await reader.close()
      await writer.close()
    }
  })
})
