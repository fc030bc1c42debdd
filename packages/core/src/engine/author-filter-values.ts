/**
 * Which of a work's filter values stand for tags its author wrote, for `tagSource: 'author'` searches:
 * both engines store these apart from the rest, so that such a search never matches a tag inferred
 * from the text. Engines know no vocabulary, so the attribution is read from the work itself:
 * - the work's own tags (and the spellings the author wrote them in) follow their provenance: an entry
 *   with `source: 'inferred'` marks the tag inferred; a tag with no entry is the author's;
 * - every other filter value (a meta tag the wrangler added) is the author's when the author wrote at
 *   least one tag of that kind, and inferred otherwise.
 * The second rule is exact whenever inference fills only kinds the author left empty, as the indexer
 * does by default; where inferred tags join an author's tags of the same kind, a meta tag of an inferred
 * tag counts as the author's.
 * @module
 */

import { normalizeFacet } from '../model/normalize-facet.js'
import type { FreeTagKind } from '../model/tag-kind.js'
import { TAG_FIELD } from '../model/tag-kind.js'
import type { Work } from '../model/work.js'

type AttributedWork = Pick<Work, (typeof TAG_FIELD)[FreeTagKind] | 'filterTags' | 'provenance'>

/**
 * The work's own tags and filter values of a free kind that an author-only filter may match, each once
 * (as the engines compare values), own tags first.
 *
 * @example
 * // freeforms ['Slow Burn'], inferred; filterTags.freeform ['Slow Burn', 'Romance Tropes']
 * authorFilterValues(work, 'freeform') // []
 * @param normalize how values compare (`normalizeFacet`); a caller that normalizes the same values again
 *   passes one that remembers its answers
 */
export function authorFilterValues(
  work: AttributedWork,
  kind: FreeTagKind,
  normalize: (value: string) => string = normalizeFacet,
): string[] {
  const author = new Set<string>()
  const inferred = new Set<string>()
  for (const entry of work.provenance) {
    if (entry.kind !== kind) continue
    const keys = entry.original === undefined ? [entry.tag] : [entry.tag, entry.original]
    for (const key of keys.map(normalize)) (entry.source === 'inferred' ? inferred : author).add(key)
  }
  const own = new Set(work[TAG_FIELD[kind]].map(normalize))
  const authorTagged = [...own].some((key) => author.has(key) || !inferred.has(key))
  const isAuthors = (key: string): boolean =>
    author.has(key) || (!inferred.has(key) && (own.has(key) || authorTagged))

  const seen = new Set<string>()
  const values: string[] = []
  for (const value of [...work[TAG_FIELD[kind]], ...(work.filterTags[kind] ?? [])]) {
    const key = normalize(value)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    if (isAuthors(key)) values.push(value)
  }
  return values
}
