/**
 * Facet counts and numeric stats: computed over every matching work (never just the page), grouped by
 * normalized value, sorted by count (descending) then normalized value (ascending, code point order), never
 * counting filter-only values. Which spelling of a group is shown is the engine's choice.
 * @module
 */
import { expect } from 'vitest'
import { normalizeFacet } from '../../../model/normalize-facet.js'
import type { Facet } from '../../../model/result.js'
import { type ContractGroup, contractCase, search, seed } from '../contract-case.js'
import { day } from '../fixtures.js'

/**
 * Compares facet values by their normalized form, since an engine may show any one spelling of a group
 * ("Fluff" or "fluff").
 */
export function expectFacets(actual: Facet | undefined, expected: [string, number][]): void {
  expect(actual?.values.map((f) => [normalizeFacet(f.value), f.count])).toEqual(
    expected.map(([value, count]) => [normalizeFacet(value), count]),
  )
  const spellings = actual?.values.map((f) => f.value) ?? []
  expect(new Set(spellings.map(normalizeFacet)).size).toBe(spellings.length)
}

export const facetsAndStats: ContractGroup = {
  title: 'facets and stats',
  cases: [
    contractCase('facets: counted over all matches, not the page', async (engine) => {
      await seed(engine)
      const result = await search(engine, { perPage: 1, facets: { kinds: ['freeform', 'fandom'] } })
      expect(result.hits).toHaveLength(1)
      expectFacets(result.facets.freeform, [
        ['fluff', 4],
        ['Angst', 3],
        ['Case Fic', 3],
        ['Friendship', 2],
        ['Slow Burn', 2],
        ['Crossover', 1],
        ['Road Trip', 1],
      ])
      expectFacets(result.facets.fandom, [
        ["Grey's Anatomy", 4],
        ['Sherlock (TV)', 4],
        ['Pokémon', 2],
        ['Pokemon', 1],
      ])
    }),
    contractCase('facets: only requested kinds are returned, each capped at the limit', async (engine) => {
      await seed(engine)
      const result = await search(engine, { facets: { kinds: ['freeform'], limit: 3 } })
      expect(Object.keys(result.facets)).toEqual(['freeform'])
      expectFacets(result.facets.freeform, [
        ['fluff', 4],
        ['Angst', 3],
        ['Case Fic', 3],
      ])
      const none = await search(engine, {})
      expect(none.facets).toEqual({})
    }),
    contractCase('facets: follow text and filters', async (engine) => {
      await seed(engine)
      const filtered = await search(engine, {
        tags: { fandom: { all: ['Sherlock (TV)'] } },
        facets: { kinds: ['character', 'rating'] },
      })
      expectFacets(filtered.facets.character, [
        ['Sherlock Holmes', 4],
        ['John Watson', 3],
        ['Molly Hooper', 2],
        ['Addison Montgomery', 1],
      ])
      expectFacets(filtered.facets.rating, [
        ['Explicit', 1],
        ['General Audiences', 1],
        ['Mature', 1],
        ['Not Rated', 1],
      ])
      const text = await search(engine, { text: 'harbor', facets: { kinds: ['fandom', 'era'] } })
      expectFacets(text.facets.fandom, [
        ['Sherlock (TV)', 2],
        ["Grey's Anatomy", 1],
      ])
      expectFacets(text.facets.era, [
        ['Series 1', 1],
        ['Series 2', 1],
      ])
    }),
    contractCase('facets: filter-only values are never counted', async (engine) => {
      await seed(engine)
      const result = await search(engine, {
        tags: { freeform: { all: ['Feel-Good'] } },
        facets: { kinds: ['freeform', 'relationship'] },
      })
      expectFacets(result.facets.freeform, [
        ['Angst', 2],
        ['Fluff', 1],
        ['Friendship', 1],
      ])
      expectFacets(result.facets.relationship, [
        ['Addison Montgomery & Mark Sloan', 1],
        ['Addison Montgomery/Derek Shepherd', 1],
        ['Ash Ketchum & Pikachu', 1],
      ])
    }),
    contractCase('facets: no matches gives empty lists', async (engine) => {
      await seed(engine)
      const result = await search(engine, {
        text: 'nothingmatchesthis',
        facets: { kinds: ['fandom', 'freeform'] },
      })
      expect(result.facets).toEqual({
        fandom: { values: [], more: false },
        freeform: { values: [], more: false },
      })
    }),
    contractCase('stats: min and max over all matches', async (engine) => {
      await seed(engine)
      const all = await search(engine, { perPage: 1, stats: ['words', 'kudos', 'chapters', 'updatedAt'] })
      expect(all.stats).toEqual({
        words: { min: 800, max: 120000 },
        kudos: { min: 0, max: 4000 },
        chapters: { min: 1, max: 40 },
        updatedAt: { min: day('2013-01-01'), max: day('2024-02-02') },
      })
      const pokemon = await search(engine, {
        tags: { fandom: { any: ['Pokémon'] } },
        stats: ['words', 'hits', 'comments', 'bookmarks', 'publishedAt'],
      })
      expect(pokemon.stats).toEqual({
        words: { min: 1200, max: 3000 },
        hits: { min: 2000, max: 9000 },
        comments: { min: 12, max: 40 },
        bookmarks: { min: 30, max: 80 },
        publishedAt: { min: day('2018-02-02'), max: day('2021-01-10') },
      })
    }),
    contractCase('stats: null when nothing matches', async (engine) => {
      await seed(engine)
      const result = await search(engine, { text: 'nothingmatchesthis', stats: ['words', 'kudos'] })
      expect(result.stats).toEqual({ words: null, kudos: null })
    }),
  ],
}
