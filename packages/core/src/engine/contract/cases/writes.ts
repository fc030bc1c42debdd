/**
 * Writing and reading back: upsert replaces whole works, delete removes them, get returns a work with its
 * text, and the bookkeeping reads (`hashes`, `count`) agree.
 * @module
 */
import { expect } from 'vitest'
import { Work } from '../../../model/work.js'
import { applyChanges } from '../../apply-changes.js'
import { type ContractGroup, contractCase, expectSearch, search, seed } from '../contract-case.js'
import { FIXTURE_WORKS, fixture } from '../fixtures.js'

/** ga-1 rewritten: other tags, other text, other numbers. */
const changedGa1 = (): Work =>
  Work.parse({
    ...fixture('ga-1'),
    title: 'The Tide Table',
    freeforms: ['Slow Burn'],
    characters: ['Addison Montgomery'],
    filterTags: {},
    kudos: 7,
    text: [{ body: 'A new chapter about tidepools.' }],
    contentHash: 'hash-ga-1-v2',
  })

export const writes: ContractGroup = {
  title: 'writes and reads',
  cases: [
    contractCase('writes: an empty engine has nothing', async (engine) => {
      expect(await engine.count()).toBe(0)
      expect(await engine.hashes()).toEqual(new Map())
      const result = await search(engine, { facets: { kinds: ['fandom'] }, stats: ['words'] })
      expect(result).toMatchObject({
        hits: [],
        total: 0,
        totalPages: 1,
        facets: { fandom: { values: [], more: false } },
        stats: { words: null },
      })
      await engine.upsert([])
      await engine.delete([])
      expect(await engine.count()).toBe(0)
    }),
    contractCase('writes: count and hashes cover every visibility', async (engine) => {
      await seed(engine)
      expect(await engine.count()).toBe(12)
      expect(await engine.hashes()).toEqual(new Map(FIXTURE_WORKS.map((w) => [w.id, w.contentHash])))
    }),
    contractCase('writes: upsert in several batches adds up', async (engine) => {
      await engine.upsert(FIXTURE_WORKS.slice(0, 5))
      await engine.upsert(FIXTURE_WORKS.slice(5))
      expect(await engine.count()).toBe(12)
      await expectSearch(engine, { text: 'harbor' }, ['ga-3', 'sh-1', 'sh-2'])
    }),
    contractCase('writes: upsert replaces the whole work, leaving no stale tags or text', async (engine) => {
      await seed(engine)
      await engine.upsert([changedGa1()])
      expect(await engine.count()).toBe(12)
      await expectSearch(engine, { text: 'lighthouse' }, [])
      await expectSearch(engine, { text: 'tidepools' }, ['ga-1'])
      await expectSearch(engine, { tags: { freeform: { any: ['Fluff'] } } }, ['ga-2', 'pk-1', 'sh-3'])
      await expectSearch(engine, { tags: { freeform: { any: ['Feel-Good'] } } }, ['pk-4'])
      await expectSearch(engine, { tags: { character: { any: ['Derek Shepherd'] } } }, ['ga-2'])
      await expectSearch(engine, { tags: { freeform: { all: ['Slow Burn'] } } }, ['ga-1', 'ga-2', 'pk-2'])
      await expectSearch(engine, { ranges: { kudos: { max: 10 } } }, ['ga-1', 'sh-4'])
      const facets = await search(engine, { facets: { kinds: ['freeform'], limit: 2 } })
      expect(facets.facets.freeform?.values.map((f) => [f.value.toLowerCase(), f.count])).toEqual([
        ['case fic', 3],
        ['fluff', 3],
      ])
      expect((await engine.hashes()).get('ga-1')).toBe('hash-ga-1-v2')
      expect(await engine.get('ga-1', 'public')).toEqual(changedGa1())
    }),
    contractCase('writes: in one batch, the last version of a work wins', async (engine) => {
      await engine.upsert([fixture('ga-1'), changedGa1()])
      expect(await engine.count()).toBe(1)
      expect(await engine.get('ga-1', 'public')).toEqual(changedGa1())
    }),
    contractCase('writes: upsert can change visibility', async (engine) => {
      await seed(engine)
      await engine.upsert([Work.parse({ ...fixture('sh-1'), visibility: 'hidden' })])
      await expectSearch(engine, { text: 'marmalade' }, [])
      await expectSearch(engine, { text: 'marmalade', scope: 'all' }, ['sh-1'])
    }),
    contractCase('writes: delete removes works from every read; unknown ids are ignored', async (engine) => {
      await seed(engine)
      await engine.delete(['sh-1', 'no-such-work', 'sh-1'])
      expect(await engine.count()).toBe(11)
      expect(await engine.get('sh-1', 'all')).toBeNull()
      expect((await engine.hashes()).has('sh-1')).toBe(false)
      await expectSearch(engine, { text: 'marmalade' }, [])
      await expectSearch(engine, { text: 'harbor' }, ['ga-3', 'sh-2'])
      await expectSearch(engine, { tags: { relationship: { all: ['John Watson/Sherlock Holmes'] } } }, [
        'sh-3',
      ])
      const result = await search(engine, { facets: { kinds: ['warning'] }, stats: ['hits'] })
      expect(result.facets.warning?.values).toEqual([
        { value: 'No Archive Warnings Apply', count: 6 },
        { value: 'Creator Chose Not To Use Archive Warnings', count: 1 },
        { value: 'Graphic Depictions Of Violence', count: 1 },
      ])
      expect(result.stats.hits).toEqual({ min: 150, max: 60000 })
    }),
    contractCase(
      'writes: a set of changes stores, moves and deletes works for every scope',
      async (engine) => {
        await seed(engine)
        await applyChanges(engine, {
          upsert: [changedGa1(), Work.parse({ ...fixture('sh-1'), visibility: 'restricted' })],
          delete: ['sh-2', 'no-such-work'],
        })
        expect(await engine.count()).toBe(11)
        await expectSearch(engine, { text: 'tidepools' }, ['ga-1'])
        await expectSearch(engine, { text: 'marmalade' }, [])
        await expectSearch(engine, { text: 'marmalade', scope: 'members' }, ['sh-1'])
        await expectSearch(engine, { text: 'harbor' }, ['ga-3'])
      },
    ),
    contractCase('writes: a deleted work can be added again', async (engine) => {
      await seed(engine)
      await engine.delete(['sh-1'])
      await engine.upsert([fixture('sh-1')])
      expect(await engine.count()).toBe(12)
      await expectSearch(engine, { text: 'marmalade' }, ['sh-1'])
    }),
    contractCase('reads: get returns the full work with its text', async (engine) => {
      await seed(engine)
      for (const work of FIXTURE_WORKS) expect(await engine.get(work.id, 'all')).toEqual(work)
      expect(await engine.get('no-such-work', 'all')).toBeNull()
    }),
    contractCase('reads: get respects the scope', async (engine) => {
      await seed(engine)
      expect(await engine.get('sh-1', 'public')).toEqual(fixture('sh-1'))
      expect(await engine.get('ga-4', 'public')).toBeNull()
      expect(await engine.get('ga-4', 'members')).toEqual(fixture('ga-4'))
      expect(await engine.get('pk-3', 'members')).toBeNull()
      expect(await engine.get('pk-3', 'all')).toEqual(fixture('pk-3'))
    }),
  ],
}
