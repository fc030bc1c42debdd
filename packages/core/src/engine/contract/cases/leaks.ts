/**
 * Side channels: what a scope may not see must not shape any answer it gets. Works planted above a scope
 * carry a word one typo from a public word, a prefix of their own, a spelling of a shared tag, a tag of
 * their own and extreme numbers. For each scope, every surface (hits, totals, facet values and their
 * spellings, stats, highlights, typo correction, prefix matching, facet value search, reading by id) must
 * answer exactly as an engine holding only the works that scope may see.
 * @module
 */
import { expect } from 'vitest'
import { parseQuery, type Scope, type SearchQueryInput, VISIBLE_IN_SCOPE } from '../../../model/query.js'
import type { SearchResult } from '../../../model/result.js'
import type { Work } from '../../../model/work.js'
import { type ContractGroup, contractCase } from '../contract-case.js'
import { oneShot } from '../fixtures.js'

/** Each work's spelling of the shared tag differs only in case, so all three are one facet value. */
const PLANTED: Work[] = [
  oneShot('leak-public', {
    title: 'Harbour Lights',
    summary: 'A xanthorial lantern over the quay.',
    freeforms: ['Restrictcase Tag', 'Fluff'],
    words: 1200,
    text: [{ body: 'The lantern burned all night by the quay.' }],
  }),
  oneShot('leak-members', {
    title: 'Locked Letters',
    summary: 'Letters nobody else reads; zephyrine ink.',
    freeforms: ['RESTRICTCASE TAG', 'Members Only Trope'],
    words: 50_000,
    kudos: 900,
    visibility: 'restricted',
    text: [{ body: 'The quay again, and a xanthoriel moth.' }],
  }),
  oneShot('leak-hidden', {
    title: 'Draft Harbour',
    summary: 'A draft with a quillwortish word and a xanthoriel lamp.',
    freeforms: ['restrictcase TAG', 'Hiddenonly Trope'],
    fandoms: ['Secret Fandom'],
    words: 900_000,
    kudos: 5000,
    visibility: 'hidden',
    text: [{ body: 'Quillwortish lamps on the quay, xanthoriel moths.' }],
  }),
]

const visibleIn = (scope: Scope): Work[] =>
  PLANTED.filter((w) => (VISIBLE_IN_SCOPE[scope] as readonly string[]).includes(w.visibility))

/** The parts of a result that must not depend on unseen works: order within equal relevance aside. */
function comparable(result: SearchResult) {
  return {
    ids: result.hits.map((hit) => hit.work.id).sort(),
    total: result.total,
    facets: result.facets,
    stats: result.stats,
    highlights: Object.fromEntries(result.hits.map((hit) => [hit.work.id, hit.highlights])),
  }
}

const SEARCHES: SearchQueryInput[] = [
  // Typo correction: "xanthoriel" is a public word only one typo from "xanthorial" …
  { text: 'xanthoriel', highlight: true },
  { text: 'xanthorial lantern', highlight: true },
  // … prefix matching of the last word, on a prefix only a hidden work holds …
  { text: 'quillwort' },
  { text: 'zephyr', highlight: true },
  { text: 'quay', highlight: true, sort: { field: 'kudos', order: 'desc' } },
  // … facet values, their spelling and counts, and stats over every work the scope sees.
  { facets: { kinds: ['freeform', 'fandom'] }, stats: ['words', 'kudos'] },
  { tags: { freeform: { any: ['restrictcase tag'] } }, facets: { kinds: ['freeform'] } },
  { tags: { freeform: { exclude: ['Fluff'] } }, facets: { kinds: ['fandom', 'freeform'] }, stats: ['words'] },
]

const FACET_TEXTS = ['', 'restrict', 'hidden', 'members', 'secr']

export const leaks: ContractGroup = {
  title: 'side channels',
  cases: [
    contractCase(
      'leaks: every scope gets the answers of an engine holding only what it may see',
      async (engine, open) => {
        await engine.upsert(PLANTED)
        for (const scope of ['public', 'members', 'all'] as const) {
          const reference = await open()
          try {
            await reference.upsert(visibleIn(scope))
            for (const input of SEARCHES) {
              const query = parseQuery({ perPage: 100, ...input, scope })
              const [got, want] = await Promise.all([engine.search(query), reference.search(query)])
              expect(comparable(got), `${scope}: ${JSON.stringify(input)}`).toEqual(comparable(want))
            }
            for (const text of FACET_TEXTS) {
              const query = parseQuery({ scope })
              const facet = { kind: 'freeform' as const, text, limit: 10 }
              const [got, want] = await Promise.all([
                engine.searchFacet(query, facet),
                reference.searchFacet(query, facet),
              ])
              expect(got, `${scope}: freeform values for "${text}"`).toEqual(want)
            }
            for (const { id } of PLANTED) {
              expect((await engine.get(id, scope))?.id ?? null, `${scope}: get ${id}`).toBe(
                (await reference.get(id, scope))?.id ?? null,
              )
            }
          } finally {
            await reference.close()
          }
        }
      },
    ),
    contractCase('leaks: a spelling only an unseen work uses is never shown', async (engine) => {
      // Stored first, so an engine that keeps the first spelling it meets would show it.
      await engine.upsert([PLANTED[2] as Work])
      await engine.upsert([PLANTED[1] as Work])
      await engine.upsert([PLANTED[0] as Work])
      const spelling = async (scope: Scope) => {
        const result = await engine.search(parseQuery({ scope, facets: { kinds: ['freeform'] } }))
        return result.facets.freeform?.values.find((v) => v.value.toLowerCase() === 'restrictcase tag')
      }
      expect(await spelling('public')).toEqual({ value: 'Restrictcase Tag', count: 1 })
      expect(await spelling('members')).toEqual({ value: 'Restrictcase Tag', count: 2 })
    }),
  ],
}
