import { describe, expect, it } from 'vitest'
import { FairGate, type Release } from './fair-gate.js'

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('FairGate', () => {
  it('admits up to its concurrency at once and queues the rest', async () => {
    const gate = new FairGate({ concurrency: 2, maxQueued: 10, maxQueuedPerClient: 10 })
    const first = await gate.enter('a')
    const second = await gate.enter('a')
    let third: Release | null | undefined
    void gate.enter('a').then((release) => {
      third = release
    })
    await settle()
    expect([gate.holders, gate.queued, third]).toEqual([2, 1, undefined])
    first?.()
    await settle()
    expect(typeof third).toBe('function')
    second?.()
    third?.()
    expect([gate.holders, gate.queued]).toEqual([0, 0])
  })

  it('admits waiting clients round-robin, the one served longest ago first, so a flood waits behind itself', async () => {
    const gate = new FairGate({ concurrency: 1, maxQueued: 100, maxQueuedPerClient: 100 })
    const held = await gate.enter('flood')
    const order: string[] = []
    const wait = (client: string) =>
      gate.enter(client).then((release) => {
        order.push(client)
        release?.()
      })
    const all = [wait('flood'), wait('flood'), wait('flood'), wait('other'), wait('flood'), wait('third')]
    held?.()
    await Promise.all(all)
    // The flood's queue is the oldest, but the flood is the one being served: the others go first.
    expect(order).toEqual(['other', 'third', 'flood', 'flood', 'flood', 'flood'])
  })

  it('lets one client hold no more than its share, and gives the free slots to the others', async () => {
    const gate = new FairGate({ concurrency: 3, maxHeldPerClient: 1, maxQueued: 10, maxQueuedPerClient: 10 })
    const order: string[] = []
    const releases: Release[] = []
    const wait = (client: string) =>
      gate.enter(client).then((release) => {
        order.push(client)
        if (release) releases.push(release)
      })
    const flood = [wait('flood'), wait('flood'), wait('flood')]
    await settle()
    expect([gate.holders, gate.queued, order]).toEqual([1, 2, ['flood']])
    const others = [wait('reader'), wait('third')]
    await settle()
    expect([gate.holders, gate.queued, order]).toEqual([3, 2, ['flood', 'reader', 'third']])
    releases[0]!()
    await settle()
    expect([gate.holders, gate.queued, order.at(-1)]).toEqual([3, 1, 'flood'])
    while (releases.length > 0) {
      releases.shift()!()
      await settle()
    }
    await Promise.all([...flood, ...others])
    expect([gate.holders, gate.queued]).toEqual([0, 0])
  })

  it('keeps the reserved slots for clients holding none: a reader starts at once beside a flood', async () => {
    const gate = new FairGate({ concurrency: 2, reserved: 1, maxQueued: 10, maxQueuedPerClient: 10 })
    const flood = await gate.enter('flood')
    let second: Release | null | undefined
    void gate.enter('flood').then((release) => {
      second = release
    })
    await settle()
    expect([gate.holders, gate.queued, second]).toEqual([1, 1, undefined])
    const reader = await gate.enter('reader')
    expect([gate.holders, gate.queued]).toEqual([2, 1])
    reader?.()
    await settle()
    // The reader left; the flood still holds one, so the free slot is the reserved one, still not its.
    expect([gate.holders, gate.queued, second]).toEqual([1, 1, undefined])
    flood?.()
    await settle()
    expect(typeof second).toBe('function')
    second?.()
    expect([gate.holders, gate.queued]).toEqual([0, 0])
  })

  it('drops a waiting request whose client has gone, and one that arrives gone', async () => {
    const gate = new FairGate({ concurrency: 1, maxQueued: 5, maxQueuedPerClient: 5 })
    const held = await gate.enter('a')
    const client = new AbortController()
    const waiting = gate.enter('b', 60_000, client.signal)
    expect(gate.queued).toBe(1)
    client.abort()
    expect(await waiting).toBeNull()
    expect(gate.queued).toBe(0)
    expect(await gate.enter('c', 60_000, client.signal)).toBeNull()
    held?.()
    expect([gate.holders, gate.queued]).toEqual([0, 0])
  })

  it('refuses at once past the queue limits, overall and per client', async () => {
    const gate = new FairGate({ concurrency: 1, maxQueued: 3, maxQueuedPerClient: 2 })
    await gate.enter('a')
    void gate.enter('a')
    void gate.enter('a')
    expect(await gate.enter('a')).toBeNull()
    void gate.enter('b')
    expect(await gate.enter('c')).toBeNull()
    expect(gate.queued).toBe(3)
  })

  it('gives up a wait that passes its budget, and leaves the queue as it was', async () => {
    const gate = new FairGate({ concurrency: 1, maxQueued: 5, maxQueuedPerClient: 5 })
    const held = await gate.enter('a')
    expect(await gate.enter('b', 20)).toBeNull()
    expect(gate.queued).toBe(0)
    held?.()
    expect(gate.holders).toBe(0)
  })

  it('ignores a second release', async () => {
    const gate = new FairGate({ concurrency: 1, maxQueued: 1, maxQueuedPerClient: 1 })
    const release = await gate.enter('a')
    release?.()
    release?.()
    expect(gate.holders).toBe(0)
  })
})
