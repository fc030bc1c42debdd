import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import { BrowseCache, isUnfiltered } from './browse-cache.js'
import { DataVersion } from './data-version.js'

describe('isUnfiltered', () => {
  const cases: [string, { query: SearchQueryInput; want: boolean }][] = [
    ['the default query', { query: {}, want: true }],
    [
      'sort, page, scope, facets and stats narrow nothing',
      {
        query: {
          sort: { field: 'kudos' },
          page: 3,
          scope: 'all',
          facets: { kinds: ['fandom'] },
          stats: ['words'],
        },
        want: true,
      },
    ],
    ['empty tag filters narrow nothing', { query: { tags: { fandom: {} } }, want: true }],
    ['text', { query: { text: 'harbor' }, want: false }],
    ['a tag filter', { query: { tags: { fandom: { exclude: ['X'] } } }, want: false }],
    ['authors', { query: { authors: ['x'] }, want: false }],
    ['languages', { query: { languages: ['en'] }, want: false }],
    ['completion', { query: { complete: false }, want: false }],
    ['a range', { query: { ranges: { words: { max: 10 } } }, want: false }],
  ]
  it.each(cases)('%s', (_name, { query, want }) => expect(isUnfiltered(parseQuery(query))).toBe(want))
})

describe('BrowseCache', () => {
  const result = (total: number): SearchResult => ({
    hits: [],
    total,
    page: 1,
    perPage: 20,
    totalPages: 0,
    facets: {},
    stats: {},
  })

  it('computes an unfiltered result once until the works change, and filtered ones every time', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TEMP TABLE scratch (x)')
    const version = new DataVersion(db)
    const cache = new BrowseCache(version)
    let computed = 0
    const compute = () => result(++computed)
    const listing = parseQuery({ sort: { field: 'kudos' } })

    expect(cache.get(listing, compute).total).toBe(1)
    db.exec('INSERT INTO temp.scratch VALUES (1)')
    expect(cache.get(listing, compute).total).toBe(1)
    version.noteWrite()
    expect(cache.get(listing, compute).total).toBe(2)
    expect(cache.get(parseQuery({ sort: { field: 'hits' } }), compute).total).toBe(3)
    expect(cache.get(parseQuery({ text: 'x' }), compute).total).toBe(4)
    expect(cache.get(parseQuery({ text: 'x' }), compute).total).toBe(5)
    db.close()
  })

  it('hands out copies', () => {
    const db = new Database(':memory:')
    const cache = new BrowseCache(new DataVersion(db))
    const listing = parseQuery({})
    cache.get(listing, () => result(7)).total = 0
    expect(cache.get(listing, () => result(8)).total).toBe(7)
    db.close()
  })
})
