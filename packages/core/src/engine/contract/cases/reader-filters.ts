/**
 * The filters readers ask AO3 for and it lacks or fakes: crossovers (include, exclude, only), muting
 * authors and works on the server, the main relationship (a work's first), and one-shots.
 * @module
 */
import { expect } from 'vitest'
import { type ContractGroup, contractCase, expectSearch, hitIds, search, seed } from '../contract-case.js'
import { PUBLIC_IDS } from '../fixtures.js'

const without = (...ids: string[]): string[] => PUBLIC_IDS.filter((id) => !ids.includes(id))

export const readerFilters: ContractGroup = {
  title: 'reader filters',
  cases: [
    contractCase('crossover: include (the default), exclude, only', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { crossover: 'include' }, PUBLIC_IDS)
      await expectSearch(engine, { crossover: 'exclude' }, without('sh-4'))
      await expectSearch(engine, { crossover: 'only' }, ['sh-4'])
      await expectSearch(engine, { crossover: 'only', tags: { fandom: { all: ["Grey's Anatomy"] } } }, [
        'sh-4',
      ])
      await expectSearch(
        engine,
        { crossover: 'only', scope: 'all', tags: { fandom: { all: ['Pokémon'] } } },
        [],
      )
    }),
    contractCase(
      'author_not: mutes authors, case-insensitively; works without authors stay',
      async (engine) => {
        await seed(engine)
        await expectSearch(engine, { excludeAuthors: ['marigold'] }, without('ga-1', 'ga-3'))
        await expectSearch(
          engine,
          { excludeAuthors: ['NIGHTJAR', 'bakerstreet'] },
          without('ga-2', 'ga-3', 'sh-1', 'sh-2'),
        )
        await expectSearch(engine, { excludeAuthors: ['nobody'] }, PUBLIC_IDS)
        await expectSearch(engine, { authors: ['nightjar'], excludeAuthors: ['marigold'] }, ['ga-2'])
        // Muting combines with text and with the text's own exclusions.
        await expectSearch(engine, { text: 'harbor', excludeAuthors: ['marigold'] }, ['sh-1', 'sh-2'])
        await expectSearch(engine, { text: 'harbor -quiet', excludeAuthors: ['marigold'] }, ['sh-1'])
      },
    ),
    contractCase('id_not: never these works, whatever else matches', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { excludeIds: ['ga-1', 'sh-2', 'no-such-work'] }, without('ga-1', 'sh-2'))
      await expectSearch(engine, { text: 'harbor', excludeIds: ['sh-1'] }, ['ga-3', 'sh-2'])
      const sorted = await search(engine, { excludeIds: ['pk-1'], sort: { field: 'kudos' }, perPage: 3 })
      expect(hitIds(sorted)).not.toContain('pk-1')
      expect(sorted.total).toBe(PUBLIC_IDS.length - 1)
    }),
    contractCase('main_relationship: the first relationship only, any of several', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { mainRelationships: ['Addison Montgomery/Derek Shepherd'] }, ['ga-1'])
      // ga-1's second relationship is not its main one.
      await expectSearch(engine, { mainRelationships: ['Addison Montgomery & Mark Sloan'] }, [])
      await expectSearch(engine, { mainRelationships: ['john watson/sherlock holmes'] }, ['sh-1', 'sh-3'])
      // sh-3's second relationship is not its main one.
      await expectSearch(engine, { mainRelationships: ['Molly Hooper/Sherlock Holmes'] }, [])
      await expectSearch(engine, { mainRelationships: ['Ash Ketchum & Pikachu', 'Ash Ketchum/Misty'] }, [
        'pk-1',
        'pk-2',
        'pk-4',
      ])
      await expectSearch(engine, { mainRelationships: ['Brock/Misty'], scope: 'all' }, ['pk-3'])
    }),
    contractCase('single_chapter: one-shots (one chapter, complete), or every other work', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { singleChapter: true }, ['ga-1', 'ga-3', 'pk-1', 'pk-4'])
      await expectSearch(engine, { singleChapter: false }, ['ga-2', 'pk-2', 'sh-1', 'sh-2', 'sh-3', 'sh-4'])
      // pk-3 has one chapter but is not complete.
      await expectSearch(
        engine,
        { singleChapter: true, scope: 'all', tags: { fandom: { all: ['Pokémon'] } } },
        ['pk-1', 'pk-4'],
      )
    }),
  ],
}
