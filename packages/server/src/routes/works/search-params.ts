/**
 * The query string of `GET /v1/works`, read into search criteria, and written back from criteria so
 * that results can link to themselves and their neighbouring pages. One naming table serves both ways.
 * @module
 */
import { MAX_FACET_VALUES, MAX_PER_PAGE, TAG_KINDS, type TagKind } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import { boolean, commaList, integer, repeated } from '../../lib/query-values.js'
import {
  boundsInOrder,
  DATE_FIELDS,
  type DateField,
  DOCS,
  IsoDate,
  MAX_VALUES,
  NUMBER_FIELDS,
  type NumberField,
  type SearchCriteria,
  SearchText,
  SortField,
  SortOrder,
  STAT_FIELDS,
  TagSource,
  Value,
} from './search-criteria.js'

const TAG_LABEL: Record<TagKind, { label: string; example: string }> = {
  rating: { label: 'rating', example: 'Teen And Up Audiences' },
  warning: { label: 'archive warning', example: 'No Archive Warnings Apply' },
  category: { label: 'category', example: 'F/M' },
  fandom: { label: 'fandom', example: 'Harry Potter - J. K. Rowling' },
  relationship: { label: 'relationship', example: 'Hermione Granger/Draco Malfoy' },
  character: { label: 'character', example: 'Hermione Granger' },
  era: { label: 'era', example: 'Post-Canon' },
  freeform: { label: 'additional (freeform)', example: 'Enemies to Lovers' },
}

const TagValues = repeated(Value, MAX_VALUES)
type TagParam = TagKind | `${TagKind}_any` | `${TagKind}_not`
type NumberParam = `${NumberField}_min` | `${NumberField}_max`
type DateParam = `${DateField}_from` | `${DateField}_to`

const Bound = integer({ min: 0 })

function tagParams() {
  const shape: Record<string, z.ZodType> = {}
  for (const kind of TAG_KINDS) {
    const { label, example } = TAG_LABEL[kind]
    const note =
      'Repeat the parameter for several tags; values are not split on commas, since tags may contain them.'
    shape[kind] = TagValues.optional().openapi({
      description: `Works must carry every one of these ${label} tags. ${note}`,
      example: [example],
    })
    shape[`${kind}_any`] = TagValues.optional().openapi({
      description: `Works must carry at least one of these ${label} tags.`,
      example: [example],
    })
    shape[`${kind}_not`] = TagValues.optional().openapi({
      description: `Works must carry none of these ${label} tags; works with no ${label} tag qualify.`,
      example: [example],
    })
  }
  return shape as { [P in TagParam]: z.ZodOptional<typeof TagValues> }
}

function rangeParams() {
  const shape: Record<string, z.ZodType> = {}
  for (const field of NUMBER_FIELDS) {
    shape[`${field}_min`] = Bound.optional().openapi({ description: `Fewest ${field}, inclusive.` })
    shape[`${field}_max`] = Bound.optional().openapi({ description: `Most ${field}, inclusive.` })
  }
  for (const field of DATE_FIELDS) {
    shape[`${field}_from`] = IsoDate.optional().openapi({
      description: `First day ${field}, inclusive (YYYY-MM-DD, UTC).`,
      example: '2020-01-01',
    })
    shape[`${field}_to`] = IsoDate.optional().openapi({
      description: `Last day ${field}, inclusive: the whole day counts (YYYY-MM-DD, UTC).`,
      example: '2020-12-31',
    })
  }
  return shape as { [P in NumberParam]: z.ZodOptional<typeof Bound> } & {
    [P in DateParam]: z.ZodOptional<typeof IsoDate>
  }
}

/** The three parameters of an era range, which come together or not at all. */
const ERA_RANGE_PARAMS = ['era_fandom', 'era_from', 'era_to'] as const

const paramShape = {
  q: SearchText.optional(),
  ...tagParams(),
  era_fandom: Value.optional().openapi({
    description: `${DOCS.eraFandom} Give it with \`era_from\` and \`era_to\`.`,
    example: "Grey's Anatomy",
  }),
  era_from: Value.optional().openapi({ description: DOCS.eraFrom, example: 'Season 2' }),
  era_to: Value.optional().openapi({ description: DOCS.eraTo, example: 'Season 4' }),
  tag_source: TagSource.optional(),
  author: repeated(Value, MAX_VALUES)
    .optional()
    .openapi({ description: `${DOCS.authors} Repeatable.`, example: ['quillfeather'] }),
  complete: boolean().optional().openapi({ description: DOCS.complete }),
  lang: repeated(Value, MAX_VALUES)
    .optional()
    .openapi({ description: `${DOCS.languages} Repeatable.`, example: ['en'] }),
  ...rangeParams(),
  sort: SortField.optional(),
  order: SortOrder.optional(),
  page: integer({ min: 1 }).optional().openapi({ description: DOCS.page, example: 1 }),
  per_page: integer({ min: 1, max: MAX_PER_PAGE })
    .optional()
    .openapi({ description: DOCS.perPage, example: 20 }),
  facets: commaList(z.enum(TAG_KINDS), TAG_KINDS.length)
    .optional()
    .openapi({
      description: `${DOCS.facets} Comma-separated, repeated, or both.`,
      example: ['fandom', 'relationship'],
    }),
  facet_limit: integer({ min: 1, max: MAX_FACET_VALUES })
    .optional()
    .openapi({ description: DOCS.facetLimit, example: 10 }),
  stats: commaList(z.enum(STAT_FIELDS), STAT_FIELDS.length)
    .optional()
    .openapi({
      description: `${DOCS.stats} Comma-separated, repeated, or both.`,
      example: ['words', 'published'],
    }),
  highlight: boolean().optional().openapi({ description: DOCS.highlight }),
}

/**
 * The query string of `GET /v1/works`. Unknown parameters are ignored, so shared links survive the
 * tracking parameters that sites append to them.
 */
export const SearchParams = z.object(paramShape).superRefine((params, ctx) => {
  const given = ERA_RANGE_PARAMS.filter((name) => params[name] !== undefined)
  if (given.length > 0) {
    for (const name of ERA_RANGE_PARAMS) {
      if (params[name] === undefined)
        ctx.addIssue({ code: 'custom', path: [name], message: `required with ${given.join(' and ')}` })
    }
  }
  for (const field of NUMBER_FIELDS) {
    boundsInOrder(`${field}_min`, `${field}_max`, `must not be less than ${field}_min`)(params, ctx)
  }
  for (const field of DATE_FIELDS) {
    boundsInOrder(`${field}_from`, `${field}_to`, `must not be before ${field}_from`)(params, ctx)
  }
})
export type SearchParams = z.output<typeof SearchParams>

/** The criteria a query string asks for. */
export function criteriaFromParams(params: SearchParams): SearchCriteria {
  const tags: NonNullable<SearchCriteria['tags']> = {}
  for (const kind of TAG_KINDS) {
    const filter = { all: params[kind], any: params[`${kind}_any`], exclude: params[`${kind}_not`] }
    if (filter.all || filter.any || filter.exclude) tags[kind] = withoutUndefined(filter)
  }
  const ranges: NonNullable<SearchCriteria['ranges']> = {}
  for (const field of NUMBER_FIELDS) {
    const range = { min: params[`${field}_min`], max: params[`${field}_max`] }
    if (range.min !== undefined || range.max !== undefined) ranges[field] = withoutUndefined(range)
  }
  for (const field of DATE_FIELDS) {
    const range = { from: params[`${field}_from`], to: params[`${field}_to`] }
    if (range.from !== undefined || range.to !== undefined) ranges[field] = withoutUndefined(range)
  }
  const { era_fandom: fandom, era_from: from, era_to: to } = params
  return withoutUndefined({
    text: params.q,
    tags: Object.keys(tags).length > 0 ? tags : undefined,
    eraRange:
      fandom !== undefined && from !== undefined && to !== undefined ? { fandom, from, to } : undefined,
    tagSource: params.tag_source,
    authors: params.author,
    complete: params.complete,
    languages: params.lang,
    ranges: Object.keys(ranges).length > 0 ? ranges : undefined,
    sort: params.sort,
    order: params.order,
    page: params.page,
    perPage: params.per_page,
    facets: params.facets,
    facetLimit: params.facet_limit,
    stats: params.stats,
    highlight: params.highlight,
  })
}

/**
 * The query string that asks for some criteria: the inverse of {@link criteriaFromParams}, in the
 * parameter order of the API reference, lists as repeated parameters.
 */
export function paramsFromCriteria(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams()
  const set = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) params.append(name, String(value))
  }
  const setAll = (name: string, values: readonly string[] | undefined) => {
    for (const value of values ?? []) params.append(name, value)
  }
  set('q', criteria.text === '' ? undefined : criteria.text)
  for (const kind of TAG_KINDS) {
    const filter = criteria.tags?.[kind]
    setAll(kind, filter?.all)
    setAll(`${kind}_any`, filter?.any)
    setAll(`${kind}_not`, filter?.exclude)
  }
  set('era_fandom', criteria.eraRange?.fandom)
  set('era_from', criteria.eraRange?.from)
  set('era_to', criteria.eraRange?.to)
  set('tag_source', criteria.tagSource)
  setAll('author', criteria.authors)
  set('complete', criteria.complete)
  setAll('lang', criteria.languages)
  for (const field of NUMBER_FIELDS) {
    set(`${field}_min`, criteria.ranges?.[field]?.min)
    set(`${field}_max`, criteria.ranges?.[field]?.max)
  }
  for (const field of DATE_FIELDS) {
    set(`${field}_from`, criteria.ranges?.[field]?.from)
    set(`${field}_to`, criteria.ranges?.[field]?.to)
  }
  set('sort', criteria.sort)
  set('order', criteria.order)
  set('page', criteria.page)
  set('per_page', criteria.perPage)
  set('facets', joined(criteria.facets))
  set('facet_limit', criteria.facetLimit)
  set('stats', joined(criteria.stats))
  set('highlight', criteria.highlight)
  return params
}

const joined = (values: readonly string[] | undefined) => (values?.length ? values.join(',') : undefined)

/** Drops undefined properties, so criteria compare equal however they were built. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
