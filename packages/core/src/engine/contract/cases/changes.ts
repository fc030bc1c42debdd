/**
 * The change feed (`SearchEngine.changes`): what a mirror reads to stay in step. Each write renumbers the
 * works it changed; a page lists works changed after a number, each once, as it is now; deletions and
 * works made invisible are tombstones; a scope never hears of a work it could not see.
 * @module
 */
import { expect } from 'vitest'
import type { WorkChange } from '../../../model/change.js'
import type { Scope } from '../../../model/query.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, seed } from '../contract-case.js'
import { FIXTURE_WORKS, fixture, PUBLIC_IDS } from '../fixtures.js'

/** Every change after `since`, page by page (`limit` each), and the number to read on from. */
async function read(
  engine: SearchEngine,
  since: number,
  scope: Scope = 'public',
  limit = 100,
): Promise<{ changes: WorkChange[]; next: number }> {
  if (engine.changes === undefined) throw new Error(`${engine.name} has no change feed`)
  const changes: WorkChange[] = []
  let next = since
  for (;;) {
    const page = await engine.changes(next, scope, limit)
    changes.push(...page.changes)
    next = page.changes.at(-1)?.seq ?? next
    if (!page.more) return { changes, next }
    expect(page.changes).toHaveLength(limit)
  }
}

/** `id` for a stored work, `-id` for a tombstone. */
const brief = (changes: readonly WorkChange[]) => changes.map((c) => (c.deleted ? `-${c.id}` : c.id))

export const changes: ContractGroup = {
  title: 'change feed',
  cases: [
    contractCase(
      'changes: from 0 every visible work once, then only what changed, deletions as tombstones',
      async (engine) => {
        await seed(engine)
        const first = await read(engine, 0)
        expect(brief(first.changes)).toEqual(PUBLIC_IDS)
        const seqs = first.changes.map((c) => c.seq)
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
        const { text: _text, ...summary } = fixture('sh-1')
        expect(first.changes.find((c) => c.id === 'sh-1')).toMatchObject({ deleted: false, work: summary })

        await engine.delete(['ga-1'])
        await engine.upsert([{ ...fixture('sh-1'), kudos: 999, contentHash: 'hash-sh-1-v2' }])
        await engine.upsert([fixture('pk-1')]) // unchanged: no change to fetch
        const second = await read(engine, first.next)
        expect(brief(second.changes)).toEqual(['-ga-1', 'sh-1'])
        expect(second.changes[1]).toMatchObject({ work: { kudos: 999 } })
        expect(second.changes[0]?.seq).toBeGreaterThan(first.next)
        expect((await read(engine, second.next)).changes).toEqual([])
        // Read from 0 again, a mirror gets each work once, as it is now.
        expect(brief((await read(engine, 0)).changes)).toEqual([
          ...PUBLIC_IDS.filter((id) => id !== 'ga-1' && id !== 'sh-1'),
          '-ga-1',
          'sh-1',
        ])
      },
    ),
    contractCase('changes: pages of a limit follow one another without a gap', async (engine) => {
      await seed(engine)
      const whole = await read(engine, 0, 'members')
      const paged = await read(engine, 0, 'members', 3)
      expect(paged).toEqual(whole)
      expect(brief(whole.changes)).toEqual(
        FIXTURE_WORKS.filter((w) => w.visibility !== 'hidden').map((w) => w.id),
      )
    }),
    contractCase('changes: a scope hears of the works it could see, and of them going', async (engine) => {
      await seed(engine)
      const { next } = await read(engine, 0)
      await engine.upsert([{ ...fixture('ga-2'), visibility: 'hidden', contentHash: 'hash-ga-2-hidden' }])
      await engine.delete(['pk-3']) // hidden all along
      await engine.upsert([{ ...fixture('ga-4'), kudos: 1, contentHash: 'hash-ga-4-v2' }]) // restricted
      expect(brief((await read(engine, next)).changes)).toEqual(['-ga-2'])
      expect(brief((await read(engine, next, 'members')).changes)).toEqual(['-ga-2', 'ga-4'])
      expect(brief((await read(engine, next, 'all')).changes)).toEqual(['ga-2', '-pk-3', 'ga-4'])
      // Made public again, it comes back.
      await engine.upsert([{ ...fixture('ga-2'), contentHash: 'hash-ga-2-again' }])
      expect(brief((await read(engine, next)).changes)).toEqual(['ga-2'])
    }),
    contractCase(
      'changes: a rebuild logs the works it removed, added or changed, and no others',
      async (engine) => {
        if (engine.rebuild === undefined) throw new Error(`${engine.name} has no rebuild`)
        await seed(engine)
        const { next } = await read(engine, 0, 'all')
        const kept = FIXTURE_WORKS.filter((w) => w.id !== 'pk-2').map((w) =>
          w.id === 'sh-3' ? { ...w, title: 'Renamed', contentHash: 'hash-sh-3-v2' } : w,
        )
        await engine.rebuild([...kept, { ...fixture('sh-4'), id: 'sh-5', contentHash: 'hash-sh-5' }])
        expect(brief((await read(engine, next, 'all')).changes).sort()).toEqual(['-pk-2', 'sh-3', 'sh-5'])
      },
    ),
  ],
}
