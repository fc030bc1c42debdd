/**
 * The one query model of work search, derived from the parameter table: `SearchParams` reads it from
 * the query string of `GET /v1/works`, `SearchRequest` from the JSON body of `POST /v1/works/search`.
 * Both are strict, so a misspelt or unknown parameter is an error naming it rather than a filter
 * silently dropped, and both read to the same `SearchCriteria`.
 * @module
 */
import { canSearchAfter, type SortField } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import { decodeCursor } from './cursor.js'
import {
  DATE_FIELDS,
  type FieldGroup,
  NUMBER_FIELDS,
  SEARCH_FIELDS,
  type SearchField,
} from './search-fields.js'

type Fields = Record<string, SearchField<unknown>>
type Side = 'query' | 'json'
type FieldValue<F> = F extends SearchField<infer T> ? T : never

/** One optional, documented schema per parameter, read from one side. */
export function shapeOf<F extends Fields>(fields: F, side: Side) {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([name, { description, example, ...type }]) => [
      name,
      type[side].optional().openapi({ description, ...(example === undefined ? {} : { example }) }),
    ]),
  )
  return shape as { [K in keyof F]: z.ZodOptional<z.ZodType<FieldValue<F[K]>>> }
}

/** The three parameters of an era range, which come together or not at all. */
const ERA_RANGE_PARAMS = ['era_fandom', 'era_from', 'era_to'] as const

type Bounds = Partial<Record<string, unknown>>

/**
 * The rules between parameters: an era range is whole, no range ends before it starts, a seed goes
 * with the random sort. Each problem is reported on the parameter to change (the missing one, the
 * upper bound, the seed).
 */
export function checkSearch(params: Bounds, ctx: z.core.$RefinementCtx): void {
  const given = ERA_RANGE_PARAMS.filter((name) => params[name] !== undefined)
  if (given.length > 0) {
    for (const name of ERA_RANGE_PARAMS) {
      if (params[name] === undefined)
        ctx.addIssue({ code: 'custom', path: [name], message: `required with ${given.join(' and ')}` })
    }
  }
  const inOrder = (low: string, high: string, message: string) => {
    const min = params[low] as number | string | undefined
    const max = params[high] as number | string | undefined
    if (min !== undefined && max !== undefined && min > max)
      ctx.addIssue({ code: 'custom', path: [high], message })
  }
  for (const field of NUMBER_FIELDS)
    inOrder(`${field}_min`, `${field}_max`, `must not be less than ${field}_min`)
  for (const field of DATE_FIELDS) inOrder(`${field}_from`, `${field}_to`, `must not be before ${field}_from`)
  if (params.seed !== undefined && params.sort !== 'random')
    ctx.addIssue({ code: 'custom', path: ['seed'], message: 'only with sort=random' })
  checkCursor(params, ctx)
}

/** A cursor is for a stable order, without `page`, and from this API for the same sort. */
function checkCursor(params: Bounds, ctx: z.core.$RefinementCtx): void {
  const cursor = params.cursor as string | undefined
  if (cursor === undefined) return
  if (params.page !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['page'],
      message: 'not with cursor: a cursor says where the page starts',
    })
  const sort = {
    field: (params.sort as SortField | undefined) ?? 'relevance',
    order: params.order as 'asc' | 'desc' | undefined,
    seed: params.seed as number | undefined,
  }
  if (!canSearchAfter({ sort, text: (params.q as string | undefined) ?? '' })) {
    ctx.addIssue({
      code: 'custom',
      path: ['cursor'],
      message: 'needs a sort other than relevance when q is given',
    })
    return
  }
  const decoded = decodeCursor(cursor, sort)
  if ('error' in decoded) ctx.addIssue({ code: 'custom', path: ['cursor'], message: decoded.error })
}

/** The query string of `GET /v1/works`. */
export const SearchParams = z.strictObject(shapeOf(SEARCH_FIELDS, 'query')).superRefine(checkSearch)

/** The JSON body of `POST /v1/works/search`: the same parameters with their JSON types. */
export const SearchRequest = z
  .strictObject(shapeOf(SEARCH_FIELDS, 'json'))
  .superRefine(checkSearch)
  .openapi('SearchQuery', {
    description:
      'A work search: the parameters of `GET /v1/works`, with the same names, as a JSON object. Lists may be given as one value. Tag values may be synonyms, any case, or meta tags: each is resolved to its canonical tag through the tag vocabulary. Unknown properties are errors.',
    example: {
      q: 'ferry',
      fandom: ["Grey's Anatomy"],
      relationship_any: ['Addek'],
      warning_not: ['Major Character Death'],
      words_min: 1000,
      sort: 'kudos',
      facets: ['relationship', 'freeform'],
    },
  })

/** A validated search, the same from either route. */
export type SearchCriteria = z.output<typeof SearchRequest>

/** The description of a set of groups for a route: one line per group, naming its parameters. */
export function describeGroups(groups: readonly FieldGroup<Fields>[]): string {
  return groups
    .map(({ title, about, pattern, fields }) => {
      const names =
        pattern ??
        Object.keys(fields)
          .map((name) => `\`${name}\``)
          .join(', ')
      return `- ${title} (${names}): ${about}`
    })
    .join('\n')
}
