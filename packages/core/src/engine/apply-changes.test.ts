import { describe, expect, it } from 'vitest'
import { appliesAtOnce, applyChanges } from './apply-changes.js'
import { oneShot } from './contract/fixtures.js'
import type { SearchEngine } from './search-engine.js'

/** An engine that records the writes it is asked for, with or without `apply`. */
function recordingEngine(withApply: boolean) {
  const calls: string[] = []
  const engine = {
    upsert: async (works) => void calls.push(`upsert ${works.map((w) => w.id).join(',')}`),
    delete: async (ids) => void calls.push(`delete ${ids.join(',')}`),
    ...(withApply
      ? {
          apply: async (changes) =>
            void calls.push(`apply ${changes.upsert.length}+${changes.delete.length}`),
        }
      : {}),
  } as Pick<SearchEngine, 'upsert' | 'delete' | 'apply'>
  return { engine: engine as SearchEngine, calls }
}

describe('applyChanges', () => {
  const changes = { upsert: [oneShot('a'), oneShot('b')], delete: ['c'] }

  it.each([
    { withApply: true, atOnce: true, calls: ['apply 2+1'] },
    { withApply: false, atOnce: false, calls: ['upsert a,b', 'delete c'] },
  ])('with apply $withApply: writes $calls', async ({ withApply, atOnce, calls }) => {
    const recording = recordingEngine(withApply)
    expect(appliesAtOnce(recording.engine)).toBe(atOnce)
    await applyChanges(recording.engine, changes)
    expect(recording.calls).toEqual(calls)
  })
})
