import { describe, expect, it } from 'vitest'
import { FailureDelay } from './failure-delay.js'

describe('FailureDelay', () => {
  it('answers the first failures at once, then waits longer per failure up to the cap', () => {
    const delay = new FailureDelay({ free: 2, stepMs: 100, maxDelayMs: 250, windowMs: 1000 })
    expect([1, 2, 3, 4, 5, 6].map(() => delay.record('1.2.3.4', 0))).toEqual([0, 0, 100, 200, 250, 250])
  })

  it('counts per client and starts again after the window', () => {
    const delay = new FailureDelay({ free: 1, stepMs: 100, windowMs: 1000 })
    expect([delay.record('a', 0), delay.record('a', 10), delay.record('b', 20)]).toEqual([0, 100, 0])
    expect(delay.record('a', 2000)).toBe(0)
  })

  it('forgets the oldest clients past its bound', () => {
    const delay = new FailureDelay({ free: 0, stepMs: 1, maxClients: 2 })
    delay.record('a', 0)
    delay.record('b', 0)
    delay.record('c', 0)
    expect(delay.record('a', 0)).toBe(1)
  })
})
