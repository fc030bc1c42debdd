/**
 * The kinds of tag a work carries, and the work field that holds each kind.
 * @module
 */

export const TAG_KINDS = [
  'rating',
  'warning',
  'category',
  'fandom',
  'relationship',
  'character',
  'era',
  'freeform',
] as const
export type TagKind = (typeof TAG_KINDS)[number]

/** Kinds whose values are written freely by authors and wrangled against the vocabulary. */
export const FREE_TAG_KINDS = ['fandom', 'relationship', 'character', 'era', 'freeform'] as const
export type FreeTagKind = (typeof FREE_TAG_KINDS)[number]

/** The work field that stores each kind (the rating is a single value, the rest are lists). */
export const TAG_FIELD = {
  rating: 'rating',
  warning: 'warnings',
  category: 'categories',
  fandom: 'fandoms',
  relationship: 'relationships',
  character: 'characters',
  era: 'eras',
  freeform: 'freeforms',
} as const satisfies Record<TagKind, string>
