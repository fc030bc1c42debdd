/**
 * Full-text search: which works a query text finds. Relevance order is engine-specific, so these cases
 * compare sets only. Engines search title, authors, summary, notes, the work's own tag names and its text,
 * require every query word (Meilisearch: `matchingStrategy: 'all'`), match the last word as a prefix,
 * ignore case and accents, and tolerate typos (0/1/2 for words of 1–4/5–8/9+ characters, none on the
 * first letter).
 * @module
 */
import { expect } from 'vitest'
import { type ContractGroup, contractCase, expectSearch, search, seed } from '../contract-case.js'
import { PUBLIC_IDS } from '../fixtures.js'

export const textSearch: ContractGroup = {
  title: 'text search',
  cases: [
    contractCase('text: a word in the title', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'Lighthouse' }, ['ga-1'])
    }),
    contractCase('text: a word in the summary', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'ferryboat' }, ['ga-2'])
    }),
    contractCase('text: a word in the text', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'marmalade' }, ['sh-1'])
    }),
    contractCase('text: a word in the notes and in tag names', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'exchange' }, ['sh-4'])
      await expectSearch(engine, { text: 'Ketchum' }, ['pk-1', 'pk-2', 'pk-4'])
    }),
    contractCase('text: case and accents are ignored', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'MARMALADE' }, ['sh-1'])
      await expectSearch(engine, { text: 'pokemon' }, ['pk-1', 'pk-2', 'pk-4'])
      await expectSearch(engine, { text: 'velo' }, ['pk-2'])
    }),
    contractCase('text: every word must match, across fields', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'lighthouse seattle' }, ['ga-1'])
      await expectSearch(engine, { text: 'quiet harbor' }, ['ga-3', 'sh-2'])
    }),
    contractCase('text: a quoted phrase matches adjacent words only', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: '"quiet harbor"' }, ['ga-3'])
    }),
    contractCase('text: the last word matches as a prefix, other words do not', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'lighth' }, ['ga-1'])
      await expectSearch(engine, { text: 'seattle marmal' }, [])
      await expectSearch(engine, { text: 'down marmal' }, ['sh-1'])
      await expectSearch(engine, { text: 'marmal down' }, [])
    }),
    contractCase('text: a minus sign excludes a word', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'harbor' }, ['ga-3', 'sh-1', 'sh-2'])
      await expectSearch(engine, { text: 'harbor -marmalade' }, ['ga-3', 'sh-2'])
      const withoutMarmalade = PUBLIC_IDS.filter((id) => id !== 'sh-1')
      await expectSearch(engine, { text: '-marmalade' }, withoutMarmalade)
    }),
    contractCase('text: typos are tolerated by word length, never on the first letter', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'Adison' }, ['ga-1', 'ga-2', 'ga-3', 'sh-4'])
      await expectSearch(engine, { text: 'Lighthose' }, ['ga-1'])
      await expectSearch(engine, { text: 'marmelade' }, ['sh-1'])
      // Four letters allow no typo; a first-letter typo costs two.
      await expectSearch(engine, { text: 'Msty' }, [])
      await expectSearch(engine, { text: 'Eddison' }, [])
    }),
    contractCase('text: input that is not valid query syntax is searched, never an error', async (engine) => {
      await seed(engine)
      for (const text of [
        '"',
        'harbor"',
        'AND',
        'OR harbor',
        'NOT',
        '(harbor',
        'harbor)',
        '*',
        'a:b',
        '^',
        '-',
        '""',
      ]) {
        const result = await search(engine, { text })
        expect(result.total).toBe(result.hits.length)
      }
      // Operators and syntax characters are plain text: `NOT` is a word, `*` a separator.
      await expectSearch(engine, { text: 'NOT marmalade' }, [])
      await expectSearch(engine, { text: 'marmalade*' }, ['sh-1'])
    }),
    contractCase('text: highlights mark the matches in title, summary and a text excerpt', async (engine) => {
      await seed(engine)
      const title = await search(engine, { text: 'lighthouse', highlight: true })
      expect(title.hits[0]?.highlights?.title).toContain('<mark>Lighthouse</mark>')
      const summary = await search(engine, { text: 'ferryboat', highlight: true })
      expect(summary.hits[0]?.highlights?.summary).toContain('<mark>ferryboat</mark>')
      const text = await search(engine, { text: 'marmalade', highlight: true })
      expect(text.hits[0]?.highlights?.text).toContain('<mark>marmalade</mark>')
      const plain = await search(engine, { text: 'marmalade' })
      expect(plain.hits[0]?.highlights).toBeUndefined()
    }),
  ],
}
