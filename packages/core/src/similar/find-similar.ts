/**
 * Similar works through any `SearchEngine`: the candidates are the works a search finds that share a tag
 * of some kind with the work (searched kind by kind, so every filter of the base query applies and
 * only visible works come back), the tags' rarity comes from facet counts over every visible work, and
 * `rankSimilar` orders them.
 * @module
 */

import type { SearchEngine } from '../engine/search-engine.js'
import { normalizeFacet } from '../model/normalize-facet.js'
import { MAX_FACET_VALUES, MAX_PER_PAGE, type SearchQuery } from '../model/query.js'
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD } from '../model/tag-kind.js'
import type { WorkSummary } from '../model/work.js'
import { rankSimilar, type SimilarWork } from './rank-similar.js'

/** Pages of candidates read per tag kind: the most a kind contributes is this many times 100 works. */
export const CANDIDATE_PAGES = 3

/**
 * The works most like `work` among those `base` finds (its text, filters and scope; its page, sort and
 * facets aside), at most `limit`.
 */
export async function findSimilar(
  engine: SearchEngine,
  work: WorkSummary,
  base: SearchQuery,
  limit: number,
): Promise<SimilarWork<WorkSummary>[]> {
  const plain: SearchQuery = {
    ...base,
    page: 1,
    perPage: MAX_PER_PAGE,
    facets: { kinds: [], limit: 10 },
    stats: [],
    highlight: false,
  }
  const kinds = FREE_TAG_KINDS.filter((kind) => work[TAG_FIELD[kind]].length > 0)
  const everything = await engine.search({
    ...plain,
    text: '',
    tags: {},
    authors: [],
    languages: [],
    ranges: {},
    complete: undefined,
    perPage: 1,
    facets: { kinds: [...kinds], limit: MAX_FACET_VALUES },
  })
  const counts = new Map<string, number>()
  for (const kind of kinds)
    for (const { value, count } of everything.facets[kind]?.values ?? []) counts.set(key(kind, value), count)

  const candidates: WorkSummary[] = []
  for (const kind of kinds) {
    const filter = plain.tags[kind] ?? { all: [], any: [], exclude: [] }
    const any = filter.any.length > 0 ? filter.any : work[TAG_FIELD[kind]]
    for (let page = 1; page <= CANDIDATE_PAGES; page++) {
      const found = await engine.search({
        ...plain,
        page,
        tags: { ...plain.tags, [kind]: { ...filter, any } },
      })
      candidates.push(...found.hits.map((hit) => hit.work))
      if (page >= found.totalPages) break
    }
  }
  const df = (kind: FreeTagKind, tag: string) => counts.get(key(kind, tag))
  return rankSimilar(work, candidates, df, everything.total).slice(0, limit)
}

const key = (kind: FreeTagKind, tag: string) => `${kind}\u0000${normalizeFacet(tag)}`
