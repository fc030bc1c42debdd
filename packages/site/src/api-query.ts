/**
 * What the page asks the API for a state: one search with its filters, one page of highlighted hits
 * and every facet, and a value search for each facet the reader is searching within. The SDK's query
 * has the page URL's names, so this is mostly the state read back.
 * @module
 */
import {
  type Facet,
  type SearchFacetValuesParams,
  type SearchQuery,
  TAG_KINDS,
  type TagKind,
} from '@ficdex/sdk'
import { type SearchState, sortOf, TAG_MODES, tagParam } from './search-state.js'

export const PER_PAGE = 20
/** Values a facet shows at first, and after “show more”. */
export const FACET_VALUES = { few: 10, more: 50 } as const

/** Values asked of every facet: one limit serves all kinds, so an expanded facet raises it for all. */
export const facetLimit = (state: SearchState): number =>
  state.more.length > 0 ? FACET_VALUES.more : FACET_VALUES.few

/** Values one kind's facet shows. */
export const kindLimit = (state: SearchState, kind: TagKind): number =>
  state.more.includes(kind) ? FACET_VALUES.more : FACET_VALUES.few

/** The values a facet shows, and whether it has more to show, from the API's facet. */
export function facetShown(
  state: SearchState,
  kind: TagKind,
  facet: Facet | undefined,
): { shown: Facet['values']; moreExist: boolean } {
  const values = facet?.values ?? []
  const limit = kindLimit(state, kind)
  return { shown: values.slice(0, limit), moreExist: values.length > limit || (facet?.more ?? false) }
}

/** The filters of a state (no paging, facets or highlights). */
export function filterQuery(state: SearchState): SearchQuery {
  const query: Record<string, unknown> = {}
  if (state.q) query.q = state.q
  for (const kind of TAG_KINDS) {
    for (const mode of TAG_MODES) {
      const values = state.tags[kind][mode]
      if (values.length > 0) query[tagParam(kind, mode)] = values
    }
  }
  if (state.wordsMin !== undefined) query.words_min = state.wordsMin
  if (state.wordsMax !== undefined) query.words_max = state.wordsMax
  if (state.updatedFrom) query.updated_from = state.updatedFrom
  if (state.updatedTo) query.updated_to = state.updatedTo
  if (state.complete) query.complete = true
  if (state.lang) query.lang = state.lang
  return query as SearchQuery
}

/** The whole search behind a results page. */
export function searchQuery(state: SearchState): SearchQuery {
  return {
    ...filterQuery(state),
    sort: sortOf(state),
    page: state.page,
    per_page: PER_PAGE,
    facets: [...TAG_KINDS, 'lang'],
    facet_limit: facetLimit(state),
    highlight: true,
  }
}

/** The search among one facet's values for the text the reader typed into its box. */
export function facetValueQuery(state: SearchState, kind: TagKind, text: string): SearchFacetValuesParams {
  return {
    ...(filterQuery(state) as SearchFacetValuesParams),
    facet_query: text,
    facet_limit: kindLimit(state, kind),
  }
}
