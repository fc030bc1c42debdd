/**
 * Tag filters: include-all, include-any and exclude per kind, with Meilisearch's equality rule
 * (trim, NFKD, lowercase: case-insensitive, accent-sensitive) and the wrangler's filter-only values.
 * @module
 */
import { type ContractGroup, contractCase, expectSearch, seed } from '../contract-case.js'
import { PUBLIC_IDS } from '../fixtures.js'

const publicExcept = (...ids: string[]) => PUBLIC_IDS.filter((id) => !ids.includes(id))

export const tagFilters: ContractGroup = {
  title: 'tag filters',
  cases: [
    contractCase('tags: include-all needs every value', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { character: { all: ['Addison Montgomery', 'Derek Shepherd'] } } }, [
        'ga-1',
        'ga-2',
      ])
      await expectSearch(engine, { tags: { relationship: { all: ['John Watson/Sherlock Holmes'] } } }, [
        'sh-1',
        'sh-3',
      ])
      await expectSearch(engine, { tags: { character: { all: ['Pikachu', 'Misty'] } } }, [])
    }),
    contractCase('tags: include-any needs one value', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { character: { any: ['Misty', 'Molly Hooper'] } } }, [
        'pk-2',
        'sh-2',
        'sh-3',
      ])
      await expectSearch(engine, { tags: { era: { any: ['Season 3', 'Series 1', 'No Such Era'] } } }, [
        'ga-2',
        'sh-1',
      ])
    }),
    contractCase('tags: an unknown value matches nothing', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { freeform: { all: ['No Such Tag'] } } }, [])
      await expectSearch(engine, { tags: { freeform: { any: ['No Such Tag'] } } }, [])
      await expectSearch(engine, { tags: { freeform: { exclude: ['No Such Tag'] } } }, PUBLIC_IDS)
    }),
    contractCase('tags: kinds and modes combine with AND', async (engine) => {
      await seed(engine)
      await expectSearch(
        engine,
        {
          tags: {
            character: { any: ['John Watson', 'Pikachu'] },
            freeform: { all: ['Friendship'] },
          },
        },
        ['pk-1', 'pk-4'],
      )
      await expectSearch(
        engine,
        {
          tags: {
            fandom: { all: ["Grey's Anatomy", 'Sherlock (TV)'] },
            character: { any: ['Sherlock Holmes'] },
          },
        },
        ['sh-4'],
      )
    }),
    contractCase('tags: exclusion keeps works lacking the kind', async (engine) => {
      await seed(engine)
      await expectSearch(
        engine,
        { tags: { freeform: { exclude: ['Angst'] } } },
        publicExcept('ga-1', 'pk-4', 'sh-1'),
      )
      await expectSearch(engine, { tags: { era: { exclude: ['Season 1', 'Original Series'] } } }, [
        'ga-2',
        'ga-3',
        'sh-1',
        'sh-2',
        'sh-3',
        'sh-4',
      ])
    }),
    contractCase('tags: exclusion combines with includes', async (engine) => {
      await seed(engine)
      await expectSearch(
        engine,
        { tags: { fandom: { all: ["Grey's Anatomy"] }, freeform: { exclude: ['Angst'] } } },
        ['ga-2', 'ga-3', 'sh-4'],
      )
      await expectSearch(engine, { tags: { freeform: { any: ['Fluff'], exclude: ['fluff'] } } }, [])
    }),
    contractCase('tags: values match case-insensitively after trimming', async (engine) => {
      await seed(engine)
      const fluff = ['ga-1', 'ga-2', 'pk-1', 'sh-3']
      await expectSearch(engine, { tags: { freeform: { all: ['Fluff'] } } }, fluff)
      await expectSearch(engine, { tags: { freeform: { all: ['  FLUFF '] } } }, fluff)
      await expectSearch(engine, { tags: { fandom: { any: ['POKÉMON'] } } }, ['pk-1', 'pk-4'])
    }),
    contractCase('tags: values match accent-sensitively, in any Unicode normal form', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { fandom: { any: ['Pokémon'] } } }, ['pk-1', 'pk-4'])
      await expectSearch(engine, { tags: { fandom: { any: ['Poke\u0301mon'] } } }, ['pk-1', 'pk-4'])
      await expectSearch(engine, { tags: { fandom: { any: ['Pokemon'] } } }, ['pk-2'])
      await expectSearch(engine, { scope: 'all', tags: { fandom: { any: ['Pokémon'] } } }, [
        'pk-1',
        'pk-3',
        'pk-4',
      ])
    }),
    contractCase('tags: filter-only values (filterTags) match in filters', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { freeform: { all: ['Feel-Good'] } } }, ['ga-1', 'pk-4'])
      await expectSearch(engine, { tags: { relationship: { any: ['addison/derek'] } } }, ['ga-1'])
      await expectSearch(
        engine,
        { tags: { freeform: { exclude: ['feel-good'] } } },
        publicExcept('ga-1', 'pk-4'),
      )
    }),
    contractCase('tags: rating, warnings and categories filter like any kind', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { rating: { any: ['Mature'] } } }, ['ga-2', 'sh-1'])
      await expectSearch(engine, { tags: { rating: { any: ['General Audiences', 'Not Rated'] } } }, [
        'ga-3',
        'pk-1',
        'pk-4',
        'sh-2',
        'sh-4',
      ])
      await expectSearch(engine, { tags: { rating: { exclude: ['Explicit'] } } }, publicExcept('sh-3'))
      await expectSearch(
        engine,
        { tags: { warning: { all: ['Graphic Depictions Of Violence', 'Major Character Death'] } } },
        ['sh-1'],
      )
      await expectSearch(
        engine,
        { tags: { warning: { exclude: ['Major Character Death'] } } },
        publicExcept('sh-1'),
      )
      await expectSearch(engine, { tags: { category: { any: ['M/M'] } } }, ['sh-1', 'sh-3'])
      await expectSearch(engine, { tags: { category: { all: ['F/M', 'Gen'] } } }, ['ga-1'])
    }),
  ],
}
