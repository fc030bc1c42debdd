/**
 * Filters on plain fields: completion, language, authors and inclusive numeric and date ranges.
 * @module
 */
import { expect } from 'vitest'
import { type ContractGroup, contractCase, expectIds, expectSearch, search, seed } from '../contract-case.js'
import { day } from '../fixtures.js'

export const fieldFilters: ContractGroup = {
  title: 'field filters',
  cases: [
    contractCase('fields: complete', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { complete: true }, ['ga-1', 'ga-3', 'pk-1', 'pk-4', 'sh-1', 'sh-2', 'sh-4'])
      await expectSearch(engine, { complete: false }, ['ga-2', 'pk-2', 'sh-3'])
    }),
    contractCase(
      'fields: the language facet counts case-folded codes, disjunctively when filtered',
      async (engine) => {
        await seed(engine)
        const everyLanguage = {
          values: [
            { value: 'en', count: 8 },
            { value: 'es', count: 1 },
            { value: 'fr', count: 1 },
          ],
          more: false,
        }
        const all = await search(engine, { facets: { kinds: ['language', 'rating'] } })
        expect(all.facets.language).toEqual(everyLanguage)
        const top = await search(engine, { facets: { kinds: ['language'], limit: 1 } })
        expect(top.facets.language).toEqual({ values: [{ value: 'en', count: 8 }], more: true })
        // Filtered by language, the facet still offers the others with what each would find.
        const spanish = await search(engine, { languages: ['es'], facets: { kinds: ['language'] } })
        expectIds(spanish, ['ga-3'])
        expect(spanish.facets.language).toEqual(everyLanguage)
        // Other filters narrow it; the restricted work counts for members only.
        const complete = await search(engine, { complete: false, facets: { kinds: ['language'] } })
        expect(complete.facets.language?.values).toEqual([
          { value: 'en', count: 2 },
          { value: 'fr', count: 1 },
        ])
        const members = await search(engine, { scope: 'members', facets: { kinds: ['language'] } })
        expect(members.facets.language?.values[0]).toEqual({ value: 'en', count: 9 })
      },
    ),
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
