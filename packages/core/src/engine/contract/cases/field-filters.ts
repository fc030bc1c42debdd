/**
 * Filters on plain fields: completion, language, authors and inclusive numeric and date ranges.
 * @module
 */
import { type ContractGroup, contractCase, expectSearch, seed } from '../contract-case.js'
import { day } from '../fixtures.js'

export const fieldFilters: ContractGroup = {
  title: 'field filters',
  cases: [
    contractCase('fields: complete', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { complete: true }, ['ga-1', 'ga-3', 'pk-1', 'pk-4', 'sh-1', 'sh-2', 'sh-4'])
      await expectSearch(engine, { complete: false }, ['ga-2', 'pk-2', 'sh-3'])
    }),
    contractCase('fields: languages match any, case-insensitively', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { languages: ['es'] }, ['ga-3'])
      await expectSearch(engine, { languages: ['fr', 'ES'] }, ['ga-3', 'pk-2'])
      await expectSearch(engine, { languages: ['en'] }, [
        'ga-1',
        'ga-2',
        'pk-1',
        'pk-4',
        'sh-1',
        'sh-2',
        'sh-3',
        'sh-4',
      ])
    }),
    contractCase('fields: authors match any, case-insensitively', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { authors: ['marigold'] }, ['ga-1', 'ga-3'])
      await expectSearch(engine, { authors: ['NIGHTJAR', ' violinist'] }, ['ga-2', 'ga-3', 'sh-3'])
      await expectSearch(engine, { authors: ['nobody'] }, [])
    }),
    contractCase('fields: counts ranges are inclusive, with either bound alone', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { ranges: { words: { min: 3000, max: 9500 } } }, [
        'pk-1',
        'pk-2',
        'sh-2',
        'sh-4',
      ])
      await expectSearch(engine, { ranges: { words: { min: 32000 } } }, ['ga-2', 'sh-1', 'sh-3'])
      await expectSearch(engine, { ranges: { words: { max: 1200 } } }, ['ga-1', 'ga-3', 'pk-4'])
      await expectSearch(engine, { ranges: { kudos: { min: 150, max: 620 } } }, [
        'ga-1',
        'pk-1',
        'pk-4',
        'sh-2',
      ])
      await expectSearch(engine, { ranges: { hits: { min: 9000 } } }, ['ga-2', 'pk-1', 'sh-1', 'sh-3'])
      await expectSearch(engine, { ranges: { comments: { max: 3 } } }, ['ga-3', 'pk-2', 'sh-4'])
      await expectSearch(engine, { ranges: { bookmarks: { min: 80, max: 300 } } }, ['ga-2', 'pk-1', 'sh-2'])
      await expectSearch(engine, { ranges: { chapters: { min: 2 } } }, [
        'ga-2',
        'pk-2',
        'sh-1',
        'sh-2',
        'sh-3',
        'sh-4',
      ])
      await expectSearch(engine, { ranges: { kudos: { min: 5000 } } }, [])
    }),
    contractCase('fields: date ranges are inclusive, with either bound alone', async (engine) => {
      await seed(engine)
      await expectSearch(
        engine,
        { ranges: { publishedAt: { min: day('2021-01-10'), max: day('2022-12-24') } } },
        ['ga-1', 'ga-3', 'pk-4', 'sh-4'],
      )
      await expectSearch(engine, { ranges: { updatedAt: { max: day('2013-03-03') } } }, ['sh-1', 'sh-2'])
      await expectSearch(engine, { ranges: { updatedAt: { min: day('2023-08-15') } } }, [
        'ga-2',
        'pk-2',
        'pk-4',
      ])
    }),
    contractCase('fields: ranges, fields and tags combine with AND', async (engine) => {
      await seed(engine)
      await expectSearch(
        engine,
        {
          complete: true,
          languages: ['en'],
          ranges: { words: { min: 1000 }, kudos: { max: 600 } },
          tags: { freeform: { exclude: ['Angst'] } },
        },
        ['pk-1', 'sh-4'],
      )
    }),
  ],
}
