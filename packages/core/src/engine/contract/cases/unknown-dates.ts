/**
 * Unknown dates stay unknown. A work whose source gave no date has null `publishedAt`/`updatedAt`, and
 * a reader expects it neither to lead "newest first" nor to pass for new or old: it sorts after every
 * dated work in both directions (by id among the undated), no date range matches it, stats leave it
 * out, and cursor paging crosses from the dated works to the undated ones without a repeat or a gap.
 * @module
 */
import { expect } from 'vitest'
import type { SearchQueryInput } from '../../../model/query.js'
import type { Work } from '../../../model/work.js'
import { searchAfter } from '../../search-after.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, expectSearch, hitIds, search } from '../contract-case.js'
import { day, oneShot } from '../fixtures.js'

/** Two dated works around two undated ones (one with only an update date), ids chosen so ties show. */
const works: Work[] = [
  oneShot('d-old', { publishedAt: day('2015-05-05'), updatedAt: day('2016-06-06'), kudos: 5 }),
  oneShot('d-new', { publishedAt: day('2022-02-02'), updatedAt: day('2023-03-03'), kudos: 5 }),
  oneShot('u-b', { publishedAt: null, updatedAt: null, kudos: 5 }),
  oneShot('u-a', { publishedAt: null, updatedAt: day('2019-09-09'), kudos: 5 }),
]

async function load(engine: SearchEngine): Promise<void> {
  await engine.upsert(works)
}

async function follow(engine: SearchEngine, query: SearchQueryInput): Promise<string[]> {
  const ids: string[] = []
  let after: SearchQueryInput['after']
  for (let page = 1; page < 10; page++) {
    const result = await search(engine, { ...query, perPage: 1, ...(after ? { after } : {}) })
    const last = result.hits.at(-1)
    if (!last) return ids
    ids.push(last.work.id)
    after = searchAfter(last.work, { field: query.sort?.field ?? 'relevance', order: query.sort?.order })
  }
  throw new Error('the cursor never reached an empty page')
}

export const unknownDates: ContractGroup = {
  title: 'unknown dates',
  cases: [
    contractCase('unknown dates: stored and returned as null', async (engine) => {
      await load(engine)
      const work = await engine.get('u-b', 'public')
      expect(work?.publishedAt).toBeNull()
      expect(work?.updatedAt).toBeNull()
      const hit = (await search(engine, { sort: { field: 'published' } })).hits.find(
        (h) => h.work.id === 'u-b',
      )
      expect(hit?.work.publishedAt).toBeNull()
    }),
    contractCase('unknown dates: sort last in both directions, by id among themselves', async (engine) => {
      await load(engine)
      const order = async (query: SearchQueryInput) => hitIds(await search(engine, query))
      expect(await order({ sort: { field: 'published', order: 'desc' } })).toEqual([
        'd-new',
        'd-old',
        'u-a',
        'u-b',
      ])
      expect(await order({ sort: { field: 'published', order: 'asc' } })).toEqual([
        'd-old',
        'd-new',
        'u-a',
        'u-b',
      ])
      expect(await order({ sort: { field: 'updated', order: 'desc' } })).toEqual([
        'd-new',
        'u-a',
        'd-old',
        'u-b',
      ])
      expect(await order({ sort: { field: 'updated', order: 'asc' } })).toEqual([
        'd-old',
        'u-a',
        'd-new',
        'u-b',
      ])
      // Relevance without text orders by update time: the undated work is not "the newest".
      expect(await order({})).toEqual(['d-new', 'u-a', 'd-old', 'u-b'])
    }),
    contractCase('unknown dates: no date range matches them', async (engine) => {
      await load(engine)
      await expectSearch(engine, { ranges: { publishedAt: { min: day('2020-01-01') } } }, ['d-new'])
      await expectSearch(engine, { ranges: { publishedAt: { max: day('2020-01-01') } } }, ['d-old'])
      await expectSearch(engine, { ranges: { publishedAt: { min: 0 } } }, ['d-old', 'd-new'])
      await expectSearch(engine, { ranges: { updatedAt: { min: 0, max: day('2030-01-01') } } }, [
        'd-old',
        'd-new',
        'u-a',
      ])
      // A range on another field still finds them.
      await expectSearch(engine, { ranges: { kudos: { min: 5 } } }, ['d-old', 'd-new', 'u-a', 'u-b'])
    }),
    contractCase(
      'unknown dates: stats leave them out, and are null when no match has a date',
      async (engine) => {
        await load(engine)
        const all = await search(engine, { perPage: 1, stats: ['publishedAt', 'updatedAt'] })
        expect(all.stats).toEqual({
          publishedAt: { min: day('2015-05-05'), max: day('2022-02-02') },
          updatedAt: { min: day('2016-06-06'), max: day('2023-03-03') },
        })
        await engine.delete(['d-old', 'd-new'])
        const undated = await search(engine, { perPage: 1, stats: ['publishedAt', 'kudos'] })
        expect(undated.total).toBe(2)
        expect(undated.stats).toEqual({ publishedAt: null, kudos: { min: 5, max: 5 } })
      },
    ),
    contractCase('unknown dates: cursor pages cross into the undated works once each', async (engine) => {
      await load(engine)
      for (const order of ['asc', 'desc'] as const) {
        expect(await follow(engine, { sort: { field: 'published', order } }), order).toEqual(
          hitIds(await search(engine, { sort: { field: 'published', order } })),
        )
      }
      expect(await follow(engine, { sort: { field: 'published' } })).toEqual(['d-new', 'd-old', 'u-a', 'u-b'])
    }),
  ],
}
