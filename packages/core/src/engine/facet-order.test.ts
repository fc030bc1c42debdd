import { describe, expect, it } from 'vitest'
import { compareCodePoints, compareFacetValues, sortFacetValues } from './facet-order.js'

describe('facet order', () => {
  it('compares values by code point after normalizing, the spelling breaking what is left', () => {
    const values = ['\u{1F98A} fox', '\uE000 private', 'b', 'B', 'a', 'Ä'].map((value) => ({
      value,
      count: 1,
    }))
    expect(values.sort(compareFacetValues).map((v) => v.value)).toEqual([
      'a',
      'Ä',
      'B',
      'b',
      '\uE000 private',
      '\u{1F98A} fox',
    ])
  })

  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    ['\u{1F98A}', '\uE000', 1],
  ])('compareCodePoints(%j, %j) has the sign of %d', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign)
  })

  it('sorts as compareFacetValues does', () => {
    const values = ['b', 'B', 'a', 'Ä', 'c', 'a'].map((value, i) => ({ value, count: i % 3 }))
    expect(sortFacetValues(values)).toEqual([...values].sort(compareFacetValues))
  })
})
