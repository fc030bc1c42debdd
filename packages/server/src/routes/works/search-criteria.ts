/**
 * The search criteria both search routes accept (the JSON body of `POST /v1/works/search`, and what the
 * query string of `GET /v1/works` is read into), and the one mapping from criteria to the engine's
 * `SearchQuery`.
 * @module
 */
import {
  MAX_FACET_VALUES,
  MAX_PER_PAGE,
  parseQuery,
  type RangeField,
  type Scope,
  type SearchQuery,
  SORT_FIELDS,
  TAG_KINDS,
  type TagKind,
} from '@ficdex/core'
import { z } from '@hono/zod-openapi'

/** Numeric fields that can be ranged and summarised, by their API names. */
export const NUMBER_FIELDS = ['words', 'kudos', 'hits', 'comments', 'bookmarks', 'chapters'] as const
export type NumberField = (typeof NUMBER_FIELDS)[number]
/** Date fields that can be ranged and summarised, by their API names. */
export const DATE_FIELDS = ['published', 'updated'] as const
export type DateField = (typeof DATE_FIELDS)[number]
export const STAT_FIELDS = [...NUMBER_FIELDS, ...DATE_FIELDS] as const
export type StatField = (typeof STAT_FIELDS)[number]

/** The engine's name for each API field. */
export const ENGINE_FIELD = {
  words: 'words',
  kudos: 'kudos',
  hits: 'hits',
  comments: 'comments',
  bookmarks: 'bookmarks',
  chapters: 'chapters',
  published: 'publishedAt',
  updated: 'updatedAt',
} as const satisfies Record<StatField, RangeField>

export const MAX_TEXT_LENGTH = 500
export const MAX_VALUES = 50

export const Value = z.string().trim().min(1).max(500)
export const Values = z.array(Value).max(MAX_VALUES)
export const Count = z.number().int().nonnegative()
export const IsoDate = z.iso.date().openapi({ example: '2021-06-30' })

/** Descriptions shared by the query string and the JSON body, which must tell the same story. */
export const DOCS = {
  text: 'Full-text query over title, summary, tags and text. Tolerates typos; the last word matches as a prefix.',
  authors: 'Works by any of these authors.',
  complete: '`true` for complete works only, `false` for works in progress only.',
  languages: 'Works in any of these languages.',
  page: '1-based page number.',
  perPage: `Hits per page (default 20, at most ${MAX_PER_PAGE}).`,
  facets: 'Tag kinds whose values to count over all matching works.',
  facetLimit: `Values per facet (default 10, at most ${MAX_FACET_VALUES}).`,
  stats: 'Fields whose minimum and maximum over all matching works to return.',
  highlight: '`true` to return highlighted excerpts with each hit.',
  eraFandom: 'The fandom whose eras the era range spans (its name or a synonym, e.g. `GA`).',
  eraFrom: 'The first era of the range, inclusive (a name or synonym, e.g. `Season 2`).',
  eraTo: 'The last era of the range, inclusive; the bounds may be given either way round.',
  tagSource:
    '`author` to match only the tags authors wrote (and their meta tags) in fandom, relationship, character, era and freeform filters, never tags inferred from the text; `any` (the default) matches both.',
} as const

/** Which tags filters look at: see `DOCS.tagSource`. */
export const TAG_SOURCES = ['any', 'author'] as const satisfies readonly SearchQuery['tagSource'][]
export const TagSource = z.enum(TAG_SOURCES).openapi({ description: DOCS.tagSource, example: 'author' })

export const SearchText = z
  .string()
  .trim()
  .max(MAX_TEXT_LENGTH)
  .openapi({ description: DOCS.text, example: 'time travel' })
export const SortField = z
  .enum(SORT_FIELDS)
  .openapi({ description: 'Sort field; `relevance` (the default) orders by best match.', example: 'kudos' })
export const SortOrder = z
  .enum(['asc', 'desc'])
  .openapi({ description: 'Sort direction; defaults to ascending for `title`, descending otherwise.' })

/** Builds an object with one optional property per tag kind. */
export function perTagKind<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(TAG_KINDS.map((kind) => [kind, schema.optional()]))
  return z.strictObject(shape as { [K in TagKind]: z.ZodOptional<T> })
}

export const TagFilter = z
  .strictObject({
    all: Values.optional().openapi({ description: 'Works must carry every one of these tags.' }),
    any: Values.optional().openapi({ description: 'Works must carry at least one of these tags.' }),
    exclude: Values.optional().openapi({
      description: 'Works must carry none of these tags (works without any tag of the kind qualify).',
    }),
  })
  .openapi('TagFilter', {
    description:
      'Tag conditions for one kind. Matching is case-insensitive and also finds synonyms and sub-tags of each tag.',
  })

/** A refinement reporting bounds out of order, on the upper bound, which is where callers look. */
export function boundsInOrder<K extends string>(low: K, high: K, message: string) {
  return (range: Partial<Record<K, number | string>>, ctx: z.core.$RefinementCtx) => {
    const min = range[low]
    const max = range[high]
    if (min !== undefined && max !== undefined && min > max) {
      ctx.addIssue({ code: 'custom', path: [high], message })
    }
  }
}

export const EraRange = z
  .strictObject({
    fandom: Value.openapi({ description: DOCS.eraFandom, example: "Grey's Anatomy" }),
    from: Value.openapi({ description: DOCS.eraFrom, example: 'Season 2' }),
    to: Value.openapi({ description: DOCS.eraTo, example: 'Season 4' }),
  })
  .openapi('EraRange', {
    description:
      'Works set in at least one era of a fandom from one era to another, in story order: seasons 2 to 4 of Grey’s Anatomy are `{ "fandom": "Grey\'s Anatomy", "from": "Season 2", "to": "Season 4" }`. An unknown fandom or era is a `validation_failed` error naming it.',
  })

export const NumberRange = z
  .strictObject({
    min: Count.optional().openapi({ description: 'Inclusive lower bound.', example: 1000 }),
    max: Count.optional().openapi({ description: 'Inclusive upper bound.', example: 50000 }),
  })
  .superRefine(boundsInOrder('min', 'max', 'max must not be less than min'))
  .openapi('NumberRange')

export const DateRange = z
  .strictObject({
    from: IsoDate.optional().openapi({ description: 'First day, inclusive (UTC).' }),
    to: IsoDate.optional().openapi({ description: 'Last day, inclusive: the whole day counts (UTC).' }),
  })
  .superRefine(boundsInOrder('from', 'to', 'to must not be before from'))
  .openapi('DateRange')

const rangeShape = {
  ...(Object.fromEntries(NUMBER_FIELDS.map((field) => [field, NumberRange.optional()])) as {
    [F in NumberField]: z.ZodOptional<typeof NumberRange>
  }),
  ...(Object.fromEntries(DATE_FIELDS.map((field) => [field, DateRange.optional()])) as {
    [F in DateField]: z.ZodOptional<typeof DateRange>
  }),
}

export const SearchRequest = z
  .strictObject({
    text: SearchText.optional(),
    tags: perTagKind(TagFilter)
      .optional()
      .openapi({
        description: 'Tag conditions per kind.',
        example: {
          relationship: { any: ['Hermione Granger/Draco Malfoy'] },
          warning: { exclude: ['Major Character Death'] },
        },
      }),
    eraRange: EraRange.optional(),
    tagSource: TagSource.optional(),
    authors: Values.optional().openapi({ description: DOCS.authors, example: ['quillfeather'] }),
    complete: z.boolean().optional().openapi({ description: DOCS.complete }),
    languages: Values.optional().openapi({ description: DOCS.languages, example: ['en'] }),
    ranges: z
      .strictObject(rangeShape)
      .optional()
      .openapi({
        description: 'Inclusive ranges over numbers and dates (dates as YYYY-MM-DD, UTC).',
        example: { words: { min: 10000 }, published: { from: '2020-01-01', to: '2020-12-31' } },
      }),
    sort: SortField.optional(),
    order: SortOrder.optional(),
    page: z.number().int().min(1).optional().openapi({ description: DOCS.page, example: 1 }),
    perPage: z
      .number()
      .int()
      .min(1)
      .max(MAX_PER_PAGE)
      .optional()
      .openapi({ description: DOCS.perPage, example: 20 }),
    facets: z
      .array(z.enum(TAG_KINDS))
      .max(TAG_KINDS.length)
      .optional()
      .openapi({
        description: DOCS.facets,
        example: ['fandom', 'relationship'],
      }),
    facetLimit: z
      .number()
      .int()
      .min(1)
      .max(MAX_FACET_VALUES)
      .optional()
      .openapi({ description: DOCS.facetLimit, example: 10 }),
    stats: z
      .array(z.enum(STAT_FIELDS))
      .max(STAT_FIELDS.length)
      .optional()
      .openapi({
        description: DOCS.stats,
        example: ['words', 'published'],
      }),
    highlight: z.boolean().optional().openapi({ description: DOCS.highlight }),
  })
  .openapi('SearchRequest', {
    description:
      'A search, as a JSON body. `GET /v1/works` takes the same in its query string. Tag values may be synonyms, any case, or meta tags: each is resolved to its canonical tag through the tag vocabulary.',
  })

/** Search criteria, validated: what both search routes hand to {@link toSearchQuery}. */
export type SearchCriteria = z.output<typeof SearchRequest>

const DAY_SECONDS = 86_400

/** A UTC day as Unix seconds: its first second, or with `endOfDay` its last. */
export function dayToSeconds(day: string, endOfDay = false): number {
  const start = Date.parse(`${day}T00:00:00Z`) / 1000
  return endOfDay ? start + DAY_SECONDS - 1 : start
}

/**
 * The engine query for some criteria, seen with a scope, with tag values as given: `resolveSearch`
 * resolves them through the vocabulary and applies `eraRange`, which needs it.
 * @example
 * toSearchQuery({ text: 'dragons', ranges: { words: { min: 1000 } } }, 'public')
 */
export function toSearchQuery(criteria: SearchCriteria, scope: Scope): SearchQuery {
  const ranges: SearchQuery['ranges'] = {}
  for (const field of NUMBER_FIELDS) {
    const range = criteria.ranges?.[field]
    if (range) ranges[ENGINE_FIELD[field]] = { min: range.min, max: range.max }
  }
  for (const field of DATE_FIELDS) {
    const range = criteria.ranges?.[field]
    if (range) {
      ranges[ENGINE_FIELD[field]] = {
        min: range.from === undefined ? undefined : dayToSeconds(range.from),
        max: range.to === undefined ? undefined : dayToSeconds(range.to, true),
      }
    }
  }
  const tags: SearchQuery['tags'] = {}
  for (const kind of TAG_KINDS) {
    const filter = criteria.tags?.[kind]
    if (filter) tags[kind] = { all: filter.all ?? [], any: filter.any ?? [], exclude: filter.exclude ?? [] }
  }
  return parseQuery({
    text: criteria.text,
    tags,
    authors: criteria.authors,
    complete: criteria.complete,
    languages: criteria.languages,
    ranges,
    scope,
    sort: { field: criteria.sort ?? 'relevance', order: criteria.order },
    page: criteria.page,
    perPage: criteria.perPage,
    facets: { kinds: unique(criteria.facets ?? []), limit: criteria.facetLimit },
    stats: unique((criteria.stats ?? []).map((field) => ENGINE_FIELD[field])),
    highlight: criteria.highlight,
    tagSource: criteria.tagSource,
  })
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]
