/**
 * Small integer codes the database stores instead of strings: value kinds and visibility ranks.
 * @module
 */

import type { Scope } from '../../model/query.js'
import { VISIBLE_IN_SCOPE } from '../../model/query.js'
import { TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import type { Visibility } from '../../model/work.js'

/** Authors filter like a tag kind but are never faceted. */
export const AUTHOR_KIND = 'author'
/** A work's main relationship (its first) filters like a tag kind of its own, never faceted. */
export const MAIN_RELATIONSHIP_KIND = 'main_relationship'
export type ValueKind = TagKind | typeof AUTHOR_KIND | typeof MAIN_RELATIONSHIP_KIND

const VALUE_KINDS: readonly ValueKind[] = [...TAG_KINDS, AUTHOR_KIND, MAIN_RELATIONSHIP_KIND]

/** The code stored in `tags.kind`. */
export function kindCode(kind: ValueKind): number {
  return VALUE_KINDS.indexOf(kind)
}

/** Facet tag codes are `tag_id * TAG_CODE_KINDS + kind`, so a code carries its kind. */
export const TAG_CODE_KINDS = 16

/** Visibilities ranked so that a scope sees every work whose rank is at most the scope's. */
const VISIBILITY_RANK = { public: 0, restricted: 1, hidden: 2 } as const satisfies Record<Visibility, number>

export const visibilityRank = (visibility: Visibility): number => VISIBILITY_RANK[visibility]

/** The highest visibility rank a scope may see, derived from the shared scope table. */
export function scopeRank(scope: Scope): number {
  return Math.max(...VISIBLE_IN_SCOPE[scope].map((v) => VISIBILITY_RANK[v]))
}
