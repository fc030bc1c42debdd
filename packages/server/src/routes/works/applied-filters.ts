/**
 * The tag filters a search applied, echoed in its answer as a search page shows them (“Addek” →
 * “Addison Montgomery/Derek Shepherd”): each value as given, the canonical tag it was read as, whether
 * the vocabulary knows it, and the parameter that holds it, so a page can offer to remove it.
 * @module
 */
import { type ExplainedQuery, TAG_KINDS, type TagKind } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import { LIST_SELECTION } from './present-facet.js'
import type { SearchFieldName } from './search-fields.js'
import type { SearchCriteria } from './search-query.js'

export const AppliedFilter = z
  .object({
    param: z.string().openapi({
      description: 'The search parameter that holds the value: `fandom`, `relationship_any`, `era_from`…',
      example: 'relationship_any',
    }),
    kind: z.enum(TAG_KINDS),
    value: z.string().openapi({ description: 'The value as given.', example: 'Addek' }),
    tag: z.string().openapi({
      description:
        'The canonical tag the value was read as (a synonym, another case or a ship name resolved); an unknown value as it is matched, cleaned.',
      example: 'Addison Montgomery/Derek Shepherd',
    }),
    known: z.boolean().openapi({
      description:
        'False when the tag vocabulary does not know the value: it then matches only tags written exactly so, which may be none.',
      example: true,
    }),
  })
  .openapi('AppliedFilter', {
    description: 'A tag filter the search applied, with the tag it was read as.',
  })
export type AppliedFilter = z.infer<typeof AppliedFilter>

/** The search parameter of a list of a kind's filter. */
const paramOf = (kind: TagKind, list: keyof typeof LIST_SELECTION): SearchFieldName =>
  list === 'all' ? kind : `${kind}_${LIST_SELECTION[list]}`

/** Every tag value and era range bound of a resolved search, in parameter order. */
export function appliedFilters(explained: ExplainedQuery, criteria: SearchCriteria): AppliedFilter[] {
  const filters: AppliedFilter[] = explained.values.map(({ kind, list, value, tag, known }) => ({
    param: paramOf(kind, list),
    kind,
    value,
    tag,
    known,
  }))
  const range = explained.eraRanges[0]
  const { era_fandom: fandom, era_from: from, era_to: to } = criteria
  if (range && fandom !== undefined && from !== undefined && to !== undefined) {
    filters.push(
      { param: 'era_fandom', kind: 'fandom', value: fandom, tag: range.fandom, known: true },
      { param: 'era_from', kind: 'era', value: from, tag: range.from, known: true },
      { param: 'era_to', kind: 'era', value: to, tag: range.to, known: true },
    )
  }
  return filters
}
