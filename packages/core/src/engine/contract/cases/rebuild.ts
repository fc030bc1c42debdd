/**
 * Full rebuilds: `rebuild` replaces the whole set of works at once, searches answer from the previous works
 * until it is done, and a rebuild that fails part-way leaves the previous works as they were.
 * @module
 */
import { expect } from 'vitest'
import { Work } from '../../../model/work.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, expectSearch, search, seed } from '../contract-case.js'
import { FIXTURE_WORKS, fixture } from '../fixtures.js'

/** ga-1 rewritten, so a rebuild visibly carries new content. */
const rewrittenGa1 = (): Work =>
  Work.parse({
    ...fixture('ga-1'),
    title: 'The Tide Table',
    text: [{ body: 'A new chapter about tidepools.' }],
    contentHash: 'hash-ga-1-rebuilt',
  })

/** Every fixture outside Sherlock, with ga-1 rewritten. */
const rebuiltSet = (): Work[] => [
  rewrittenGa1(),
  ...FIXTURE_WORKS.filter((w) => w.id !== 'ga-1' && !w.id.startsWith('sh-')),
]

function rebuildOf(engine: SearchEngine): NonNullable<SearchEngine['rebuild']> {
  if (!engine.rebuild) throw new Error(`the ${engine.name} engine has no rebuild: skip the rebuild cases`)
  return engine.rebuild.bind(engine)
}

/** Asserts the engine holds exactly the fixtures, as `seed` left them. */
async function expectSeeded(engine: SearchEngine): Promise<void> {
  expect(await engine.count()).toBe(FIXTURE_WORKS.length)
  expect(await engine.hashes()).toEqual(new Map(FIXTURE_WORKS.map((w) => [w.id, w.contentHash])))
  await expectSearch(engine, { text: 'marmalade' }, ['sh-1'])
  await expectSearch(engine, { text: 'lighthouse' }, ['ga-1'])
}

export const rebuild: ContractGroup = {
  title: 'full rebuild',
  cases: [
    contractCase('rebuild: replaces every work; works left out are gone', async (engine) => {
      await seed(engine)
      await rebuildOf(engine)(rebuiltSet())
      const expected = rebuiltSet()
      expect(await engine.count()).toBe(expected.length)
      expect(await engine.hashes()).toEqual(new Map(expected.map((w) => [w.id, w.contentHash])))
      expect(await engine.get('sh-1', 'all')).toBeNull()
      expect(await engine.get('ga-1', 'all')).toEqual(rewrittenGa1())
      await expectSearch(engine, { text: 'marmalade' }, [])
      await expectSearch(engine, { text: 'lighthouse' }, [])
      await expectSearch(engine, { text: 'tidepools' }, ['ga-1'])
      const facets = await search(engine, { scope: 'all', facets: { kinds: ['fandom'] } })
      expect(facets.facets.fandom?.values.map((f) => f.value)).not.toContain('Sherlock (TV)')
      expect(facets.total).toBe(expected.length)
    }),
    contractCase('rebuild: searches answer from the previous works until it is done', async (engine) => {
      await seed(engine)
      const checkedMidway: number[] = []
      async function* works() {
        for (const [i, work] of rebuiltSet().entries()) {
          // Several batches of the new set are written by now.
          if (i === 6) {
            await expectSeeded(engine)
            await expectSearch(engine, { text: 'tidepools' }, [])
            checkedMidway.push(i)
          }
          yield work
        }
      }
      await rebuildOf(engine)(works(), { batchSize: 2 })
      expect(checkedMidway).toEqual([6])
      expect(await engine.count()).toBe(rebuiltSet().length)
      await expectSearch(engine, { text: 'tidepools' }, ['ga-1'])
      await expectSearch(engine, { text: 'marmalade' }, [])
    }),
    contractCase(
      'rebuild: one that fails part-way leaves the previous works; the next succeeds',
      async (engine) => {
        await seed(engine)
        async function* failing() {
          yield* rebuiltSet().slice(0, 5)
          throw new Error('source went away')
        }
        await expect(rebuildOf(engine)(failing(), { batchSize: 2 })).rejects.toThrow('source went away')
        await expectSeeded(engine)
        await expectSearch(engine, { text: 'tidepools' }, [])
        await rebuildOf(engine)(FIXTURE_WORKS.slice(0, 4))
        expect([...(await engine.hashes()).keys()].sort()).toEqual(FIXTURE_WORKS.slice(0, 4).map((w) => w.id))
      },
    ),
    contractCase(
      'rebuild: an empty rebuild empties the engine; writes work after a rebuild',
      async (engine) => {
        await seed(engine)
        await rebuildOf(engine)([])
        expect(await engine.count()).toBe(0)
        await expectSearch(engine, { scope: 'all' }, [])
        await seed(engine)
        await engine.delete(['sh-1'])
        expect(await engine.count()).toBe(FIXTURE_WORKS.length - 1)
        await expectSearch(engine, { text: 'harbor' }, ['ga-3', 'sh-2'])
      },
    ),
  ],
}
