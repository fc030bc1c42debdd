import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import { DataVersion } from './data-version.js'
import { ResultCache } from './result-cache.js'

const result = (total: number): SearchResult => ({
  hits: [],
  total,
  page: 1,
  perPage: 20,
  totalPages: 1,
  facets: {},
  stats: {},
})

/** A cache over an in-memory database, and a compute that counts its calls in the result's total. */
function setup(capacity?: number) {
  const db = new Database(':memory:')
  db.exec('CREATE TEMP TABLE scratch (x)')
  const version = new DataVersion(db)
  const cache = new ResultCache(version, capacity)
  let computed = 0
  const get = (text: string) => cache.get(parseQuery({ text }), () => result(++computed)).total
  return { db, version, cache, get }
}

describe('ResultCache', () => {
  it('computes a query once until the works change', () => {
    const { db, version, get } = setup()
    expect(get('harbor')).toBe(1)
    expect(get('harbor')).toBe(1)
    expect(get('lighthouse')).toBe(2)
    // A search's own scratch writes are not changes to the works.
    db.exec('INSERT INTO temp.scratch VALUES (1)')
    expect(get('harbor')).toBe(1)
    version.noteWrite()
    expect(get('harbor')).toBe(3)
    expect(get('lighthouse')).toBe(4)
    db.close()
  })

  it('drops the least recently used result when full', () => {
    const { db, get } = setup(2)
    expect([get('a'), get('b'), get('a'), get('c')]).toEqual([1, 2, 1, 3])
    // "b" was the least recently used when "c" came in.
    expect([get('a'), get('c'), get('b')]).toEqual([1, 3, 4])
    db.close()
  })

  it('with capacity 0, computes every search', () => {
    const { db, get } = setup(0)
    expect([get('a'), get('a'), get('a')]).toEqual([1, 2, 3])
    db.close()
  })

  it('hands out results frozen, so no caller can change what the next one gets', () => {
    const db = new Database(':memory:')
    const cache = new ResultCache(new DataVersion(db))
    const listing = parseQuery({})
    const fandom = { values: [{ value: 'X', count: 7 }], more: false }
    const first = cache.get(listing, () => ({ ...result(7), facets: { fandom } }))
    expect(Object.isFrozen(first)).toBe(true)
    expect(Object.isFrozen(first.facets)).toBe(true)
    expect(Object.isFrozen(first.facets.fandom)).toBe(true)
    expect(Object.isFrozen(first.facets.fandom?.values[0])).toBe(true)
    expect(cache.get(listing, () => result(8))).toEqual({
      ...result(7),
      facets: { fandom: { values: [{ value: 'X', count: 7 }], more: false } },
    })
    db.close()
  })
})
