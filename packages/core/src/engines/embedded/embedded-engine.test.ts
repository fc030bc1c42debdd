import { mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS, fixture, runEngineContract } from '../../engine/contract/index.js'
import { SchemaVersionError } from '../../engine/errors.js'
import { searchAfter } from '../../engine/search-after.js'
import { CATEGORIES, type Category, RATINGS, WARNINGS, type Warning } from '../../model/ao3.js'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import type { TagKind } from '../../model/tag-kind.js'
import { Work } from '../../model/work.js'
import { tagTokenText, visibilityToken } from './filter-tokens.js'
import { type EmbeddedEngine, openEmbeddedEngine, SCHEMA_VERSION } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-embedded-'))
let files = 0
const newPath = () => join(dir, `engine-${++files}.db`)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

runEngineContract('embedded', async () => openEmbeddedEngine({ path: newPath() }))

/** A small work built on a fixture, with the fields a case cares about. */
const work = (id: string, fields: Partial<Work>): Work => Work.parse({ ...fixture('sh-2'), id, ...fields })

async function withEngine(run: (engine: EmbeddedEngine) => Promise<void>, path = newPath()): Promise<void> {
  const engine = openEmbeddedEngine({ path })
  try {
    await run(engine)
  } finally {
    await engine.close()
  }
}

const ids = async (engine: EmbeddedEngine, input: SearchQueryInput) =>
  (await engine.search(parseQuery(input))).hits.map((h) => h.work.id)

describe('embedded engine, beyond the contract', () => {
  it('ranks a title match above a match in the text', () =>
    withEngine(async (engine) => {
      await engine.upsert([
        work('in-text', { title: 'Letters', text: [{ body: 'A beacon, a beacon, another beacon.' }] }),
        work('in-title', { title: 'The Beacon', text: [{ body: 'Nothing here.' }] }),
      ])
      expect(await ids(engine, { text: 'beacon' })).toEqual(['in-title', 'in-text'])
      expect(await ids(engine, { text: 'beacon', sort: { field: 'relevance', order: 'asc' } })).toEqual([
        'in-text',
        'in-title',
      ])
    }))

  it('finds no work by typing the token its tag filters with, nor a restricted one by its visibility token', () =>
    withEngine(async (engine) => {
      await engine.upsert([
        work('tagged', { freeforms: ['Slow Burn'], text: [{ body: 'Plain words.' }] }),
        work('hidden', { visibility: 'restricted', text: [{ body: 'Plain words.' }] }),
      ])
      // The first tags interned get the first ids, and every token is one private-use character then.
      const tokens = [
        ...Array.from({ length: 64 }, (_, id) => tagTokenText(id)),
        ...[0, 1, 2].map((rank) => visibilityToken(rank).replaceAll('"', '')),
      ]
      expect(await ids(engine, { text: 'plain' })).toEqual(['tagged'])
      for (const token of tokens) {
        expect(await ids(engine, { text: token })).toEqual([])
        expect(await ids(engine, { text: `plain ${token}` })).toEqual([])
      }
    }))

  it('ranks works holding every word in the title, summary or tags above those holding them only in the text', () =>
    withEngine(async (engine) => {
      await engine.upsert([
        work('text-only', { title: 'Letters', summary: '', text: [{ body: 'beacon '.repeat(40) }] }),
        work('in-summary', { title: 'Letters', summary: 'A beacon.', text: [{ body: 'Nothing.' }] }),
        work('in-tags', { title: 'Letters', summary: '', freeforms: ['Beacon'], text: [{ body: 'No.' }] }),
      ])
      const ranked = await ids(engine, { text: 'beacon' })
      expect(ranked.slice(0, 2).sort()).toEqual(['in-summary', 'in-tags'])
      expect(ranked[2]).toBe('text-only')
    }))

  it('ranks the works holding every word in the title, summary or tags first among works with and without text, as they are rewritten, deleted and rebuilt', async () => {
    const path = newPath()
    /** The rowids the index of the works' other columns holds, and those of the works with text. */
    const leads = () => {
      const db = new Database(path, { readonly: true })
      try {
        const rowids = (sql: string) => db.prepare(sql).pluck().all()
        return [
          rowids('SELECT id FROM work_leads_docsize ORDER BY id'),
          rowids('SELECT rowid FROM works WHERE has_text = 1 ORDER BY rowid'),
        ]
      } finally {
        db.close()
      }
    }
    await withEngine(async (engine) => {
      const { rating } = fixture('sh-2')
      await engine.upsert([
        work('bare-title', { title: 'Beacon Lights', summary: '', text: [] }),
        work('bare-summary', { title: 'Letters', summary: 'A beacon, a beacon.', text: [] }),
        work('bare-none', { title: 'Letters', summary: '', text: [] }),
        work('told-summary', { title: 'Letters', summary: 'A beacon.', text: [{ body: 'Nothing.' }] }),
        work('told-text', { title: 'Letters', summary: '', text: [{ body: 'beacon '.repeat(40) }] }),
      ])
      const leading = ['bare-summary', 'bare-title', 'told-summary']
      const filtered = { rating: { any: [rating] } }
      for (const tags of [{}, filtered]) {
        const ranked = await ids(engine, { text: 'beacon', tags, facets: { kinds: ['rating'] } })
        expect(ranked.slice(0, 3).sort()).toEqual(leading)
        expect(ranked.slice(3)).toEqual(['told-text'])
        const pages = []
        for (let page = 1; page <= 4; page++)
          pages.push(...(await ids(engine, { text: 'beacon', tags, perPage: 1, page })))
        expect(pages).toEqual(ranked)
      }
      const [held, withText] = leads()
      expect(held).toEqual(withText)
      expect(held).toHaveLength(2)

      // The summary loses the word, the text work gains it in its title and loses its text, one is deleted.
      await engine.upsert([
        work('told-summary', { title: 'Letters', summary: 'Nothing.', text: [{ body: 'Nothing.' }] }),
        work('told-text', { title: 'The Beacon', summary: '', text: [] }),
      ])
      await engine.delete(['bare-title'])
      for (const tags of [{}, filtered]) {
        expect((await ids(engine, { text: 'beacon', tags })).sort()).toEqual(['bare-summary', 'told-text'])
      }
      expect(leads()).toEqual([[4], [4]])

      await engine.rebuild([
        work('told', { title: 'Beacon', summary: '', text: [{ body: 'Nothing.' }] }),
        work('bare', { title: 'Beacon', summary: '', text: [] }),
      ])
      expect((await ids(engine, { text: 'beacon' })).sort()).toEqual(['bare', 'told'])
      expect(leads()).toEqual([[1], [1]])
    }, path)
  })

  it('pages through text relevance in one order and counts every match, whether a page lies among the leading works or beyond', () =>
    withEngine(async (engine) => {
      // Five works hold the word in the title, twelve only in the text, as often as their number.
      const titled = Array.from({ length: 5 }, (_, i) =>
        work(`title-${i}`, { title: `Harbor ${'x '.repeat(i)}`, text: [{ body: 'Calm.' }] }),
      )
      const inText = Array.from({ length: 12 }, (_, i) =>
        work(`text-${i}`, {
          title: 'Letters',
          summary: '',
          text: [{ body: `${'harbor '.repeat(i + 1)}calm` }],
        }),
      )
      await engine.upsert([...titled, ...inText])
      const all = await ids(engine, { text: 'harbor', perPage: 20 })
      const pages = []
      for (let page = 1; page <= 5; page++)
        pages.push(...(await ids(engine, { text: 'harbor', perPage: 4, page })))
      expect(pages).toEqual(all)
      expect(all).toHaveLength(17)
      // A page the leading works fill counts the rest without storing them, unless facets read them.
      for (const kinds of [[], ['fandom' as const]]) {
        const first = await engine.search(parseQuery({ text: 'harbor', perPage: 4, facets: { kinds } }))
        expect([first.total, first.totalPages]).toEqual([17, 5])
      }
      expect(all.slice(0, 5).every((id) => id.startsWith('title-'))).toBe(true)
    }))

  it('breaks ties in relevance by id on every page, however many works tie with the last place of a page', () =>
    withEngine(async (engine) => {
      // Seven works alike but for their ids score the same; stored last id first, so that the index's
      // own order of them is the reverse of the page's. One more ranks above them all.
      const alike = Array.from({ length: 7 }, (_, i) =>
        work(`alike-${6 - i}`, { title: 'Harbor', summary: '', text: [{ body: 'Calm water.' }] }),
      )
      const best = work('best', { title: 'Harbor harbor', summary: '', text: [{ body: 'Calm water.' }] })
      await engine.upsert([...alike, best])
      const order = ['best', ...alike.map((w) => w.id).sort()]
      expect(await ids(engine, { text: 'harbor', perPage: 20 })).toEqual(order)
      for (const perPage of [1, 2, 3]) {
        const pages = []
        for (let page = 1; page <= Math.ceil(order.length / perPage); page++)
          pages.push(...(await ids(engine, { text: 'harbor', perPage, page })))
        expect(pages, `${perPage} a page`).toEqual(order)
      }
    }))

  it('ranks every work holding the words as typed above those found through a typo, on every page', () =>
    withEngine(async (engine) => {
      const typed = ['typed-1', 'typed-2', 'typed-3'].map((id) =>
        work(id, { title: 'Letters', summary: '', text: [{ body: `The harbor at ${id}.` }] }),
      )
      // A typo match with far the better BM25: the word in the title, again and again in the text.
      const typo = work('typo', { title: 'Harbour', text: [{ body: 'harbour '.repeat(20) }] })
      await engine.upsert([typo, ...typed])
      const all = await ids(engine, { text: 'harbor' })
      expect(all.slice(0, 3).sort()).toEqual(['typed-1', 'typed-2', 'typed-3'])
      expect(all[3]).toBe('typo')
      const pages = []
      for (let page = 1; page <= 2; page++)
        pages.push(...(await ids(engine, { text: 'harbor', perPage: 2, page })))
      expect(pages).toEqual(all)
    }))

  it('ranks by tier within a fandom and rating filter as without them, on every page, whatever else the fandom holds', () =>
    withEngine(async (engine) => {
      // The fandom narrows the text, so its searches score the matches stored first; what the rating
      // leaves out, however well it would score, must neither rank nor hide a work that is kept.
      const fandoms = ['Seaside Town']
      const kept = { fandoms, rating: 'Teen And Up Audiences' as const }
      const works = [
        work('lead-title', { ...kept, title: 'Harbor', summary: '', text: [{ body: 'Calm.' }] }),
        work('lead-summary', {
          ...kept,
          title: 'Letters',
          summary: 'The harbor.',
          text: [{ body: 'Calm.' }],
        }),
        ...['typed-1', 'typed-2', 'typed-3'].map((id, i) =>
          work(id, {
            ...kept,
            title: 'Letters',
            summary: '',
            text: [{ body: `${'harbor '.repeat(i + 1)}calm` }],
          }),
        ),
        // Found through a typo alone, with far the best BM25 of the kept works.
        work('typo', {
          ...kept,
          title: 'Harbour',
          summary: 'Harbour.',
          text: [{ body: 'harbour '.repeat(20) }],
        }),
        ...['explicit-1', 'explicit-2', 'explicit-3'].map((id) =>
          work(id, {
            fandoms,
            rating: 'Explicit' as const,
            title: 'Harbor harbor',
            text: [{ body: 'harbor '.repeat(30) }],
          }),
        ),
        work('elsewhere', { title: 'Harbor harbor', text: [{ body: 'harbor '.repeat(30) }] }),
      ]
      await engine.upsert(works)
      const tags = {
        fandom: { all: fandoms },
        rating: { any: ['Teen And Up Audiences', 'General Audiences'] },
      }
      const all = await ids(engine, { text: 'harbor', tags, perPage: 20 })
      expect(all.slice(0, 2).sort()).toEqual(['lead-summary', 'lead-title'])
      expect(all.slice(2, 5).sort()).toEqual(['typed-1', 'typed-2', 'typed-3'])
      expect(all[5]).toBe('typo')
      // The same order as the text alone ranks those works.
      const unfiltered = await ids(engine, { text: 'harbor', perPage: 20 })
      expect(unfiltered.filter((id) => all.includes(id))).toEqual(all)
      for (const perPage of [1, 2, 4]) {
        const pages = []
        for (let page = 1; page <= Math.ceil(all.length / perPage); page++)
          pages.push(...(await ids(engine, { text: 'harbor', tags, perPage, page })))
        expect(pages, `${perPage} a page`).toEqual(all)
      }
    }))

  it('keeps the works a rating, warning or category filter selects from its relaxed matches by their held tags, as the text index finds them', async () => {
    // No result cache: each search is answered. More relaxed matches than are kept from by their filter
    // tokens, so only the held facet codes keep them without a second walk of the text index.
    const engine = openEmbeddedEngine({ path: newPath(), resultCacheSize: 0 })
    try {
      const works = Array.from({ length: 400 }, (_, i) =>
        work(`w-${String(i).padStart(3, '0')}`, {
          title: i % 9 === 0 ? 'Harbor Lights' : 'Letters',
          summary: '',
          rating: RATINGS[i % RATINGS.length],
          warnings: [WARNINGS[i % WARNINGS.length] as Warning, ...(i % 7 === 0 ? [WARNINGS[0]] : [])],
          categories: [
            CATEGORIES[i % CATEGORIES.length] as Category,
            ...(i % 4 === 0 ? ['F/M' as const] : []),
          ],
          fandoms: [i % 3 === 0 ? 'Seaside Town' : 'Mountain Pass'],
          text: [{ body: `${'harbor '.repeat(1 + (i % 4))}calm ${i % 2 === 0 ? 'sea' : 'stone'}` }],
        }),
      )
      await engine.upsert(works)
      const filters: SearchQueryInput['tags'][] = [
        { rating: { any: ['Teen And Up Audiences'] } },
        { rating: { any: ['Mature', 'Explicit'] }, fandom: { all: ['Seaside Town'] } },
        { warning: { any: ['Major Character Death', 'Creator Chose Not To Use Archive Warnings'] } },
        { category: { any: ['F/M'] }, rating: { any: ['General Audiences', 'Not Rated'] } },
      ]
      const facets = { kinds: ['rating', 'warning', 'category'] as TagKind[] }
      const answer = async (input: SearchQueryInput) => {
        const { hits, total } = await engine.search(parseQuery({ perPage: 50, ...input }))
        return { total, ids: hits.map((hit) => hit.work.id) }
      }
      for (const tags of filters) {
        for (const text of ['harbor', 'harbor calm', 'sea']) {
          // Without facets the matches are found through the text index alone.
          const found = await answer({ text, tags })
          expect(found.total, `${text} ${JSON.stringify(tags)}`).toBeGreaterThan(0)
          // The first search reads the tags from SQLite and holds them for the next ones.
          for (let i = 0; i < 3; i++) expect(await answer({ text, tags, facets })).toEqual(found)
        }
      }
    } finally {
      await engine.close()
    }
  })

  it('ranks the works a rating filter keeps in the order of the text alone, when the last word is a prefix of several terms', () =>
    withEngine(async (engine) => {
      const forms = ['magic', 'magical', 'magician', 'magics', 'magicks']
      const works = Array.from({ length: 300 }, (_, i) =>
        work(`w-${String(i).padStart(3, '0')}`, {
          title: i % 4 === 0 ? `${forms[i % 5]} ${'x '.repeat(i % 7)}` : `Letters ${i % 11}`,
          summary: i % 3 === 0 ? `The ${forms[(i + 2) % 5]}.` : '',
          rating: i % 2 === 0 ? 'Teen And Up Audiences' : 'Mature',
          // Some hold a form in the text too, where the leading works' column filter does not look.
          text: [{ body: `${'calm '.repeat(i % 5)}sea ${i % 5 === 1 ? forms[(i + 1) % 5] : 'stone'}` }],
        }),
      )
      await engine.upsert(works)
      const teen = new Set(works.filter((w) => w.rating === 'Teen And Up Audiences').map((w) => w.id))
      const alone = (await ids(engine, { text: 'magic', perPage: 100 })).filter((id) => teen.has(id))
      const tags = { rating: { any: ['Teen And Up Audiences'] } }
      // The best teen works among the text's best hundred are the best teen works.
      const filtered = await ids(engine, { text: 'magic', tags, perPage: 100 })
      expect(filtered.slice(0, alone.length)).toEqual(alone)
      // Least relevant first, every match is scored: the same order as the text alone's, read backwards.
      const sort = { field: 'relevance', order: 'asc' } as const
      const everyPage = async (input: SearchQueryInput) =>
        (await Promise.all([1, 2, 3].map((page) => ids(engine, { ...input, page, perPage: 100 })))).flat()
      const aloneAsc = (await everyPage({ text: 'magic', sort })).filter((id) => teen.has(id))
      expect(aloneAsc.length).toBeGreaterThan(50)
      const total = async (input: SearchQueryInput) => (await engine.search(parseQuery(input))).total
      expect(await total({ text: 'magic', sort })).toBe(await total({ text: 'magic' }))
      expect(await everyPage({ text: 'magic', tags, sort })).toEqual(aloneAsc)
    }))

  it('orders works tied on relevance by id when the ties run past what a page reads, with and without a tag filter', () =>
    withEngine(async (engine) => {
      // Sixty works scored alike: more ties than the twice-the-page a tier's best are first read as.
      const works = Array.from({ length: 60 }, (_, i) =>
        work(`w-${String(59 - i).padStart(2, '0')}`, {
          title: 'The Beacon',
          summary: '',
          rating: i % 2 === 0 ? 'Teen And Up Audiences' : 'Mature',
          text: [{ body: 'Calm sea.' }],
        }),
      )
      await engine.upsert(works)
      const sorted = works.map((w) => w.id).sort()
      const teen = works
        .filter((w) => w.rating === 'Teen And Up Audiences')
        .map((w) => w.id)
        .sort()
      for (const page of [1, 2]) {
        const slice = (ids: string[]) => ids.slice((page - 1) * 5, page * 5)
        expect(await ids(engine, { text: 'beacon', page, perPage: 5 })).toEqual(slice(sorted))
        const tags = { rating: { any: ['Teen And Up Audiences'] } }
        expect(await ids(engine, { text: 'beacon', tags, page, perPage: 5 })).toEqual(slice(teen))
      }
    }))

  it('pages newest first and by kudos through the cursor in the order of one whole page, counting the works after the cursor, unknown dates last, before and after a rebuild', () =>
    withEngine(async (engine) => {
      // Enough matches that pages are read by walking the sort indexes; ties, and a run of unknown dates.
      // One work in four is tagged, so that cursors on the tagged lie deeper in the index than there are
      // matches, and the searcher reads their sort keys from the works instead.
      const works = Array.from({ length: 32 }, (_, i) =>
        work(`w-${String(i).padStart(2, '0')}`, {
          updatedAt: i < 11 ? null : 1_600_000_000 + (i % 7) * 86_400,
          kudos: i % 5,
          freeforms: i % 4 === 0 ? ['Rare'] : [],
        }),
      )
      const rareIds = new Set(works.filter((w) => w.freeforms.includes('Rare')).map((w) => w.id))
      const pageThrough = async (tags: SearchQueryInput['tags'], count: number) => {
        for (const field of ['updated', 'kudos'] as const) {
          const sort = { field, order: 'desc' as const }
          const whole = await engine.search(parseQuery({ tags, sort, perPage: 100 }))
          expect(whole.total).toBe(count)
          const paged: string[] = []
          let after: SearchQueryInput['after']
          for (let page = 0; page < 32; page++) {
            const facets = { kinds: ['freeform' as const] }
            const result = await engine.search(parseQuery({ tags, sort, perPage: 2, after, facets }))
            const { hits, total } = result
            const at = `${field} page ${page}`
            expect(total, at).toBe(count - paged.length)
            const rare = result.facets.freeform?.values.find((value) => value.value === 'Rare')?.count ?? 0
            expect(rare, at).toBe(whole.hits.slice(paged.length).filter((h) => rareIds.has(h.work.id)).length)
            if (hits.length === 0) break
            // Every page is full but the last.
            expect(hits.length === 2 || paged.length + hits.length === count, at).toBe(true)
            paged.push(...hits.map((h) => h.work.id))
            after = searchAfter((hits.at(-1) as (typeof hits)[number]).work, parseQuery({ sort }).sort)
          }
          expect(paged, field).toEqual(whole.hits.map((h) => h.work.id))
        }
      }
      const both = async () => {
        await pageThrough(undefined, 32)
        await pageThrough({ freeform: { all: ['Rare'] } }, 8)
      }
      await engine.upsert(works)
      await both()
      // A rebuild swaps its indexes in under the names they were built with.
      await engine.rebuild(works)
      await both()
    }))

  it('matches the last word as a prefix, whole word or not', () =>
    withEngine(async (engine) => {
      await engine.upsert([
        work('light', { title: 'Light', text: [] }),
        work('lighthouse', { title: 'Lighthouse', text: [] }),
      ])
      expect((await ids(engine, { text: 'light' })).sort()).toEqual(['light', 'lighthouse'])
      expect(await ids(engine, { text: 'light keeper' })).toEqual([])
      expect((await ids(engine, { text: 'ligh' })).sort()).toEqual(['light', 'lighthouse'])
    }))

  it('corrects typos with words written after earlier corrections', () =>
    withEngine(async (engine) => {
      await engine.upsert([work('pools', { title: 'Tidepools', text: [] })])
      expect(await ids(engine, { text: 'tidepoolz' })).toEqual(['pools'])
      await engine.upsert([work('water', { title: 'Tidewater', text: [] })])
      expect(await ids(engine, { text: 'tidewatez' })).toEqual(['water'])
    }))

  it('answers repeated searches from memory, frozen, until the works change, through any connection', async () => {
    const path = newPath()
    const other = openEmbeddedEngine({ path })
    try {
      await withEngine(async (engine) => {
        await engine.upsert(FIXTURE_WORKS.slice(0, 4))
        const listing = parseQuery({ facets: { kinds: ['fandom'] } })
        const first = await engine.search(listing)
        expect(() => {
          first.hits.length = 0
        }).toThrow(TypeError)
        expect((await engine.search(listing)).hits).toHaveLength(3)
        await engine.upsert([fixture('sh-1')])
        expect((await engine.search(listing)).total).toBe(4)
        await other.delete(['sh-1', 'ga-1'])
        expect((await engine.search(listing)).total).toBe(2)
      }, path)
    } finally {
      await other.close()
    }
  })

  it.each([
    ['hidden first', ['hidden', 'public', 'restricted']],
    ['public first', ['public', 'hidden', 'restricted']],
    ['restricted first', ['restricted', 'hidden', 'public']],
  ] as const)('one batch: a tag is shown as its most visible work spells it (%s)', (_name, order) =>
    withEngine(async (engine) => {
      const spelled = { public: 'Slow Burn', restricted: 'slow BURN', hidden: 'SLOW BURN' }
      await engine.upsert(
        order.map((visibility) => work(`w-${visibility}`, { visibility, freeforms: [spelled[visibility]] })),
      )
      const facet = await engine.search(parseQuery({ scope: 'all', facets: { kinds: ['freeform'] } }))
      expect(facet.facets.freeform?.values.map((v) => v.value)).toContain('Slow Burn')
    }),
  )

  it('escapes HTML in highlights, marking only the matches', () =>
    withEngine(async (engine) => {
      await engine.upsert([
        work('html', {
          title: '<b>Harbor</b> & "Co"',
          summary: 'A <script> at the harbor',
          text: [{ body: 'x < y at the harbor' }],
        }),
      ])
      const [hit] = (await engine.search(parseQuery({ text: 'harbor', highlight: true }))).hits
      expect(hit?.highlights).toEqual({
        title: '&lt;b&gt;<mark>Harbor</mark>&lt;/b&gt; &amp; &quot;Co&quot;',
        summary: 'A &lt;script&gt; at the <mark>harbor</mark>',
        text: 'x &lt; y at the <mark>harbor</mark>',
      })
      const [plain] = (await engine.search(parseQuery({ highlight: true }))).hits
      expect(plain?.highlights).toEqual({
        title: '&lt;b&gt;Harbor&lt;/b&gt; &amp; &quot;Co&quot;',
        summary: 'A &lt;script&gt; at the harbor',
      })
    }))

  it('keeps one tag per normalized value, spelled by its most visible work, across batches and within one', () =>
    withEngine(async (engine) => {
      const spelled = (id: string, tag: string, visibility: Work['visibility']) =>
        work(id, { freeforms: [tag], visibility })
      const shown = async (scope: 'public' | 'all') => {
        const result = await engine.search(
          parseQuery({ scope, tags: { freeform: { any: ['shared tag'] } }, facets: { kinds: ['freeform'] } }),
        )
        const values = result.facets.freeform?.values ?? []
        return { total: result.total, facet: values.filter((v) => v.value.toLowerCase() === 'shared tag') }
      }
      await engine.upsert([spelled('hidden', 'shared TAG', 'hidden')])
      expect(await shown('all')).toEqual({ total: 1, facet: [{ value: 'shared TAG', count: 1 }] })
      await engine.upsert([spelled('restricted', 'SHARED TAG', 'restricted')])
      expect(await shown('all')).toEqual({ total: 2, facet: [{ value: 'SHARED TAG', count: 2 }] })
      // The first public spelling wins; another as visible does not replace it.
      await engine.upsert([
        spelled('hidden-2', 'shared tAG', 'hidden'),
        spelled('public', 'Shared Tag', 'public'),
        spelled('public-2', 'shared tag', 'public'),
      ])
      expect(await shown('all')).toEqual({ total: 5, facet: [{ value: 'Shared Tag', count: 5 }] })
      expect(await shown('public')).toEqual({ total: 2, facet: [{ value: 'Shared Tag', count: 2 }] })
    }))

  describe('tag ids remembered between writes', () => {
    const tagged = (id: string, ...freeforms: string[]) => work(id, { freeforms })
    /** Ids of the works with a tag, and the tag's facet count, through `engine`. */
    const withTag = async (engine: EmbeddedEngine, tag: string) => {
      const result = await engine.search(
        parseQuery({ scope: 'all', tags: { freeform: { any: [tag] } }, facets: { kinds: ['freeform'] } }),
      )
      const count = result.facets.freeform?.values.find((v) => v.value === tag)?.count
      return { ids: result.hits.map((h) => h.work.id).sort(), count }
    }

    it('follow a rebuild of the same engine, which numbers the tags anew', () =>
      withEngine(async (engine) => {
        await engine.upsert([tagged('a', 'Tag X')])
        await engine.rebuild([tagged('b', 'Tag Y'), tagged('c', 'Tag X')])
        await engine.upsert([tagged('d', 'Tag X')])
        expect(await withTag(engine, 'Tag X')).toEqual({ ids: ['c', 'd'], count: 2 })
        expect(await withTag(engine, 'Tag Y')).toEqual({ ids: ['b'], count: 1 })
      }))

    it('follow a rebuild through another connection', async () => {
      const path = newPath()
      await withEngine(async (engine) => {
        await engine.upsert([tagged('a', 'Tag X')])
        await withEngine((other) => other.rebuild([tagged('b', 'Tag Y'), tagged('c', 'Tag X')]), path)
        await engine.upsert([tagged('d', 'Tag X')])
        expect(await withTag(engine, 'Tag X')).toEqual({ ids: ['c', 'd'], count: 2 })
        expect(await withTag(engine, 'Tag Y')).toEqual({ ids: ['b'], count: 1 })
      }, path)
    })

    it('forget the tags of a write that failed', () =>
      withEngine(async (engine) => {
        const broken = { ...tagged('broken', 'Tag Z'), words: Number.NaN }
        await engine.upsert([tagged('first', 'Tag W')])
        await expect(engine.upsert([tagged('a', 'Tag Z'), broken])).rejects.toThrow()
        await engine.upsert([tagged('b', 'Tag Z')])
        expect(await withTag(engine, 'Tag Z')).toEqual({ ids: ['b'], count: 1 })
      }))
  })

  it('commits each upsert whole or not at all', () =>
    withEngine(async (engine) => {
      const broken = { ...fixture('ga-2'), words: Number.NaN }
      await expect(engine.upsert([fixture('ga-1'), broken])).rejects.toThrow()
      expect(await engine.count()).toBe(0)
      await engine.upsert([fixture('ga-1')])
      await expect(engine.upsert([fixture('ga-3'), broken])).rejects.toThrow()
      expect([...(await engine.hashes()).keys()]).toEqual(['ga-1'])
    }))

  it('gives back the pages its text index frees, and those of the tables a rebuild replaced', async () => {
    const path = newPath()
    const size = () => {
      const file = new Database(path, { readonly: true })
      try {
        const pages = file.pragma('page_count', { simple: true }) as number
        return { pages, free: file.pragma('freelist_count', { simple: true }) as number }
      } finally {
        file.close()
      }
    }
    // Words that do not compress away, so that the texts fill pages.
    let seed = 7
    const letter = () => {
      seed = (seed * 48271) % 2147483647
      return String.fromCharCode(97 + (seed % 26))
    }
    const word = () => Array.from({ length: 6 }, letter).join('')
    const long = (i: number) =>
      work(`long-${i}`, { text: [{ body: Array.from({ length: 2_000 }, word).join(' ') }] })
    await withEngine(async (engine) => {
      await engine.upsert(Array.from({ length: 200 }, (_, i) => long(i)))
      const loaded = size()
      // Deleting writes the text index's tombstones; merging them frees the deleted works' postings.
      await engine.delete(Array.from({ length: 180 }, (_, i) => `long-${i}`))
      await engine.optimize()
      const merged = size()
      expect(merged.pages).toBeLessThan(loaded.pages / 3)
      expect(merged.free).toBeLessThanOrEqual(merged.pages / 16)

      await engine.upsert(Array.from({ length: 200 }, (_, i) => long(i)))
      const reloaded = size()
      await engine.rebuild(Array.from({ length: 20 }, (_, i) => long(i)))
      const rebuilt = size()
      expect(rebuilt.pages).toBeLessThan(reloaded.pages / 3)
      expect(rebuilt.free).toBeLessThanOrEqual(rebuilt.pages / 16)
      expect(await engine.count()).toBe(20)
      expect(await engine.integrityCheck()).toEqual([])
    }, path)
  })

  it('keeps its data across close and reopen, and closes twice safely', async () => {
    const path = newPath()
    await withEngine((engine) => engine.upsert(FIXTURE_WORKS), path)
    await withEngine(async (engine) => {
      expect(await engine.count()).toBe(12)
      expect(await ids(engine, { text: 'marmalade' })).toEqual(['sh-1'])
      await engine.close()
    }, path)
  })

  it('can be rebuilt into a new file that replaces the old one', async () => {
    const live = newPath()
    const next = newPath()
    await withEngine((engine) => engine.upsert(FIXTURE_WORKS.slice(0, 3)), live)
    await withEngine((engine) => engine.upsert(FIXTURE_WORKS.slice(3)), next)
    renameSync(next, live)
    await withEngine(async (engine) => {
      expect(await engine.count()).toBe(9)
      expect(await engine.get('ga-1', 'all')).toBeNull()
    }, live)
  })

  it('refuses a file with another schema version', () => {
    const path = newPath()
    const db = new Database(path)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expect(() => openEmbeddedEngine({ path })).toThrow(SchemaVersionError)
  })

  it('refuses a database that is not its own', () => {
    const path = newPath()
    const db = new Database(path)
    db.exec('CREATE TABLE something_else (x)')
    db.close()
    expect(() => openEmbeddedEngine({ path })).toThrow(/schema version 0/)
  })
})
