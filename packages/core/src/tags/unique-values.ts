/**
 * De-duplicating filter values the way the engines compare them (see `normalizeFacet`), so a query
 * never carries two values that match the same works.
 * @module
 */
import { normalizeFacet } from '../model/normalize-facet.js'

/** The values without repeats, first spelling kept, in order. */
export function uniqueValues(values: readonly string[]): string[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = normalizeFacet(value)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
