/**
 * How alike two works are, by the canonical tags they share, each weighted by its rarity (inverse
 * document frequency): sharing "Addison Montgomery/Derek Shepherd" says more than sharing "Angst".
 * Works of the same fandom come first, then by score, then by id.
 * @module
 */
import { normalizeFacet } from '../model/normalize-facet.js'
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD } from '../model/tag-kind.js'
import type { WorkSummary } from '../model/work.js'

export type Tagged = Pick<WorkSummary, 'id' | (typeof TAG_FIELD)[FreeTagKind]>

export interface SimilarWork<W extends Tagged = Tagged> {
  work: W
  /** Sum of the shared tags' IDF weights. */
  score: number
  sameFandom: boolean
  /** The shared tags, by kind, as the candidate spells them. */
  shared: Partial<Record<FreeTagKind, string[]>>
}

/**
 * Document frequency of a tag: how many works carry it, or undefined when unknown (then it counts as
 * carried by one work in a hundred of `total`, a middling rarity).
 */
export type DocumentFrequency = (kind: FreeTagKind, tag: string) => number | undefined

/** `log(1 + total / df)`: positive for every tag, largest for the rarest. */
export function idf(total: number, df: number | undefined): number {
  const frequency = Math.max(1, df ?? Math.ceil(total / 100))
  return Math.log(1 + Math.max(total, 1) / frequency)
}

/** Candidates sharing at least one tag with `work`, most similar first; `work` itself left out. */
export function rankSimilar<W extends Tagged>(
  work: Tagged,
  candidates: Iterable<W>,
  df: DocumentFrequency,
  total: number,
): SimilarWork<W>[] {
  const own = new Map(
    FREE_TAG_KINDS.map((kind) => [kind, new Set(work[TAG_FIELD[kind]].map((tag) => normalizeFacet(tag)))]),
  )
  const ranked: SimilarWork<W>[] = []
  const seen = new Set([work.id])
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    let score = 0
    const shared: SimilarWork['shared'] = {}
    for (const kind of FREE_TAG_KINDS) {
      const mine = own.get(kind) as Set<string>
      const common = candidate[TAG_FIELD[kind]].filter((tag) => mine.has(normalizeFacet(tag)))
      if (common.length === 0) continue
      shared[kind] = common
      for (const tag of common) score += idf(total, df(kind, tag))
    }
    if (score > 0) ranked.push({ work: candidate, score, sameFandom: shared.fandom !== undefined, shared })
  }
  return ranked.sort(
    (a, b) =>
      Number(b.sameFandom) - Number(a.sameFandom) ||
      b.score - a.score ||
      (a.work.id < b.work.id ? -1 : a.work.id > b.work.id ? 1 : 0),
  )
}
