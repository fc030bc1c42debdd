/**
 * Sorting (every field, both directions, id tiebreak; the seeded shuffles) and pagination edges. Sorts are checked on
 * text-less searches, where engines must agree exactly; with text, Meilisearch sorts only within
 * relevance buckets.
 * @module
 */
import { expect } from 'vitest'
import { SORT_FIELDS } from '../../../model/query.js'
import { SHUFFLES } from '../../../model/sort-values.js'
import { type ContractGroup, contractCase, hitIds, search, seed } from '../contract-case.js'
import { expectedOrder } from '../expected-order.js'
import { FIXTURE_WORKS, fixture } from '../fixtures.js'

const publicWorks = FIXTURE_WORKS.filter((w) => w.visibility === 'public')

export const sortAndPagination: ContractGroup = {
  title: 'sort and pagination',
  cases: [
    contractCase('sort: every field in both directions, ties by id', async (engine) => {
      await seed(engine)
      for (const field of SORT_FIELDS) {
        for (const order of ['asc', 'desc'] as const) {
          const result = await search(engine, { sort: { field, order } })
          expect(hitIds(result), `${field} ${order}`).toEqual(expectedOrder(publicWorks, field, order))
        }
      }
    }),
    contractCase(
      'sort: default directions (title, author and random ascending, the rest descending)',
      async (engine) => {
        await seed(engine)
        for (const field of SORT_FIELDS) {
          const result = await search(engine, { sort: { field } })
          const order = ['title', 'author', 'random'].includes(field) ? 'asc' : 'desc'
          expect(hitIds(result), field).toEqual(expectedOrder(publicWorks, field, order))
        }
        const byDefault = await search(engine, {})
        expect(hitIds(byDefault)).toEqual(expectedOrder(publicWorks, 'updated', 'desc'))
      },
    ),
    contractCase('sort: random is a shuffle its seed picks, the same at every call', async (engine) => {
      await seed(engine)
      const orders = new Set<string>()
      for (let seedValue = 0; seedValue < SHUFFLES; seedValue++) {
        for (const order of ['asc', 'desc'] as const) {
          const sort = { field: 'random', seed: seedValue, order } as const
          const ids = hitIds(await search(engine, { sort }))
          expect(ids, `seed ${seedValue} ${order}`).toEqual(expectedOrder(publicWorks, sort, order))
          expect(hitIds(await search(engine, { sort }))).toEqual(ids)
          orders.add(ids.join())
        }
      }
      expect(orders.size).toBe(2 * SHUFFLES)
      const again = await search(engine, { sort: { field: 'random', seed: SHUFFLES + 3 } })
      expect(hitIds(again)).toEqual(expectedOrder(publicWorks, { field: 'random', seed: 3 }, 'asc'))
    }),
    contractCase('sort: with filters and in the members scope', async (engine) => {
      await seed(engine)
      const greys = await search(engine, {
        tags: { fandom: { all: ["Grey's Anatomy"] } },
        sort: { field: 'kudos' },
      })
      expect(hitIds(greys)).toEqual(['ga-2', 'ga-1', 'ga-3', 'sh-4'])
      const members = FIXTURE_WORKS.filter((w) => w.visibility !== 'hidden')
      const words = await search(engine, { scope: 'members', sort: { field: 'words', order: 'asc' } })
      expect(hitIds(words)).toEqual(expectedOrder(members, 'words', 'asc'))
    }),
    contractCase('pagination: pages are consecutive slices of one stable order', async (engine) => {
      await seed(engine)
      const sort = { field: 'kudos', order: 'desc' } as const
      const full = hitIds(await search(engine, { sort }))
      const pages: string[] = []
      for (let page = 1; page <= 4; page++) {
        const result = await search(engine, { sort, page, perPage: 3 })
        expect(result).toMatchObject({ total: 10, page, perPage: 3, totalPages: 4 })
        expect(result.hits.length).toBe(page < 4 ? 3 : 1)
        pages.push(...hitIds(result))
      }
      expect(pages).toEqual(full)
    }),
    contractCase('pagination: a page past the end has no hits but the exact total', async (engine) => {
      await seed(engine)
      const result = await search(engine, { page: 5, perPage: 3 })
      expect(result).toMatchObject({ hits: [], total: 10, page: 5, perPage: 3, totalPages: 4 })
      const far = await search(engine, { page: 1000, perPage: 100 })
      expect(far).toMatchObject({ hits: [], total: 10, totalPages: 1 })
    }),
    contractCase(
      'pagination: one page when everything fits, one empty page when nothing matches',
      async (engine) => {
        await seed(engine)
        const all = await search(engine, { perPage: 10 })
        expect(all).toMatchObject({ total: 10, totalPages: 1 })
        expect(all.hits).toHaveLength(10)
        const none = await search(engine, { text: 'nothingmatchesthis' })
        expect(none).toMatchObject({ hits: [], total: 0, page: 1, totalPages: 1 })
      },
    ),
    contractCase('hits: carry the work without its text', async (engine) => {
      await seed(engine)
      const result = await search(engine, { text: 'marmalade' })
      const { text: _text, ...summary } = fixture('sh-1')
      expect(result.hits[0]?.work).toEqual(summary)
      expect(result.hits[0]?.work).not.toHaveProperty('text')
    }),
  ],
}
