import { describe, expect, it } from 'vitest'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import { isUnfiltered } from './browse-cache.js'

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
