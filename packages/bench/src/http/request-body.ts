/**
 * The JSON body of `POST /v1/works/search` that asks the server for the same search as an engine query.
 * @module
 */
import type { SearchQuery, TagKind } from '@ficdex/core'

export function toRequestBody(query: SearchQuery): Record<string, unknown> {
  const tags: Partial<Record<TagKind, Record<string, string[]>>> = {}
  for (const [kind, filter] of Object.entries(query.tags) as [TagKind, SearchQuery['tags'][TagKind] & {}][]) {
    const parts = Object.entries(filter).filter(([, values]) => values.length > 0)
    if (parts.length > 0) tags[kind] = Object.fromEntries(parts)
  }
  return {
    ...(query.text ? { text: query.text } : {}),
    ...(Object.keys(tags).length > 0 ? { tags } : {}),
    ...(query.sort.field !== 'relevance' ? { sort: query.sort.field } : {}),
    ...(query.sort.order ? { order: query.sort.order } : {}),
    ...(query.page !== 1 ? { page: query.page } : {}),
    perPage: query.perPage,
    ...(query.facets.kinds.length > 0 ? { facets: query.facets.kinds, facetLimit: query.facets.limit } : {}),
  }
}
