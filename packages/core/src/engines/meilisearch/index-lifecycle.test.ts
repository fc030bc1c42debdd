import { describe, expect, it } from 'vitest'
import { rebuildIndexUid, validateIndexUid } from './index-lifecycle.js'

describe('validateIndexUid', () => {
  it.each(['works', 'works_new', 'ficdex-test-42', 'A', 'x'.repeat(400)])('accepts %j', (uid) => {
    expect(validateIndexUid(uid)).toBe(uid)
  })

  it.each(['', 'works.new', 'works new', 'wörks', 'a/b', 'x'.repeat(401)])('rejects %j', (uid) => {
    expect(() => validateIndexUid(uid)).toThrow(RangeError)
  })
})

describe('rebuildIndexUid', () => {
  it('stages a rebuild in <index>_new', () => {
    expect(rebuildIndexUid('works')).toBe('works_new')
  })

  it('refuses a name whose staging index would be too long', () => {
    expect(rebuildIndexUid('x'.repeat(396))).toHaveLength(400)
    expect(() => rebuildIndexUid('x'.repeat(397))).toThrow(RangeError)
  })
})
