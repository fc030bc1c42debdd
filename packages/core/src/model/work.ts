/**
 * The work document: one story with its metadata, tags, stats and text, as every engine stores it.
 * @module
 */
import { z } from 'zod'
import { CATEGORIES, RATINGS, WARNINGS } from './ao3.js'
import { FREE_TAG_KINDS, isFreeTagKind, TAG_KINDS, type TagKind } from './tag-kind.js'

/** Meilisearch's document-id rule, so ids are portable between engines. */
export const WorkId = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'id may contain only letters, digits, "-" and "_"')
  .refine((id) => Buffer.byteLength(id) <= 511, 'id must be at most 511 bytes')

export const Visibility = z.enum(['public', 'restricted', 'hidden'])
export type Visibility = z.infer<typeof Visibility>

/** Unix seconds: the engines compare dates as numbers. */
const UnixSeconds = z.number().int().nonnegative()
const Count = z.number().int().nonnegative()

export const Evidence = z.object({
  phrase: z.string(),
  count: Count,
})
export type Evidence = z.infer<typeof Evidence>

/** Where a tag came from: written by the author, or inferred from the text with evidence. */
export const TagProvenance = z.object({
  kind: z.enum(TAG_KINDS),
  tag: z.string(),
  source: z.enum(['author', 'inferred']),
  /** The tag as the author wrote it, when wrangling changed it. */
  original: z.string().optional(),
  /** False when the tag is not in the vocabulary and was kept as written. */
  wrangled: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(Evidence).optional(),
})
export type TagProvenance = z.infer<typeof TagProvenance>

export const Chapter = z.object({
  title: z.string().optional(),
  body: z.string(),
})
export type Chapter = z.infer<typeof Chapter>

export const Series = z.object({
  name: z.string().min(1),
  position: z.number().int().positive().optional(),
})

const TagList = z.array(z.string().trim().min(1))

export const Work = z.object({
  id: WorkId,
  title: z.string().trim().min(1),
  /** True when the source had no title and one was derived (from the file name or first line). */
  titleDerived: z.boolean().default(false),
  authors: z.array(z.string().trim().min(1)).default([]),
  summary: z.string().default(''),
  notes: z.string().default(''),
  language: z.string().min(2).default('en'),
  rating: z.enum(RATINGS).default('Not Rated'),
  warnings: z.array(z.enum(WARNINGS)).default([]),
  categories: z.array(z.enum(CATEGORIES)).default([]),
  fandoms: TagList.default([]),
  relationships: TagList.default([]),
  characters: TagList.default([]),
  eras: TagList.default([]),
  freeforms: TagList.default([]),
  /**
   * Two fandoms of which neither is the other or its meta fandom (`tags/crossover.ts`): set by tagging,
   * which knows the vocabulary, so the engines can filter on it.
   */
  crossover: z.boolean().default(false),
  /**
   * Extra values each free kind matches in filters beyond the work's own tags: the canonical forms and all
   * meta-tag ancestors, computed by the wrangler. Facets never count these. Ratings, warnings and
   * categories have none (their values are fixed): a work is filtered on its own, which lets the embedded
   * engine keep a search's matches of those filters from its held facet codes (`searcher.ts`).
   */
  filterTags: z.partialRecord(z.enum(FREE_TAG_KINDS), z.array(z.string())).default({}),
  series: Series.nullable().default(null),
  words: Count,
  chapters: z
    .object({ posted: z.number().int().positive(), expected: z.number().int().positive().nullable() })
    .default({ posted: 1, expected: null }),
  complete: z.boolean(),
  /** Null when the source gives no date: an unknown date is never guessed (a file's time is not the work's). */
  publishedAt: UnixSeconds.nullable().default(null),
  updatedAt: UnixSeconds.nullable().default(null),
  kudos: Count.default(0),
  hits: Count.default(0),
  comments: Count.default(0),
  bookmarks: Count.default(0),
  visibility: Visibility.default('public'),
  text: z.array(Chapter).default([]),
  contentHash: z.string().default(''),
  provenance: z.array(TagProvenance).default([]),
  /** Where the work was read from, for incremental runs and error reports. */
  source: z.string().optional(),
})
/** A validated, complete work document. */
export type Work = z.infer<typeof Work>
/** A kind's filter-only values (`filterTags`): none for the fixed kinds. */
export const filterTagsOf = (work: Pick<Work, 'filterTags'>, kind: TagKind): readonly string[] =>
  isFreeTagKind(kind) ? (work.filterTags[kind] ?? []) : []

/** A work as it may be written: defaults not yet applied. */
export type WorkInput = z.input<typeof Work>

/** What search hits carry: the work without its (possibly long) text. */
export type WorkSummary = Omit<Work, 'text'>

/** The fields of a work summary: every field of a work but its text, in the work's order. */
export const WORK_SUMMARY_FIELDS = (Object.keys(Work.shape) as (keyof Work)[]).filter(
  (field): field is keyof WorkSummary => field !== 'text',
)

/**
 * The named fields of `object` that it holds (not undefined): how a work's fields are copied into and
 * out of other shapes (an engine's document, the API's answer) without listing them again.
 */
export function pickFields<T extends object, K extends keyof T>(object: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>
  for (const field of fields) if (object[field] !== undefined) picked[field] = object[field]
  return picked
}
