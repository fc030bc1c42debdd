/**
 * Facet value search: the values of one kind among the works a search finds, matching what a user types
 * into a facet's search box (a prefix of the value or of one of its words, typos allowed by word length),
 * with the counts the facet would show: disjunctive for the kind's own any-of values, visible works only.
 * @module
 */
import { expect } from 'vitest'
import { type FacetSearch, parseQuery, type SearchQueryInput } from '../../../model/query.js'
import type { FacetSearchResult } from '../../../model/result.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, seed } from '../contract-case.js'

function searchFacet(
  engine: SearchEngine,
  input: SearchQueryInput,
  kind: FacetSearch['kind'],
  text: string,
  limit = 10,
  alsoMatching?: string[],
): Promise<FacetSearchResult> {
  return engine.searchFacet(parseQuery(input), { kind, text, limit, alsoMatching })
}

async function expectValues(
  found: Promise<FacetSearchResult>,
  values: [string, number][],
  more = false,
): Promise<void> {
  const result = await found
  expect(result.values.map((v) => [v.value, v.count])).toEqual(values)
  expect(result.more).toBe(more)
}

export const facetSearch: ContractGroup = {
  title: 'facet value search',
  cases: [
    contractCase(
      'facet search: finds values by their start or a word’s start, with counts',
      async (engine) => {
        await seed(engine)
        await expectValues(searchFacet(engine, {}, 'character', 'add'), [['Addison Montgomery', 4]])
        await expectValues(searchFacet(engine, {}, 'character', 'HOLM'), [['Sherlock Holmes', 4]])
        await expectValues(searchFacet(engine, {}, 'character', 'm'), [
          ['Addison Montgomery', 4],
          ['Molly Hooper', 2],
          ['Mark Sloan', 1],
          ['Meredith Grey', 1],
          ['Miranda Bailey', 1],
          ['Misty', 1],
        ])
        await expectValues(searchFacet(engine, {}, 'relationship', 'ketch'), [
          ['Ash Ketchum & Pikachu', 2],
          ['Ash Ketchum/Misty', 1],
        ])
      },
    ),
    contractCase(
      'facet search: tolerates typos by word length, never on the first letter',
      async (engine) => {
        await seed(engine)
        await expectValues(searchFacet(engine, {}, 'character', 'sherlok'), [['Sherlock Holmes', 4]])
        await expectValues(searchFacet(engine, {}, 'character', 'pikacu'), [['Pikachu', 2]])
        await expectValues(searchFacet(engine, {}, 'character', 'msty'), [])
        await expectValues(searchFacet(engine, {}, 'character', 'wikachu'), [])
      },
    ),
    contractCase(
      'facet search: looks among the works the search finds, its own kind counted disjunctively',
      async (engine) => {
        await seed(engine)
        await expectValues(searchFacet(engine, { text: 'harbor' }, 'character', 'j'), [['John Watson', 2]])
        await expectValues(searchFacet(engine, { text: 'harbor' }, 'character', 'add'), [
          ['Addison Montgomery', 1],
        ])
        const john = { tags: { character: { any: ['John Watson'] } } }
        await expectValues(searchFacet(engine, john, 'fandom', ''), [['Sherlock (TV)', 3]])
        await expectValues(searchFacet(engine, john, 'character', 'mo'), [
          ['Addison Montgomery', 4],
          ['Molly Hooper', 2],
        ])
        const sherlock = { tags: { ...john.tags, fandom: { all: ['Sherlock (TV)'] } } }
        await expectValues(searchFacet(engine, sherlock, 'character', 'mo'), [
          ['Molly Hooper', 2],
          ['Addison Montgomery', 1],
        ])
      },
    ),
    contractCase('facet search: counts only the works the scope may see', async (engine) => {
      await seed(engine)
      await expectValues(searchFacet(engine, {}, 'character', 'cri'), [])
      await expectValues(searchFacet(engine, { scope: 'members' }, 'character', 'cri'), [
        ['Cristina Yang', 1],
      ])
      await expectValues(searchFacet(engine, { scope: 'members' }, 'character', 'mer'), [
        ['Meredith Grey', 2],
      ])
      await expectValues(searchFacet(engine, { scope: 'members' }, 'character', 'bro'), [])
      await expectValues(searchFacet(engine, { scope: 'all' }, 'character', 'bro'), [['Brock', 1]])
    }),
    contractCase(
      'facet search: nothing typed lists the most common values; more says the limit cut',
      async (engine) => {
        await seed(engine)
        await expectValues(
          searchFacet(engine, {}, 'character', '', 3),
          [
            ['Addison Montgomery', 4],
            ['Sherlock Holmes', 4],
            ['John Watson', 3],
          ],
          true,
        )
        await expectValues(searchFacet(engine, {}, 'character', 'add', 1), [['Addison Montgomery', 4]])
        await expectValues(searchFacet(engine, { text: 'nothingmatchesthis' }, 'character', ''), [])
      },
    ),
    contractCase('facet search: values the caller names match whatever the text', async (engine) => {
      await seed(engine)
      await expectValues(
        searchFacet(engine, {}, 'relationship', 'addek', 10, ['addison montgomery/derek shepherd']),
        [['Addison Montgomery/Derek Shepherd', 1]],
      )
      await expectValues(searchFacet(engine, {}, 'character', 'doc', 10, ['Sherlock Holmes', 'Nobody']), [
        ['Sherlock Holmes', 4],
      ])
    }),
  ],
}
