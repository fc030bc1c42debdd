/**
 * The kinds of tag a work carries, what each is called, and the work field that holds each kind.
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

/** What a kind is called, one tag and several, as AO3 heads them on a work and in its filters. */
export const TAG_KIND_LABELS = {
  rating: { singular: 'Rating', plural: 'Ratings' },
  warning: { singular: 'Archive warning', plural: 'Archive warnings' },
  category: { singular: 'Category', plural: 'Categories' },
  fandom: { singular: 'Fandom', plural: 'Fandoms' },
  relationship: { singular: 'Relationship', plural: 'Relationships' },
  character: { singular: 'Character', plural: 'Characters' },
  era: { singular: 'Canon era', plural: 'Canon eras' },
  freeform: { singular: 'Additional tag', plural: 'Additional tags' },
} as const satisfies Record<TagKind, { singular: string; plural: string }>

/** Kinds whose values are written freely by authors and wrangled against the vocabulary. */
export const FREE_TAG_KINDS = ['fandom', 'relationship', 'character', 'era', 'freeform'] as const
export type FreeTagKind = (typeof FREE_TAG_KINDS)[number]

export const isFreeTagKind = (kind: string): kind is FreeTagKind =>
  (FREE_TAG_KINDS as readonly string[]).includes(kind)

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
