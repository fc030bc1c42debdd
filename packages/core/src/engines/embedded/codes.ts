/**
 * Small integer codes the database stores instead of strings: value kinds, and the visibility ranks
 * of the model.
 * @module
 */

import { TAG_KINDS, type TagKind } from '../../model/tag-kind.js'

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

/** The low bits of a facet code, which hold its kind's code. */
export const TAG_CODE_KIND_BITS = 4
/** Facet tag codes are `tag_id * TAG_CODE_KINDS + kind`, so a code carries its kind. */
export const TAG_CODE_KINDS = 1 << TAG_CODE_KIND_BITS

/** The facet code of a tag, from its id and its kind's code (`kindCode`). */
export const facetCode = (tagId: number, kind: number): number => tagId * TAG_CODE_KINDS + kind

/** The kind's code a facet code carries. */
export const codeKind = (code: number): number => code & (TAG_CODE_KINDS - 1)

export { scopeRank, visibilityRank } from '../../model/visibility-rank.js'
