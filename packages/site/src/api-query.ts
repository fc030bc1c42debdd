/**
 * The API search a page state asks for: its filters, one page of highlighted hits, and every facet.
 * @module
 */
import type { SearchWorksParams, TagKind } from '@ficdex/sdk'
import { type SearchState, sortOf, TAG_KINDS, TAG_MODES, tagParam } from './search-state.js'

export const PER_PAGE = 20
/** Values a facet shows at first, and after “show more”. */
export const FACET_VALUES = { few: 10, more: 50 } as const

/** Values asked of every facet: one limit serves all kinds, so an expanded facet raises it for all. */
export const facetLimit = (state: SearchState): number =>
  state.more.length > 0 ? FACET_VALUES.more : FACET_VALUES.few

/**
 * The values a facet shows, and whether it has more to show: the first few, or all the API gave for
 * an expanded facet.
 */
export function facetShown<T>(
  state: SearchState,
  kind: TagKind,
  values: T[],
): { shown: T[]; moreExist: boolean } {
  const limit = state.more.includes(kind) ? FACET_VALUES.more : FACET_VALUES.few
  return {
    shown: values.slice(0, limit),
    moreExist: values.length > limit || values.length >= facetLimit(state),
  }
}

/** The filters of a state, as API query parameters (no paging, facets or highlights). */
export function filterParams(state: SearchState): SearchWorksParams {
  const params: Record<string, unknown> = {}
  if (state.q) params.q = state.q
  for (const kind of TAG_KINDS) {
    for (const mode of TAG_MODES) {
      const values = state.tags[kind][mode]
      if (values.length > 0) params[tagParam(kind, mode)] = values
    }
  }
  if (state.wordsMin !== undefined) params.words_min = state.wordsMin
  if (state.wordsMax !== undefined) params.words_max = state.wordsMax
  if (state.updatedFrom) params.updated_from = state.updatedFrom
  if (state.updatedTo) params.updated_to = state.updatedTo
  if (state.complete) params.complete = true
  if (state.lang) params.lang = [state.lang]
  return params as SearchWorksParams
}

/** The whole search behind a results page. */
export function searchParams(state: SearchState): SearchWorksParams {
  return {
    ...filterParams(state),
    sort: sortOf(state),
    page: state.page,
    per_page: PER_PAGE,
    facets: [...TAG_KINDS],
    facet_limit: facetLimit(state),
    highlight: true,
  }
}
