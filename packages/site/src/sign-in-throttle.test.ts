import { describe, expect, it } from 'vitest'
import { createThrottle } from './sign-in-throttle.js'

describe('createThrottle', () => {
  it('refuses an address after the allowed failures, until the window has passed', () => {
    const throttle = createThrottle({ attempts: 3, windowSeconds: 60 })
    for (const at of [0, 1000, 2000]) {
      expect(throttle.wait('a', at)).toBe(0)
      throttle.failed('a', at)
    }
    expect(throttle.wait('a', 3000)).toBe(57)
    expect(throttle.wait('b', 3000)).toBe(0)
    expect(throttle.wait('a', 60_001)).toBe(0)
  })

  it('forgets an address that signs in', () => {
    const throttle = createThrottle({ attempts: 1, windowSeconds: 60 })
    throttle.failed('a', 0)
    expect(throttle.wait('a', 1)).toBeGreaterThan(0)
    throttle.succeeded('a')
    expect(throttle.wait('a', 1)).toBe(0)
  })
})
