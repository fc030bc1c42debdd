/**
 * A facet as search pages want it: its values with counts, which of them the search is filtered by
 * (so a page can check their boxes), whether more values exist, and whether the counts are disjunctive.
 * Shared by the search routes and the facet value search.
 * @module
 */
import {
  type Facet as EngineFacet,
  type FacetField,
  isTagKind,
  normalizeFacet,
  type SearchQuery,
  type TagFilter,
} from '@ficdex/core'
import { z } from '@hono/zod-openapi'

/** The query parameter suffix of each list of a tag filter: `fandom`, `fandom_any`, `fandom_not`. */
export const LIST_SELECTION = { all: 'all', any: 'any', exclude: 'not' } as const satisfies Record<
  keyof TagFilter,
  string
>
export type Selection = (typeof LIST_SELECTION)[keyof TagFilter]

export const FacetValue = z
  .object({
    value: z.string().openapi({ example: 'Addison Montgomery/Derek Shepherd' }),
    count: z.number().int().nonnegative().openapi({
      description:
        'Matching works carrying it; for a disjunctive facet, the works the search would find with this value chosen instead of the kind’s `_any` values.',
      example: 42,
    }),
    selected: z.enum(['all', 'any', 'not']).optional().openapi({
      description:
        'The filter that names this value, when one does: `all` (`<kind>`), `any` (`<kind>_any`) or `not` (`<kind>_not`).',
      example: 'any',
    }),
  })
  .openapi('FacetValue')
export type FacetValue = z.infer<typeof FacetValue>

export const Facet = z
  .object({
    values: z.array(FacetValue),
    more: z.boolean().openapi({
      description: 'True when the kind has more values than were returned: worth a “show more”.',
    }),
    disjunctive: z.boolean().openapi({
      description:
        'True when the search filters this kind with `<kind>_any` values: the counts are then taken as if that filter were absent (every other condition applied), so choosing another value adds to the hits rather than narrowing them.',
    }),
  })
  .openapi('Facet', {
    description: 'Values by count (most first, then by value), counted over all matching works.',
    example: {
      values: [
        { value: "Grey's Anatomy", count: 17, selected: 'any' },
        { value: 'Private Practice', count: 10 },
      ],
      more: true,
      disjunctive: true,
    },
  })
export type Facet = z.infer<typeof Facet>

/** The selection of each value of a kind's filter, by normalized value. */
function selections(filter: TagFilter | undefined): Map<string, Selection> {
  const selected = new Map<string, Selection>()
  for (const list of ['all', 'any', 'exclude'] as const) {
    for (const value of filter?.[list] ?? []) selected.set(normalizeFacet(value), LIST_SELECTION[list])
  }
  return selected
}

/** The filter that chooses among a facet's values: a tag kind's, or the languages (any-of only). */
const filterOf = (query: SearchQuery, field: FacetField): TagFilter | undefined =>
  isTagKind(field) ? query.tags[field] : { all: [], any: query.languages, exclude: [] }

/** A facet as the API answers it, for the (resolved) query it was counted for. */
export function presentFacet(
  facet: Pick<EngineFacet, 'values' | 'more'>,
  field: FacetField,
  query: SearchQuery,
): Facet {
  const filter = filterOf(query, field)
  const selected = selections(filter)
  return {
    values: facet.values.map(({ value, count }) => {
      const selection = selected.get(normalizeFacet(value))
      return selection ? { value, count, selected: selection } : { value, count }
    }),
    more: facet.more,
    disjunctive: (filter?.any.length ?? 0) > 0,
  }
}
