/**
 * The range filters, declared once. Each entry names the query field, the API parameter and its kind
 * of value, the embedded engine's column, how a work's value is read, and the words the API
 * reference uses; the query model, both engines, the server's query-string and body schemas, their
 * OpenAPI text, the comparison engines of the bench and the contract's range cases all derive from
 * this table. A new range over what a work already holds is one entry here (and a schema version
 * bump, since the embedded engine stores one column per entry).
 * @module
 */
import { RATINGS } from './ao3.js'
import type { WorkSummary } from './work.js'

export interface RangeFilterSpec {
  /** API parameters: `<param>_min`/`<param>_max` for counts, `<param>_from`/`<param>_to` for dates. */
  param: string
  /** `count`: a whole number; `date`: Unix seconds, given to the API as days. */
  type: 'count' | 'date'
  /** The embedded engine's column (an integer; nullable for dates). */
  column: string
  /**
   * A work's value; null only for a date the source did not give. An unknown value is outside every
   * range, sorts after every known one in both directions and is left out of stats.
   */
  value: (work: WorkSummary) => number | null
  /** What the API reference calls it: "Fewest <about>", "First day <about>". */
  about: string
}

export const RANGE_FILTERS = {
  words: { param: 'words', type: 'count', column: 'words', value: (w) => w.words, about: 'words' },
  kudos: { param: 'kudos', type: 'count', column: 'kudos', value: (w) => w.kudos, about: 'kudos' },
  hits: { param: 'hits', type: 'count', column: 'hits', value: (w) => w.hits, about: 'hits' },
  comments: {
    param: 'comments',
    type: 'count',
    column: 'comments',
    value: (w) => w.comments,
    about: 'comments',
  },
  bookmarks: {
    param: 'bookmarks',
    type: 'count',
    column: 'bookmarks',
    value: (w) => w.bookmarks,
    about: 'bookmarks',
  },
  chapters: {
    param: 'chapters',
    type: 'count',
    column: 'chapters',
    value: (w) => w.chapters.posted,
    about: 'chapters posted',
  },
  publishedAt: {
    param: 'published',
    type: 'date',
    column: 'published_at',
    value: (w) => w.publishedAt,
    about: 'published',
  },
  updatedAt: {
    param: 'updated',
    type: 'date',
    column: 'updated_at',
    value: (w) => w.updatedAt,
    about: 'updated',
  },
  ratingOrder: {
    param: 'rating_order',
    type: 'count',
    column: 'rating_order',
    value: (w) => RATINGS.indexOf(w.rating),
    about: 'rating order (0 General Audiences, 1 Teen And Up, 2 Mature, 3 Explicit, 4 Not Rated)',
  },
} as const satisfies Record<string, RangeFilterSpec>

export type RangeField = keyof typeof RANGE_FILTERS
export const RANGE_FIELDS = Object.keys(RANGE_FILTERS) as [RangeField, ...RangeField[]]

/** Each range field's value for a work. */
export function rangeValues(work: WorkSummary): Record<RangeField, number | null> {
  return Object.fromEntries(RANGE_FIELDS.map((field) => [field, RANGE_FILTERS[field].value(work)])) as Record<
    RangeField,
    number | null
  >
}

/** Whether a range's values may be unknown (null): the dates. */
export const isNullableRange = (field: RangeField): boolean => RANGE_FILTERS[field].type === 'date'
