/**
 * What both search routes answer: a page of hits with facet counts, stats and links, and the function
 * that builds it from the engine's result.
 * @module
 */
import {
  type SearchResult as EngineResult,
  type ExplainedQuery,
  FREE_TAG_KINDS,
  type FreeTagKind,
  searchAfter,
} from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import { orNull } from '../../lib/or-null.js'
import { AppliedFilter, appliedFilters } from './applied-filters.js'
import { encodeCursor } from './cursor.js'
import { Facet, presentFacet } from './present-facet.js'
import { isoFromSeconds, presentWorkSummary } from './present-work.js'
import { WorkSummary } from './schema.js'
import {
  DATE_FIELDS,
  ENGINE_FIELD,
  FACET_FIELD,
  FACET_PARAMS,
  type FacetParam,
  NUMBER_FIELDS,
} from './search-fields.js'
import { paramsFromCriteria } from './search-params.js'
import type { SearchCriteria } from './search-query.js'

const HighlightedTags = z
  .object(
    Object.fromEntries(FREE_TAG_KINDS.map((kind) => [kind, z.array(z.string()).optional()])) as {
      [K in FreeTagKind]: z.ZodOptional<z.ZodArray<z.ZodString>>
    },
  )
  .openapi('HighlightedTags', {
    description:
      'Per searchable tag kind with at least one match: all of the work’s tags of that kind, in the work’s order, as HTML.',
    example: { character: ['<mark>Addison</mark> Montgomery', 'Mark Sloan'] },
  })

export const Highlights = z
  .object({
    title: z.string().optional(),
    summary: z.string().optional(),
    tags: HighlightedTags.optional(),
    text: z.string().optional().openapi({
      description:
        'About thirty words of the text cropped around its best match (`…` where it was cut), present only when the text matched.',
    }),
  })
  .openapi('Highlights', {
    description:
      'When `highlight` was asked for: HTML fragments, the stored text escaped and every word that matches the query wrapped in `<mark>…</mark>` — as typed (case and accents aside), within its typo allowance, the last word also as a prefix, a quoted phrase where its words stand together; excluded words never. Title and summary always come; tags and text only where something matched. Both engines mark the same words.',
    example: {
      title: 'Letters from <mark>Pemberley</mark>',
      summary: 'Elizabeth writes from <mark>Pemberley</mark>.',
      text: '…she walked up to <mark>Pemberley</mark> at last…',
    },
  })

export const SearchHit = z
  .object({ work: WorkSummary, highlights: Highlights.optional() })
  .openapi('SearchHit')

/** Builds an object with one optional property per facet. */
function perFacet<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(FACET_PARAMS.map((name) => [name, schema.optional()]))
  return z.strictObject(shape as { [K in FacetParam]: z.ZodOptional<T> })
}

export const Facets = perFacet(Facet).openapi('Facets', {
  description:
    'Per requested facet (a tag kind, or `lang`): its values by count, counted over all matching works (disjunctively for a kind filtered with `<kind>_any`, and for `lang` when the search names languages), which of them the search selects, and whether more exist.',
})

export const NumberStats = z
  .object({ min: z.number(), max: z.number() })
  .openapi('NumberStats', { example: { min: 1200, max: 250000 } })

export const DateStats = z
  .object({
    min: z.string().openapi({ format: 'date-time' }),
    max: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('DateStats', { example: { min: '2011-02-03T00:00:00Z', max: '2024-05-06T12:00:00Z' } })

export const Stats = z
  .strictObject({
    ...(Object.fromEntries(NUMBER_FIELDS.map((field) => [field, orNull(NumberStats).optional()])) as {
      [F in (typeof NUMBER_FIELDS)[number]]: z.ZodOptional<ReturnType<typeof orNull<typeof NumberStats>>>
    }),
    ...(Object.fromEntries(DATE_FIELDS.map((field) => [field, orNull(DateStats).optional()])) as {
      [F in (typeof DATE_FIELDS)[number]]: z.ZodOptional<ReturnType<typeof orNull<typeof DateStats>>>
    }),
  })
  .openapi('Stats', {
    description:
      'Per requested field: minimum and maximum over all matching works, or null when nothing matches.',
  })

export const SearchLinks = z
  .object({
    self: z.string().openapi({ example: '/v1/works?q=dragons&page=2' }),
    next: z.string().optional().openapi({ example: '/v1/works?q=dragons&page=3' }),
    prev: z.string().optional().openapi({ example: '/v1/works?q=dragons' }),
  })
  .openapi('SearchLinks', {
    description: 'Shareable `GET /v1/works` URLs (relative) for this page and its neighbours.',
  })

export const SearchResult = z
  .object({
    hits: z.array(SearchHit),
    total: z
      .number()
      .int()
      .nonnegative()
      .openapi({ description: 'All matching works you may see.', example: 42 }),
    page: z.number().int().positive().openapi({ example: 1 }),
    perPage: z.number().int().positive().openapi({ example: 20 }),
    totalPages: z.number().int().positive().openapi({
      description:
        'At least 1: a search with no matches is one empty page, so `page` never exceeds `totalPages` while there are hits. A page past the last has no hits and keeps its number.',
      example: 3,
    }),
    facets: Facets,
    filters: z.array(AppliedFilter).openapi({
      description:
        'The tag filters applied, each with the canonical tag it was read as and whether the vocabulary knows it, in parameter order.',
    }),
    stats: Stats,
    didYouMean: z.string().optional().openapi({
      description:
        'When the text found fewer than three works: `q` with each word the index does not hold replaced by the closest word or ship name it does, when one is close enough (two edits, same first letter).',
      example: 'shepherd',
    }),
    links: SearchLinks,
  })
  .openapi('SearchResult', { description: 'One page of matching works.' })
export type SearchResult = z.infer<typeof SearchResult>

const SEARCH_PATH = '/v1/works'

/**
 * The API answer for an engine result: facets marked with the values the resolved query selects, the
 * applied filters echoed, and links built from the criteria that produced it.
 */
export function presentSearchResult(
  result: EngineResult,
  criteria: SearchCriteria,
  explained: ExplainedQuery,
): SearchResult {
  const facets: SearchResult['facets'] = {}
  for (const name of FACET_PARAMS) {
    const facet = result.facets[FACET_FIELD[name]]
    if (facet) facets[name] = presentFacet(facet, FACET_FIELD[name], explained.query)
  }
  const stats: SearchResult['stats'] = {}
  for (const field of NUMBER_FIELDS) {
    const stat = result.stats[ENGINE_FIELD[field]]
    if (stat !== undefined) stats[field] = stat && { min: stat.min, max: stat.max }
  }
  for (const field of DATE_FIELDS) {
    const stat = result.stats[ENGINE_FIELD[field]]
    if (stat !== undefined)
      stats[field] = stat && { min: isoFromSeconds(stat.min), max: isoFromSeconds(stat.max) }
  }
  return {
    hits: result.hits.map(({ work, highlights }) => ({
      work: presentWorkSummary(work),
      ...(highlights ? { highlights } : {}),
    })),
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    totalPages: result.totalPages,
    facets,
    filters: appliedFilters(explained, criteria),
    stats,
    ...(result.didYouMean === undefined ? {} : { didYouMean: result.didYouMean }),
    links:
      criteria.cursor === undefined
        ? searchLinks(criteria, result.page, result.totalPages)
        : cursorLinks(criteria, result, explained.query.sort),
  }
}

/** Cursor paging's links: this page, and the next after its last hit while pages are full. */
function cursorLinks(
  criteria: SearchCriteria,
  result: EngineResult,
  sort: ExplainedQuery['query']['sort'],
): SearchResult['links'] {
  const link = (cursor: string) => `${SEARCH_PATH}?${paramsFromCriteria({ ...criteria, cursor }).toString()}`
  const last = result.hits.at(-1)
  const full = last !== undefined && result.hits.length === result.perPage
  return {
    self: link(criteria.cursor as string),
    ...(full ? { next: link(encodeCursor(sort, searchAfter(last.work, sort))) } : {}),
  }
}

function searchLinks(criteria: SearchCriteria, page: number, totalPages: number): SearchResult['links'] {
  const link = (target: number) => {
    const query = paramsFromCriteria({ ...criteria, page: target > 1 ? target : undefined }).toString()
    return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
  }
  return {
    self: link(page),
    ...(page < totalPages ? { next: link(page + 1) } : {}),
    ...(page > 1 ? { prev: link(Math.min(page - 1, Math.max(totalPages, 1))) } : {}),
  }
}
