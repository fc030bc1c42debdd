import { afterAll, describe, expect, it } from 'vitest'
import { fixture } from '../../engine/contract/index.js'
import { searchAfter } from '../../engine/search-after.js'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import { Work } from '../../model/work.js'
import { SORT_INDEXES } from './columns.js'
import { openDatabase } from './connection.js'
import { listedAfter, listedAfterKeys, listedPage, listMatches } from './listed-matches.js'
import { cursorRanges } from './match-sql.js'
import { SortKeyColumn } from './sort-key-column.js'
import { StatementCache } from './statement-cache.js'
import { WorkStore } from './work-store.js'

// 60 works: every seventh without an update time, kudos in few values so that many tie (the id decides).
const works = Array.from({ length: 60 }, (_, i) =>
  Work.parse({
    ...fixture('sh-2'),
    id: `w-${String(i).padStart(2, '0')}`,
    updatedAt: i % 7 === 3 ? null : 1_600_000_000 + ((i * 37) % 60) * 86_400,
    kudos: (i * 13) % 5,
  }),
)
const db = openDatabase(':memory:')
new WorkStore(db).upsert(works)
const statements = new StatementCache(db)
afterAll(() => db.close())

const rowidOf = new Map(
  (db.prepare('SELECT id, rowid FROM works').raw().all() as [string, number][]).map(([id, rowid]) => [
    id,
    rowid,
  ]),
)
const maxRowid = Math.max(...rowidOf.values())

/** The ids of the works the list holds (every `step`-th), in the sort's order, as the page must give them. */
function expected(step: number, key: (work: Work) => number | null): string[] {
  return works
    .filter((_, i) => i % step === 0)
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)]
      if (ka !== kb) return ka === null ? 1 : kb === null ? -1 : kb - ka
      return a.id < b.id ? -1 : 1
    })
    .map((work) => work.id)
}

describe('listedPage', () => {
  const sorts: [string, SearchQueryInput['sort'], (work: Work) => number | null][] = [
    ['newest first', { field: 'updated' }, (work) => work.updatedAt],
    ['most kudos first', { field: 'kudos' }, (work) => work.kudos],
  ]
  const cases = sorts.flatMap(([name, sort, key]) =>
    [1, 3].flatMap((step) =>
      [0, 4, 17].map(
        (offset) => [`${name}, every ${step}. work, from ${offset}`, sort, key, step, offset] as const,
      ),
    ),
  )
  it.each(cases)('%s: walking the index and sorting give the same page', (_name, sort, key, step, offset) => {
    const query = parseQuery({ sort, perPage: 7 })
    const ids = [...rowidOf].filter(([id]) => Number(id.slice(2)) % step === 0).map(([, rowid]) => rowid)
    const match = { sql: `SELECT value AS rowid, NULL FROM json_each('[${ids.join(',')}]')`, params: {} }
    const listed = listMatches(statements, {
      ...match,
      textMatch: null,
      scored: false,
      tiesById: false,
      filtered: false,
    })
    expect(listed.total).toBe(ids.length)
    const index = SORT_INDEXES[sort?.field === 'kudos' ? 'kudos' : 'updatedAt'] as string
    const idOf = new Map([...rowidOf].map(([id, rowid]) => [rowid, id]))
    const want = expected(step, key).slice(offset, offset + 7)
    const walked = listedPage(statements, query, listed, offset, { index, maxRowid })
    const sorted = listedPage(statements, query, listed, offset, undefined)
    expect(walked.map((rowid) => idOf.get(rowid))).toEqual(want)
    expect(sorted.map((rowid) => idOf.get(rowid))).toEqual(want)
  })

  it('gives an empty page past the last match, and none for an empty list', () => {
    const query = parseQuery({ sort: { field: 'updated' }, perPage: 7 })
    const walk = { index: SORT_INDEXES.updatedAt as string, maxRowid }
    expect(listedPage(statements, query, { total: 1, rowids: '1' }, 1, walk)).toEqual([])
    expect(listedPage(statements, query, { total: 0, rowids: null }, 0, walk)).toEqual([])
    expect(listedPage(statements, query, { total: 0, rowids: null }, 0, undefined)).toEqual([])
  })

  const afterCases = sorts.flatMap(([name, sort, key]) =>
    [0, 2, 5, 12, 19].map((at) => [`${name}, after the work at ${at}`, sort, key, at] as const),
  )
  it.each(afterCases)(
    '%s: keeps the works after the cursor, and the page starts there',
    (_name, sort, key, at) => {
      const order = expected(3, key)
      const cursor = searchAfter(
        works.find((work) => work.id === order[at]) as Work,
        parseQuery({ sort }).sort,
      )
      const query = parseQuery({ sort, perPage: 7, after: cursor })
      const ranges = cursorRanges(query)
      // After an unknown key there is no range before the cursor to walk: the caller lists the matches.
      if (ranges?.before === undefined) return expect(cursor.value).toBeNull()
      const ids = [...rowidOf].filter(([id]) => Number(id.slice(2)) % 3 === 0).map(([, rowid]) => rowid)
      const listed = { total: ids.length, rowids: ids.join(',') }
      const walk = {
        index: SORT_INDEXES[sort?.field === 'kudos' ? 'kudos' : 'updatedAt'] as string,
        maxRowid,
      }
      const idOf = new Map([...rowidOf].map(([id, rowid]) => [rowid, id]))
      const after = listedAfter(statements, listed, walk, ranges.before, ranges.params)
      const want = order.slice(at + 1)
      // The values held in memory drop the same works, whether or not the walk gave up.
      const keys = SortKeyColumn.load(db, 'v', sort?.field === 'kudos' ? 'kudos' : 'updated_at')
      const byKeys = listedAfterKeys(statements, listed, keys, cursor as { value: number; id: string }, true)
      expect(byKeys.total).toBe(want.length)
      expect((byKeys.rowids?.split(',') ?? []).map((rowid) => idOf.get(Number(rowid))).sort()).toEqual(
        [...want].sort(),
      )
      expect(listedPage(statements, query, byKeys, 0, walk, ranges).map((rowid) => idOf.get(rowid))).toEqual(
        want.slice(0, 7),
      )
      if (after === undefined) {
        // Left to the caller only when as many works sort at or before the cursor as the list holds.
        expect(expected(1, key).indexOf(order[at] as string) + 1).toBeGreaterThanOrEqual(ids.length)
        return
      }
      expect(after.total).toBe(want.length)
      expect((after.rowids?.split(',') ?? []).map((rowid) => idOf.get(Number(rowid))).sort()).toEqual(
        [...want].sort(),
      )
      const page = listedPage(statements, query, after, 0, walk, ranges)
      expect(page.map((rowid) => idOf.get(rowid))).toEqual(want.slice(0, 7))
    },
  )
})
