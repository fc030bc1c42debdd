/**
 * A work's main relationship is its first (AO3's convention, and what the `main_relationship` filter
 * reads). A writer that names one declares it: it moves to the front, or is added there.
 * @module
 */
import { normalizeFacet } from './normalize-facet.js'

/** The relationships with the declared main one first, in the spelling the list already uses. */
export function withMainRelationship(relationships: readonly string[], main: string | undefined): string[] {
  if (main === undefined) return [...relationships]
  const key = normalizeFacet(main)
  const listed = relationships.find((relationship) => normalizeFacet(relationship) === key)
  return [listed ?? main, ...relationships.filter((relationship) => relationship !== listed)]
}
