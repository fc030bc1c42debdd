/**
 * Checks on the suite itself: case names are unique (they are skip keys) and the fixtures have the shape
 * the cases rely on.
 * @module
 */
import { describe, expect, it } from 'vitest'
import { CONTRACT_GROUPS, contractCaseNames, FIXTURE_WORKS, PUBLIC_IDS, runEngineContract } from './index.js'

describe('engine contract suite', () => {
  it('names every case uniquely', () => {
    const names = contractCaseNames()
    expect(new Set(names).size).toBe(names.length)
    expect(names.length).toBe(CONTRACT_GROUPS.reduce((n, g) => n + g.cases.length, 0))
  })

  it('refuses to skip a case it does not know', () => {
    expect(() =>
      runEngineContract('x', () => Promise.reject(new Error('unused')), { skip: { nope: 'why' } }),
    ).toThrow(/unknown case names in skip: nope/)
  })

  it('has twelve fixtures with unique ids, ten of them public', () => {
    expect(new Set(FIXTURE_WORKS.map((w) => w.id)).size).toBe(12)
    expect(PUBLIC_IDS).toHaveLength(10)
    expect(FIXTURE_WORKS.filter((w) => w.visibility === 'restricted').map((w) => w.id)).toEqual(['ga-4'])
    expect(FIXTURE_WORKS.filter((w) => w.visibility === 'hidden').map((w) => w.id)).toEqual(['pk-3'])
  })
})
