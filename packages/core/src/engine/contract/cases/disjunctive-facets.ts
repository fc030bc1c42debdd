/**
 * Facets as a faceted search page needs them: a kind filtered with any-of values is counted as if its
 * own any-of filter were absent (every other condition applied), so the values not chosen yet keep the
 * counts they would have if chosen (InstantSearch's disjunctive facets); and every facet says whether
 * it has more values than the limit let through.
 *
 * The works are in the four fandoms of the sample corpus, three of them crossovers.
 * @module
 */
import { expect } from 'vitest'
import type { SearchQueryInput } from '../../../model/query.js'
import type { Work } from '../../../model/work.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, expectIds, search, seed } from '../contract-case.js'
import { oneShot } from '../fixtures.js'
import { expectFacets } from './facets-and-stats.js'

const GREYS = "Grey's Anatomy"
const PRACTICE = 'Private Practice'
const PRIDE = 'Pride and Prejudice - Jane Austen'
const TREK = 'Star Trek: The Original Series'

const work = (id: string, fandoms: string[], fields: Partial<Work> = {}) =>
  oneShot(id, { fandoms, ...fields })

/** Public: Grey's Anatomy 4 works, Private Practice 4, Pride and Prejudice 2, Star Trek 2. */
const FANDOM_WORKS: Work[] = [
  work('ga-1', [GREYS], { rating: 'Mature', freeforms: ['Angst'] }),
  work('ga-2', [GREYS], { rating: 'Teen And Up Audiences', freeforms: ['Fluff'] }),
  work('ga-pp', [GREYS, PRACTICE], { rating: 'Mature', freeforms: ['Angst'] }),
  work('pp-1', [PRACTICE], { rating: 'Mature', freeforms: ['Angst', 'Fluff'] }),
  work('pp-2', [PRACTICE], { rating: 'General Audiences' }),
  work('pnp-1', [PRIDE], { rating: 'General Audiences', freeforms: ['Fluff'] }),
  work('pnp-pp', [PRIDE, PRACTICE], { rating: 'Mature' }),
  work('st-1', [TREK], { rating: 'Teen And Up Audiences' }),
  work('st-ga', [TREK, GREYS], { rating: 'Mature', freeforms: ['Angst'] }),
  work('hidden-sh', ['Sherlock (TV)'], { visibility: 'hidden' }),
]

async function loaded(engine: SearchEngine): Promise<SearchEngine> {
  await engine.upsert(FANDOM_WORKS)
  return engine
}

const FANDOMS: SearchQueryInput['facets'] = { kinds: ['fandom', 'rating'] }

export const disjunctiveFacets: ContractGroup = {
  title: 'disjunctive facets',
  cases: [
    contractCase(
      "disjunctive: with fandom any-of Grey's Anatomy, the other fandoms keep the counts they would have if chosen",
      async (engine) => {
        await loaded(engine)
        const chosen = await search(engine, { tags: { fandom: { any: [GREYS] } }, facets: FANDOMS })
        expectIds(chosen, ['ga-1', 'ga-2', 'ga-pp', 'st-ga'])
        const fandoms: [string, number][] = [
          [GREYS, 4],
          [PRACTICE, 4],
          [PRIDE, 2],
          [TREK, 2],
        ]
        expectFacets(chosen.facets.fandom, fandoms)
        // Each count is what choosing that fandom alone finds.
        for (const [fandom, count] of fandoms) {
          const alone = await search(engine, { tags: { fandom: { any: [fandom] } } })
          expect(alone.total, fandom).toBe(count)
        }
        // Other kinds count the works the filter finds.
        expectFacets(chosen.facets.rating, [
          ['Mature', 3],
          ['Teen And Up Audiences', 1],
        ])
        // A second value widens the hits; the fandom counts stay.
        const two = await search(engine, { tags: { fandom: { any: [GREYS, PRIDE] } }, facets: FANDOMS })
        expectIds(two, ['ga-1', 'ga-2', 'ga-pp', 'st-ga', 'pnp-1', 'pnp-pp'])
        expectFacets(two.facets.fandom, fandoms)
      },
    ),
    contractCase(
      'disjunctive: every other condition still applies, and the kind’s own all-of and exclude filters',
      async (engine) => {
        await loaded(engine)
        const rated = await search(engine, {
          tags: { fandom: { any: [GREYS] }, rating: { all: ['Mature'] } },
          facets: FANDOMS,
        })
        expectIds(rated, ['ga-1', 'ga-pp', 'st-ga'])
        expectFacets(rated.facets.fandom, [
          [GREYS, 3],
          [PRACTICE, 3],
          [PRIDE, 1],
          [TREK, 1],
        ])
        // The rating filter is all-of, so its own facet counts the hits.
        expectFacets(rated.facets.rating, [['Mature', 3]])

        const narrowed = await search(engine, {
          tags: { fandom: { any: [GREYS, PRIDE], exclude: [PRACTICE] }, freeform: { any: ['Angst'] } },
          facets: { kinds: ['fandom', 'freeform'] },
        })
        expectIds(narrowed, ['ga-1', 'st-ga'])
        expectFacets(narrowed.facets.fandom, [
          [GREYS, 2],
          [TREK, 1],
        ])
        expectFacets(narrowed.facets.freeform, [
          ['Angst', 2],
          ['Fluff', 2],
        ])
      },
    ),
    contractCase('disjunctive: follows the text and the scope', async (engine) => {
      await seed(engine)
      const text = await search(engine, {
        text: 'harbor',
        tags: { fandom: { any: ['Sherlock (TV)'] } },
        facets: { kinds: ['fandom'] },
      })
      expectIds(text, ['sh-1', 'sh-2'])
      expectFacets(text.facets.fandom, [
        ['Sherlock (TV)', 2],
        ["Grey's Anatomy", 1],
      ])
      const members = await search(engine, {
        text: 'harbor',
        scope: 'members',
        tags: { fandom: { any: ['Sherlock (TV)'] } },
        facets: { kinds: ['fandom'] },
      })
      expectFacets(members.facets.fandom, [
        ["Grey's Anatomy", 2],
        ['Sherlock (TV)', 2],
      ])
    }),
    contractCase('facets: each says whether more values exist beyond the limit', async (engine) => {
      await loaded(engine)
      const cut = await search(engine, { facets: { kinds: ['fandom', 'rating', 'freeform'], limit: 2 } })
      expect(cut.facets.fandom?.more).toBe(true)
      expect(cut.facets.fandom?.values).toHaveLength(2)
      expect(cut.facets.rating?.more).toBe(true)
      expect(cut.facets.freeform).toEqual({
        values: [
          { value: 'Angst', count: 4 },
          { value: 'Fluff', count: 3 },
        ],
        more: false,
      })
      // The hidden work's fandom is no fifth value for the public.
      const exact = await search(engine, { facets: { kinds: ['fandom'], limit: 4 } })
      expect(exact.facets.fandom?.more).toBe(false)
      const all = await search(engine, { scope: 'all', facets: { kinds: ['fandom'], limit: 4 } })
      expect(all.facets.fandom?.more).toBe(true)
      const disjunctive = await search(engine, {
        tags: { fandom: { any: [TREK] } },
        facets: { kinds: ['fandom'], limit: 3 },
      })
      expect(disjunctive.facets.fandom?.more).toBe(true)
    }),
  ],
}
