import { describe, expect, it } from 'vitest'
import { Rng } from './prng.js'
import { WeightedTable, zipfWeights } from './weighted-table.js'

describe('WeightedTable', () => {
  it('draws items in proportion to their weights', () => {
    const table = new WeightedTable(['a', 'b', 'c'], [6, 3, 1])
    const rng = new Rng('weights')
    const counts = { a: 0, b: 0, c: 0 }
    for (let i = 0; i < 100_000; i++) counts[table.sample(rng) as keyof typeof counts]++
    expect(counts.a / 100_000).toBeCloseTo(0.6, 1)
    expect(counts.b / 100_000).toBeCloseTo(0.3, 1)
    expect(counts.c / 100_000).toBeCloseTo(0.1, 1)
  })

  it('never draws an item of weight zero', () => {
    const table = new WeightedTable(['never', 'always'], [0, 1])
    const rng = new Rng('zero')
    for (let i = 0; i < 10_000; i++) expect(table.sample(rng)).toBe('always')
  })

  it.each([
    ['fewer than the list holds', 5, 100, 5],
    ['more than the list holds', 10, 4, 4],
  ])('sampleDistinct: %s', (_name, want, size, got) => {
    const table = new WeightedTable(
      Array.from({ length: size }, (_, i) => i),
      zipfWeights(size, 1),
    )
    const items = table.sampleDistinct(new Rng('distinct'), want)
    expect(new Set(items).size).toBe(got)
  })

  it.each([
    ['no items', [], []],
    ['weights of the wrong length', ['a'], [1, 2]],
    ['weights summing to zero', ['a'], [0]],
  ])('rejects %s', (_name, items, weights) => {
    expect(() => new WeightedTable(items, weights)).toThrow(RangeError)
  })
})
