import { describe, expect, it } from 'vitest'
import { ascending, lowerBound } from './lower-bound.js'

describe('lowerBound', () => {
  const cases: [string, readonly (string | number)[], string | number, number][] = [
    ['empty', [], 'a', 0],
    ['before all', ['b', 'c'], 'a', 0],
    ['present', ['a', 'b', 'b', 'c'], 'b', 1],
    ['between', ['a', 'c'], 'b', 1],
    ['after all', ['a', 'b'], 'c', 2],
    ['a prefix sorts before its longer terms', ['light', 'lighthouse', 'lights'], 'ligh', 0],
    ['numbers', [1, 3, 5], 4, 2],
  ]
  it.each(cases)('%s', (_name, sorted, value, want) => {
    expect(lowerBound(sorted, value)).toBe(want)
  })
  it('searches a typed array', () => {
    expect(lowerBound(new Float64Array([0.5, 1.5, 2.5]), 1.5)).toBe(1)
  })
})

describe('ascending', () => {
  const cases: [string, string | number, string | number, number][] = [
    ['before', 'a', 'b', -1],
    ['equal', 'a', 'a', 0],
    ['after', 2, 1, 1],
    ['capitals first, in code-unit order', 'Z', 'a', -1],
    ['an accented letter after every plain one', 'é', 'z', 1],
  ]
  it.each(cases)('%s', (_name, a, b, want) => {
    expect(ascending(a, b)).toBe(want)
  })
})
