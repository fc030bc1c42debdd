import { describe, expect, it } from 'vitest'
import { contentHash } from './content-hash.js'
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
