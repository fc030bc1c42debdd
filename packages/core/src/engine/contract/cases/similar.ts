/**
 * Similar works (`similar/find-similar.ts`) through the engine: the same ranking as over the works the
 * caller may see, worked out here from the fixtures with `rankSimilar` itself: every engine must find
 * the same candidates and count the same tag frequencies, whatever its scope and filters.
 * @module
 */
import { expect } from 'vitest'
import { normalizeFacet } from '../../../model/normalize-facet.js'
import { parseQuery, type Scope, type SearchQueryInput, VISIBLE_IN_SCOPE } from '../../../model/query.js'
import { type FREE_TAG_KINDS, TAG_FIELD } from '../../../model/tag-kind.js'
import type { Work } from '../../../model/work.js'
import { findSimilar } from '../../../similar/find-similar.js'
import { rankSimilar } from '../../../similar/rank-similar.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, seed } from '../contract-case.js'
import { FIXTURE_WORKS, fixture } from '../fixtures.js'

/** The ranking over the fixtures the scope may see and the filter keeps, as ids with their scores. */
function expected(work: Work, scope: Scope, keep: (candidate: Work) => boolean = () => true) {
  const visible = FIXTURE_WORKS.filter((w) =>
    (VISIBLE_IN_SCOPE[scope] as readonly string[]).includes(w.visibility),
  )
  const df = (kind: (typeof FREE_TAG_KINDS)[number], tag: string) =>
    visible.filter((w) => w[TAG_FIELD[kind]].some((own) => normalizeFacet(own) === normalizeFacet(tag)))
      .length
  return rankSimilar(work, visible.filter(keep), df, visible.length).map((s) => [
    s.work.id,
    s.score.toFixed(6),
  ])
}

async function found(engine: SearchEngine, work: Work, query: SearchQueryInput) {
  const similar = await findSimilar(engine, work, parseQuery(query), 20)
  return similar.map((s) => [s.work.id, s.score.toFixed(6)])
}

export const similarWorks: ContractGroup = {
  title: 'similar works',
  cases: [
    contractCase(
      'similar: ranked by shared tags weighted by rarity, same fandom first, as the scope sees',
      async (engine) => {
        await seed(engine)
        const work = fixture('ga-1')
        const ranking = await found(engine, work, {})
        expect(ranking).toEqual(expected(work, 'public'))
        expect(ranking.length).toBeGreaterThan(3)
        expect(ranking.map(([id]) => id)).not.toContain('ga-4')
        expect(await found(engine, work, { scope: 'members' })).toEqual(expected(work, 'members'))
      },
    ),
    contractCase('similar: the usual filters narrow the candidates', async (engine) => {
      await seed(engine)
      const work = fixture('ga-1')
      expect(await found(engine, work, { languages: ['es'] })).toEqual(
        expected(work, 'public', (w) => w.language === 'es'),
      )
      expect(await found(engine, work, { complete: false })).toEqual(
        expected(work, 'public', (w) => !w.complete),
      )
    }),
  ],
}
