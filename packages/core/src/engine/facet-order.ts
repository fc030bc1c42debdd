/**
 * The order facet values are listed in, as the contract fixes it for every engine: count descending,
 * then normalized value ascending by code point; the spelling itself breaks what is left.
 * @module
 */

import { normalizeFacet } from '../model/normalize-facet.js'
import type { Facet, FacetValue } from '../model/result.js'

/** Orders strings by Unicode code point (UTF-16 comparison misplaces astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!
    if (difference !== 0) return difference
  }
}

/** Count descending, then normalized value ascending by code point, then spelling. */
export function compareFacetValues(a: FacetValue, b: FacetValue): number {
  return (
    b.count - a.count ||
    compareCodePoints(normalizeFacet(a.value), normalizeFacet(b.value)) ||
    compareCodePoints(a.value, b.value)
  )
}

/**
 * A copy of `values` in facet order. The same order as sorting with {@link compareFacetValues}, with
 * each value normalized once rather than at every comparison: a broad search has thousands of values.
 */
export function sortFacetValues(values: readonly FacetValue[]): FacetValue[] {
  return values
    .map((value) => ({ value, key: normalizeFacet(value.value) }))
    .sort(
      (a, b) =>
        b.value.count - a.value.count ||
        compareCodePoints(a.key, b.key) ||
        compareCodePoints(a.value.value, b.value.value),
    )
    .map(({ value }) => value)
}

/** The top `limit` of a kind's counted values, in facet order, and whether there were more. */
export function topFacet(counted: readonly FacetValue[], limit: number): Facet {
  const values = sortFacetValues(counted)
  return { values: values.slice(0, limit), more: values.length > limit }
}
