/**
 * Cursor pagination: search-after on the sort key and the id (`engine/search-after.ts`). Following
 * cursors visits every matching work once in the sort's order, and a work deleted between two pages
 * makes the next page neither repeat a work nor skip one.
 * @module
 */
import { expect } from 'vitest'
import { type SearchQueryInput, SORT_FIELDS } from '../../../model/query.js'
import { searchAfter } from '../../search-after.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, hitIds, search, seed } from '../contract-case.js'
import { expectedOrder } from '../expected-order.js'
import { FIXTURE_WORKS } from '../fixtures.js'

const publicWorks = FIXTURE_WORKS.filter((w) => w.visibility === 'public')

/** Every id, page after page, following the cursor; `between` runs after each page. */
async function follow(
  engine: SearchEngine,
  query: SearchQueryInput,
  between: (page: number) => Promise<void> = async () => {},
): Promise<string[]> {
  const ids: string[] = []
  let after: SearchQueryInput['after']
  for (let page = 1; page < 20; page++) {
    const result = await search(engine, { ...query, perPage: 3, ...(after ? { after } : {}) })
    ids.push(...hitIds(result))
    const last = result.hits.at(-1)
    if (!last) return ids
    after = searchAfter(last.work, { field: query.sort?.field ?? 'relevance', order: query.sort?.order })
    await between(page)
  }
  throw new Error('the cursor never reached an empty page')
}

export const cursor: ContractGroup = {
  title: 'cursor pagination',
  cases: [
    contractCase(
      'cursor: pages after pages visit every work once, for every sort and direction',
      async (engine) => {
        await seed(engine)
        for (const field of SORT_FIELDS) {
          for (const order of ['asc', 'desc'] as const) {
            const ids = await follow(engine, { sort: { field, order } })
            expect(ids, `${field} ${order}`).toEqual(expectedOrder(publicWorks, field, order))
          }
        }
      },
    ),
    contractCase(
      'cursor: a work deleted between two pages is neither repeated nor skipped',
      async (engine) => {
        await seed(engine)
        const order = expectedOrder(publicWorks, 'kudos', 'desc')
        // After page 1: delete a work already seen (the page's first) and one not yet seen (page 2's second).
        const seen = order[0] as string
        const unseen = order[4] as string
        const ids = await follow(engine, { sort: { field: 'kudos' } }, async (page) => {
          if (page === 1) await engine.delete([seen, unseen])
        })
        expect(ids).toEqual(order.filter((id) => id !== unseen))
        expect(new Set(ids).size).toBe(ids.length)
      },
    ),
    contractCase('cursor: filters and text still apply after the cursor', async (engine) => {
      await seed(engine)
      const greys = { tags: { fandom: { all: ["Grey's Anatomy"] } }, sort: { field: 'title' as const } }
      const all = hitIds(await search(engine, { ...greys, perPage: 50 }))
      expect(await follow(engine, greys)).toEqual(all)
      const text = { text: 'harbor', sort: { field: 'words' as const } }
      expect(await follow(engine, text)).toEqual(hitIds(await search(engine, { ...text, perPage: 50 })))
    }),
  ],
}
