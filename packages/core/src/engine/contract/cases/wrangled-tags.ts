/**
 * Wrangled tags: works stored as the indexer stores them (author tags wrangled through the shipped
 * vocabulary) and queries resolved as the server resolves them. A relationship filter given as a ship
 * name finds the works of every spelling of that pairing; a meta-tag filter finds works tagged only with
 * its sub-tags; an era range finds the works of the eras inside it and no others.
 * @module
 */
import { expect } from 'vitest'
import { parseQuery, type SearchQueryInput } from '../../../model/query.js'
import type { Work, WorkInput } from '../../../model/work.js'
import { defaultVocabulary } from '../../../tags/load-vocabulary.js'
import { type ResolveQueryOptions, resolveQuery } from '../../../tags/resolve-query.js'
import { wrangleWork } from '../../../tags/wrangle-work.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, expectIds } from '../contract-case.js'
import { oneShot } from '../fixtures.js'

const work = (id: string, fields: Partial<WorkInput>): Work =>
  wrangleWork(defaultVocabulary(), oneShot(id, fields)).work

/** Each author spells the same pairing and season differently, as real authors do. */
const WORKS = [
  work('ship-name', { relationships: ['Addek'], eras: ['Season 2'] }),
  work('reversed', {
    relationships: ['Derek Shepherd/Addison Montgomery'],
    eras: ["Grey's Anatomy Season 3"],
  }),
  work('first-names', { relationships: ['addison/derek '], eras: ['S4'], freeforms: ['Exes to Lovers'] }),
  work('other-pairing', { relationships: ['Addison Montgomery/Mark Sloan'], eras: ['GA Season 5'] }),
  work('practice', {
    fandoms: ['Private Practice'],
    relationships: ['Addison Montgomery/Pete Wilder'],
    eras: ['Private Practice Season 3'],
    freeforms: ['slow build'],
  }),
  work('gen', { eras: ['Season One'], freeforms: ['Angst'] }),
]

async function expectResolved(
  engine: SearchEngine,
  input: SearchQueryInput,
  expected: readonly string[],
  options?: ResolveQueryOptions,
): Promise<void> {
  await engine.upsert(WORKS)
  const query = resolveQuery(defaultVocabulary(), parseQuery({ perPage: 100, ...input }), options)
  expectIds(await engine.search(query), expected)
}

export const wrangledTags: ContractGroup = {
  title: 'wrangled tags',
  cases: [
    contractCase('wrangled: a ship name finds every spelling of its pairing', (engine) =>
      expectResolved(engine, { tags: { relationship: { all: ['Addek'] } } }, [
        'ship-name',
        'reversed',
        'first-names',
      ]),
    ),
    contractCase('wrangled: a reversed pairing in another case finds the same works', (engine) =>
      expectResolved(engine, { tags: { relationship: { any: ['derek shepherd/addison montgomery'] } } }, [
        'ship-name',
        'reversed',
        'first-names',
      ]),
    ),
    contractCase('wrangled: excluding a ship name keeps the works of other pairings and of none', (engine) =>
      expectResolved(engine, { tags: { relationship: { exclude: ['Addek'] } } }, [
        'other-pairing',
        'practice',
        'gen',
      ]),
    ),
    contractCase('wrangled: a meta tag finds works tagged only with its sub-tags', (engine) =>
      expectResolved(engine, { tags: { freeform: { all: ['Romance Tropes'] } } }, [
        'first-names',
        'practice',
      ]),
    ),
    contractCase('wrangled: a meta fandom finds the works of every fandom under it', (engine) =>
      expectResolved(engine, { tags: { fandom: { all: ["Grey's Anatomy Universe"] } } }, [
        'ship-name',
        'reversed',
        'first-names',
        'other-pairing',
        'practice',
        'gen',
      ]),
    ),
    contractCase('wrangled: facets count canonical tags, never the meta tags', async (engine) => {
      await engine.upsert(WORKS)
      const result = await engine.search(
        parseQuery({ facets: { kinds: ['relationship', 'freeform'], limit: 10 } }),
      )
      expect(result.facets.relationship?.values).toEqual([
        { value: 'Addison Montgomery/Derek Shepherd', count: 3 },
        { value: 'Addison Montgomery/Mark Sloan', count: 1 },
        { value: 'Addison Montgomery/Pete Wilder', count: 1 },
      ])
      expect(result.facets.freeform?.values.map((facet) => facet.value)).toEqual([
        'Angst',
        'Exes to Lovers',
        'Slow Burn',
      ])
    }),
    contractCase('wrangled: an era range finds the works of the eras inside it and no others', (engine) =>
      expectResolved(engine, {}, ['ship-name', 'reversed', 'first-names'], {
        eraRanges: [{ fandom: "Grey's Anatomy", from: 'Season 2', to: 'Season 4' }],
      }),
    ),
    contractCase('wrangled: an era range combines with other filters', (engine) =>
      expectResolved(engine, { tags: { freeform: { all: ['Exes to Lovers'] } } }, ['first-names'], {
        eraRanges: [{ fandom: "Grey's Anatomy", from: 'S3', to: 'S5' }],
      }),
    ),
  ],
}
