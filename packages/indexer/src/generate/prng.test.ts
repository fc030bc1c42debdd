import { describe, expect, it } from 'vitest'
import { hashParts, Rng } from './prng.js'

const draw = (rng: Rng, n: number, f: (rng: Rng) => number) => Array.from({ length: n }, () => f(rng))
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

describe('Rng', () => {
  it('repeats the same stream for the same seed parts', () => {
    expect(draw(new Rng('s', 1), 5, (r) => r.uint32())).toEqual(draw(new Rng('s', 1), 5, (r) => r.uint32()))
  })

  it.each([
    ['another seed', ['t', 1]],
    ['another index', ['s', 2]],
    ['parts joined differently', ['s1']],
  ])('gives a different stream for %s', (_name, parts) => {
    expect(draw(new Rng(...parts), 5, (r) => r.uint32())).not.toEqual(
      draw(new Rng('s', 1), 5, (r) => r.uint32()),
    )
  })

  it('hashes to four unsigned 32-bit words', () => {
    for (const word of hashParts('x', 3)) expect(word >>> 0).toBe(word)
  })

  it('keeps next() in [0, 1) and int() within its bounds', () => {
    const rng = new Rng('bounds')
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next()
      expect(x >= 0 && x < 1).toBe(true)
      const n = rng.int(3, 7)
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true)
    }
  })

  it.each([
    ['logNormal median 1500', (r: Rng) => r.logNormal(1500, 1.1), 1400, 1600],
    ['pareto median 20·2^(1/1.2)', (r: Rng) => r.pareto(20, 1.2), 33, 38],
    ['uniform median ½', (r: Rng) => r.next(), 0.48, 0.52],
  ])('%s lands in its band', (_name, f, low, high) => {
    const m = median(draw(new Rng('median'), 20_000, f))
    expect(m).toBeGreaterThan(low)
    expect(m).toBeLessThan(high)
  })
})
