/**
 * The JSON body of `POST /v1/works/search` that asks the server for the same search as an engine query.
 * @module
 */
import type { SearchQuery, TagKind } from '@ficdex/core'

const CONDITION_SUFFIX = { all: '', any: '_any', exclude: '_not' } as const

export function toRequestBody(query: SearchQuery): Record<string, unknown> {
  const tags: Record<string, string[]> = {}
  for (const [kind, filter] of Object.entries(query.tags) as [TagKind, SearchQuery['tags'][TagKind] & {}][]) {
    for (const [condition, suffix] of Object.entries(CONDITION_SUFFIX) as [
      keyof typeof CONDITION_SUFFIX,
      string,
    ][]) {
      if (filter[condition].length > 0) tags[`${kind}${suffix}`] = filter[condition]
    }
  }
  return {
    ...(query.text ? { q: query.text } : {}),
    ...tags,
    ...(query.sort.field !== 'relevance' ? { sort: query.sort.field } : {}),
    ...(query.sort.order ? { order: query.sort.order } : {}),
    ...(query.page !== 1 ? { page: query.page } : {}),
    per_page: query.perPage,
    ...(query.facets.kinds.length > 0 ? { facets: query.facets.kinds, facet_limit: query.facets.limit } : {}),
  }
}
