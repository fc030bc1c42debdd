import { describe, expect, it } from 'vitest'
import { canonicalJson, contentHash } from './content-hash.js'
import { Work } from './work.js'

const base = Work.parse({
  id: 'a',
  title: 'Ferry',
  words: 10,
  complete: true,
  publishedAt: 0,
  updatedAt: 0,
  source: 'works.jsonl:3',
})

describe('contentHash', () => {
  it.each([
    ['another line of the same file', true, { source: 'works.jsonl:2' }],
    ['no line at all', true, { source: 'works.jsonl' }],
    ['another file', false, { source: 'other.jsonl:3' }],
    ['another title', false, { title: 'Harbor' }],
    ['more kudos', false, { kudos: 1 }],
    ['a stored hash', true, { contentHash: 'x' }],
  ] as const)('%s: same hash %s', (_name, same, change) => {
    expect(contentHash({ ...base, ...change }) === contentHash(base)).toBe(same)
  })
})

/** What canonicalJson must equal: the value rebuilt with sorted keys, through JSON.stringify. */
const rebuiltJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner === null || typeof inner !== 'object' || Array.isArray(inner)
      ? inner
      : Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        ),
  )

describe('canonicalJson', () => {
  it.each([
    ['a work', base],
    ['nested keys out of order', { b: { d: 1, c: [{ z: 1, a: 2 }] }, a: 'x' }],
    ['undefined values and array holes', { a: undefined, b: [undefined, 1, null], c: null }],
    ['array-index keys first, by number', { b: 1, 10: 'ten', 9: 'nine', '01': 'not an index', a: 2 }],
    ['a key past the array range', { 4294967295: 'big', 1: 'one', z: 0 }],
    ['strings that need escaping', { 'quo"te': 'line\nbreak', é: '\u2028' }],
    ['numbers that JSON cannot hold', { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, neg: -0 }],
    ['a date', { at: new Date(0) }],
    ['a top-level array and a scalar', [3, 'x', { b: 1, a: 0 }]],
    ['a bare string', 'only'],
    ['an array of strings and numbers alone', ['b', 1, Number.NaN, -0, 'a']],
    ['two shapes whose keys joined read alike', { x: { 'a\u0000b': 1 }, y: { a: 2, b: 1 } }],
  ])('%s: the same text as the value rebuilt with sorted keys', (_name, value) => {
    expect(canonicalJson(value)).toBe(rebuiltJson(value))
  })
})
