import { describe, expect, it } from 'vitest'
import { SettingsWatch } from './settings-watch.js'

/** A watch over a stored hash the test changes, with a clock the test moves. */
function watch(stored: { hash: string | null }, intervalMs = 1000) {
  let now = 0
  let reads = 0
  const w = new SettingsWatch({
    own: 'a',
    intervalMs,
    now: () => now,
    read: async () => {
      reads++
      return stored.hash
    },
  })
  return { w, tick: (ms: number) => (now += ms), reads: () => reads }
}

describe('SettingsWatch', () => {
  it('is current while the stored hash is its own', async () => {
    const { w, reads } = watch({ hash: 'a' })
    expect(await w.check()).toEqual({ status: 'current' })
    expect(reads()).toBe(1)
  })

  it('notices a hash another process stored, once the interval has passed', async () => {
    const stored = { hash: 'a' as string | null }
    const { w, tick, reads } = watch(stored)
    expect(await w.check()).toEqual({ status: 'current' })
    stored.hash = 'b'
    tick(999)
    expect(await w.check()).toEqual({ status: 'current' })
    expect(reads()).toBe(1)
    tick(1)
    expect(await w.check()).toEqual({ status: 'changed', stored: 'b' })
    expect(reads()).toBe(2)
  })

  it('reports a dropped settings record as changed, with no stored hash', async () => {
    const { w } = watch({ hash: null })
    expect(await w.check()).toEqual({ status: 'changed', stored: null })
  })

  it('shares one read among callers asking at once', async () => {
    const { w, reads } = watch({ hash: 'a' })
    const states = await Promise.all([w.check(), w.check(), w.check()])
    expect(states).toEqual([{ status: 'current' }, { status: 'current' }, { status: 'current' }])
    expect(reads()).toBe(1)
  })

  it('keeps no failed read: the next check reads again', async () => {
    let fail = true
    const w = new SettingsWatch({
      own: 'a',
      intervalMs: 1000,
      now: () => 0,
      read: async () => {
        if (fail) throw new Error('unreachable')
        return 'a'
      },
    })
    await expect(w.check()).rejects.toThrow('unreachable')
    fail = false
    expect(await w.check()).toEqual({ status: 'current' })
  })

  it('after markCurrent, answers current without reading until the interval passes', async () => {
    const stored = { hash: 'b' as string | null }
    const { w, tick, reads } = watch(stored)
    w.markCurrent()
    expect(await w.check()).toEqual({ status: 'current' })
    expect(reads()).toBe(0)
    tick(1000)
    expect(await w.check()).toEqual({ status: 'changed', stored: 'b' })
  })
})
