/**
 * Visibility: a scope never sees works above it, in hits, totals, facets or stats alike.
 * @module
 */
import { expect } from 'vitest'
import type { SearchQueryInput } from '../../../model/query.js'
import { type ContractGroup, contractCase, expectIds, expectSearch, search, seed } from '../contract-case.js'
import { FIXTURE_WORKS, PUBLIC_IDS } from '../fixtures.js'

const allIds = FIXTURE_WORKS.map((w) => w.id)
const memberIds = FIXTURE_WORKS.filter((w) => w.visibility !== 'hidden').map((w) => w.id)

export const visibility: ContractGroup = {
  title: 'visibility',
  cases: [
    contractCase('visibility: each scope sees its works and no others', async (engine) => {
      await seed(engine)
      await expectSearch(engine, {}, PUBLIC_IDS)
      await expectSearch(engine, { scope: 'public' }, PUBLIC_IDS)
      await expectSearch(engine, { scope: 'members' }, memberIds)
      await expectSearch(engine, { scope: 'all' }, allIds)
    }),
    contractCase('visibility: applies to text search and filters', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'harbor' }, ['ga-3', 'sh-1', 'sh-2'])
      await expectSearch(engine, { text: 'harbor', scope: 'members' }, ['ga-3', 'ga-4', 'sh-1', 'sh-2'])
      await expectSearch(engine, { text: 'draft' }, [])
      await expectSearch(engine, { text: 'draft', scope: 'members' }, [])
      await expectSearch(engine, { text: 'draft', scope: 'all' }, ['pk-3'])
      await expectSearch(engine, { tags: { character: { any: ['Cristina Yang'] } } }, [])
      await expectSearch(engine, { tags: { character: { any: ['Cristina Yang'] } }, scope: 'members' }, [
        'ga-4',
      ])
    }),
    contractCase('visibility: facets and stats count only visible works', async (engine) => {
      await seed(engine)
      const query: SearchQueryInput = {
        perPage: 1,
        facets: { kinds: ['fandom', 'freeform'] },
        stats: ['words', 'bookmarks'],
      }
      const pub = await search(engine, { ...query, scope: 'public' })
      expect(pub.total).toBe(10)
      expect(pub.facets.freeform?.values.some((f) => f.value === 'Hurt/Comfort')).toBe(false)
      expect(pub.facets.fandom?.values.map((f) => f.count)).toEqual([4, 4, 2, 1])
      expect(pub.stats).toEqual({ words: { min: 800, max: 120000 }, bookmarks: { min: 0, max: 900 } })

      const members = await search(engine, { ...query, scope: 'members' })
      expect(members.total).toBe(11)
      expect(members.facets.freeform?.values.find((f) => f.value === 'Hurt/Comfort')?.count).toBe(1)
      expect(members.stats.bookmarks).toEqual({ min: 0, max: 1000 })

      const all = await search(engine, { ...query, scope: 'all' })
      expect(all.total).toBe(12)
      expect(all.facets.fandom?.values.map((f) => f.count)).toEqual([5, 4, 3, 1])
      expect(all.stats.words).toEqual({ min: 500, max: 120000 })
    }),
    contractCase('visibility: an empty scope result still has exact totals', async (engine) => {
      await seed(engine)
      const result = await search(engine, { text: 'draft', perPage: 1, facets: { kinds: ['fandom'] } })
      expectIds(result, [])
      expect(result.facets.fandom).toEqual({ values: [], more: false })
    }),
  ],
}
