/**
 * Search criteria written back as the query string of `GET /v1/works`, so that results can link to
 * themselves and their neighbouring pages, and a search made with a JSON body can still be shared.
 * @module
 */
import { SEARCH_FIELDS } from './search-fields.js'
import type { SearchCriteria } from './search-query.js'

/**
 * The query string that asks for some criteria, in the parameter order of the API reference: lists
 * as repeated parameters, facet and stats lists comma-separated.
 */
export function paramsFromCriteria(criteria: SearchCriteria): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, field] of Object.entries(SEARCH_FIELDS)) {
    const value: unknown = criteria[name as keyof SearchCriteria]
    if (value === undefined || value === '') continue
    if (!Array.isArray(value)) params.append(name, String(value))
    else if (field.commaSeparated) {
      if (value.length > 0) params.append(name, value.join(','))
    } else for (const item of value) params.append(name, String(item))
  }
  return params
}
