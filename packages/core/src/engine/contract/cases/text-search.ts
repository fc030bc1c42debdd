/**
 * Full-text search: which works a query text finds. Relevance order is engine-specific, so these cases
 * compare sets only. Engines search title, authors, summary, notes, the work's own tag names and its text,
 * require every query word (Meilisearch: `matchingStrategy: 'all'`), match the last word as a prefix,
 * ignore case and accents, and tolerate typos (0/1/2 for words of 1–4/5–8/9+ characters, none on the
 * first letter). Highlights mark what matched the same way on every engine (see `text/highlight.ts`).
 * @module
 */
import { expect } from 'vitest'
import { FREE_TAG_KINDS, TAG_FIELD } from '../../../model/tag-kind.js'
import { QuerySyntaxError } from '../../text/query-syntax.js'
import { type ContractGroup, contractCase, expectIds, expectSearch, search, seed } from '../contract-case.js'
import { oneShot, PUBLIC_IDS } from '../fixtures.js'

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
    contractCase(
      'text: a misspelling that finds few works gets a "did you mean" from tag names',
      async (engine) => {
        await seed(engine)
        // Two typos in seven letters is past the tolerance: nothing matches, and the suggestion mends it.
        const misspelt = await search(engine, { text: 'derek shepard' })
        expectIds(misspelt, [])
        expect(misspelt.didYouMean).toBe('derek shepherd')
        expect((await search(engine, { text: 'derek shepherd' })).didYouMean).toBeUndefined()
        // A word the index holds is left alone, and so is a query nothing is close to.
        expect((await search(engine, { text: 'marmalade' })).didYouMean).toBeUndefined()
        expect((await search(engine, { text: 'zqxjkv' })).didYouMean).toBeUndefined()
      },
    ),
    contractCase('text: typos are tolerated by word length, never on the first letter', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'Adison' }, ['ga-1', 'ga-2', 'ga-3', 'sh-4'])
      await expectSearch(engine, { text: 'Lighthose' }, ['ga-1'])
      await expectSearch(engine, { text: 'marmelade' }, ['sh-1'])
      // Four letters allow no typo; a first-letter typo costs two.
      await expectSearch(engine, { text: 'Msty' }, [])
      await expectSearch(engine, { text: 'Eddison' }, [])
    }),
    contractCase('text: syntax characters other than the query syntax are plain text', async (engine) => {
      await seed(engine)
      for (const text of ['AND', 'NOT', '(harbor', 'harbor)', '*', 'a:b', '^', '-', '""']) {
        const result = await search(engine, { text })
        expect(result.total).toBe(result.hits.length)
      }
      // Operators and syntax characters are plain text: `NOT` is a word, `*` a separator.
      await expectSearch(engine, { text: 'NOT marmalade' }, [])
      await expectSearch(engine, { text: 'marmalade*' }, ['sh-1'])
    }),
    contractCase('text: a malformed query is a QuerySyntaxError that says where', async (engine) => {
      await seed(engine)
      for (const [text, position] of [
        ['"', 0],
        ['harbor "quiet', 7],
        ['OR harbor', 0],
        ['harbor OR', 7],
        ['title: harbor', 6],
      ] as const) {
        const error = await search(engine, { text }).catch((e: unknown) => e)
        expect(error, text).toBeInstanceOf(QuerySyntaxError)
        expect((error as QuerySyntaxError).position, text).toBe(position)
      }
    }),
    contractCase('text: OR finds works holding either term', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'marmalade OR lighthouse' }, ['ga-1', 'sh-1'])
      await expectSearch(engine, { text: 'harbor marmalade OR quiet' }, ['ga-3', 'sh-1', 'sh-2'])
    }),
    contractCase('text: a field scope confines a term to title, author, summary or tags', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { text: 'title:lighthouse' }, ['ga-1'])
      await expectSearch(engine, { text: 'summary:ferryboat' }, ['ga-2'])
      await expectSearch(engine, { text: 'title:ferryboat' }, [])
      await expectSearch(engine, { text: 'tag:ketchum' }, ['pk-1', 'pk-2', 'pk-4'])
      await expectSearch(engine, { text: 'title:marmalade OR summary:ferryboat' }, ['ga-2'])
    }),
    contractCase('text: the last word matches as a prefix even when it is a whole word', async (engine) => {
      await seed(engine)
      await engine.upsert([oneShot('extra', { title: 'Ferryboatfeelings' })])
      await expectSearch(engine, { text: 'ferry' }, ['extra', 'ga-2'])
    }),
    contractCase(
      'text: a typo is judged on the query word alone, not on what other works hold',
      async (engine) => {
        await seed(engine)
        await engine.upsert([oneShot('extra', { title: 'The Harbour Lights' })])
        // "harbor" is in other works' texts; "harbour" is still one typo away from it.
        await expectSearch(engine, { text: 'harbor' }, ['extra', 'ga-3', 'sh-1', 'sh-2'])
      },
    ),
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
    contractCase(
      'text: highlights mark the word in every hit whose title, summary or tags contain it',
      async (engine) => {
        await seed(engine)
        const result = await search(engine, { text: 'addison', highlight: true })
        expectIds(result, ['ga-1', 'ga-2', 'ga-3', 'sh-4'])
        const mark = '<mark>Addison</mark>'
        for (const { work, highlights } of result.hits) {
          if (/\baddison\b/i.test(work.summary)) expect(highlights?.summary, work.id).toContain(mark)
          for (const kind of FREE_TAG_KINDS) {
            work[TAG_FIELD[kind]].forEach((tag, i) => {
              if (/\baddison\b/i.test(tag)) expect(highlights?.tags?.[kind]?.[i], work.id).toContain(mark)
            })
          }
        }
        const byId = new Map(result.hits.map((hit) => [hit.work.id, hit.highlights]))
        expect(byId.get('ga-3')?.summary).toBe('Bailey y <mark>Addison</mark> en el turno de noche.')
        expect(byId.get('sh-4')).toEqual({
          title: 'Crossing Over',
          summary: 'Seattle meets London.',
          tags: {
            relationship: ['<mark>Addison</mark> Montgomery &amp; Sherlock Holmes'],
            character: ['<mark>Addison</mark> Montgomery', 'Sherlock Holmes'],
          },
        })
      },
    ),
    contractCase(
      'text: highlights mark prefixes, typos and phrases as the search matched them',
      async (engine) => {
        await seed(engine)
        const prefix = await search(engine, { text: 'lighth', highlight: true })
        expect(prefix.hits[0]?.highlights?.title).toBe('The <mark>Lighthouse</mark> Keeper')
        const typo = await search(engine, { text: 'Adison', highlight: true })
        for (const hit of typo.hits) {
          expect(hit.highlights?.tags?.character?.join(), hit.work.id).toContain('<mark>Addison</mark>')
        }
        const phrase = await search(engine, { text: '"quiet harbor"', highlight: true })
        expect(phrase.hits[0]?.highlights?.text).toContain('<mark>quiet harbor</mark>')
        const excluded = await search(engine, { text: 'harbor -marmalade', highlight: true })
        for (const hit of excluded.hits) expect(hit.highlights?.text).not.toContain('<mark>marmalade')
      },
    ),
    contractCase('text: each hit’s excerpt comes from its own text', async (engine) => {
      await seed(engine)
      const result = await search(engine, { text: 'harbor', highlight: true })
      const excerpts = new Map(result.hits.map((hit) => [hit.work.id, hit.highlights?.text]))
      expect(excerpts.get('ga-3')).toContain('walked to the quiet <mark>harbor</mark> at dawn')
      expect(excerpts.get('sh-1')).toContain('Down at the <mark>harbor</mark> a boat waited')
      expect(excerpts.get('sh-2')).toContain('The <mark>harbor</mark> was never quiet after midnight')
    }),
    contractCase('text: the excerpt is cropped to about thirty words around the match', async (engine) => {
      const words = (from: number, count: number) =>
        Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ')
      await engine.upsert([
        oneShot('long', { text: [{ body: `${words(0, 100)} the lantern burned ${words(100, 100)}` }] }),
      ])
      const result = await search(engine, { text: 'lantern', highlight: true })
      const excerpt = result.hits[0]?.highlights?.text ?? ''
      expect(excerpt).toContain('the <mark>lantern</mark> burned')
      expect(excerpt.startsWith('…')).toBe(true)
      expect(excerpt.endsWith('…')).toBe(true)
      const kept = excerpt.split(/\s+/).length
      expect(kept).toBeGreaterThanOrEqual(20)
      expect(kept).toBeLessThanOrEqual(36)
    }),
  ],
}
