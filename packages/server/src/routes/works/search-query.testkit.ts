/**
 * Reads a query string the way Hono hands it to the validator: single values as strings, repeats as
 * arrays.
 * @module
 */
import { SearchParams } from './search-query.js'

export function parseQueryString(query: string) {
  const url = new URL(`http://x/v1/works?${query}`)
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key)
    raw[key] = values.length === 1 ? values[0]! : values
  }
  return SearchParams.safeParse(raw)
}
