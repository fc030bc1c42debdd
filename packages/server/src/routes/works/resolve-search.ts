/**
 * From validated search criteria to the query the engine runs: every tag filter value resolved through
 * the tag vocabulary to the canonical tag works store (so synonyms, other cases and meta tags all find
 * their works), and the era range expanded to its eras. A range the vocabulary cannot place is the
 * caller's mistake, answered as `validation_failed` at the parameter that holds it.
 * @module
 */
import {
  EraRangeConflictError,
  resolveQuery,
  type Scope,
  type SearchQuery,
  TagLookupError,
  type Vocabulary,
} from '@ficdex/core'
import { ApiError } from '../../lib/api-error.js'
import type { FieldError } from '../../lib/problem.js'
import { validationDetail } from '../../lib/validation-hook.js'
import { type SearchCriteria, toSearchQuery } from './search-criteria.js'

/** Where each part of an era range is, as `FieldError.location` names it, per route. */
export interface EraRangeLocations {
  fandom: string
  from: string
  to: string
  /** The era `any` list, which a range may not be combinable with. */
  eraAny: string
}

export const QUERY_LOCATIONS: EraRangeLocations = {
  fandom: 'query.era_fandom',
  from: 'query.era_from',
  to: 'query.era_to',
  eraAny: 'query.era_any',
}

export const BODY_LOCATIONS: EraRangeLocations = {
  fandom: 'body.eraRange.fandom',
  from: 'body.eraRange.from',
  to: 'body.eraRange.to',
  eraAny: 'body.tags.era.any',
}

/**
 * The engine query for some criteria, seen with a scope. Throws a `validation_failed` `ApiError` for an
 * unknown range fandom or era, or a range that cannot be combined with the era `any` list.
 * @example
 * resolveSearch(vocab, { tags: { relationship: { any: ['Addek'] } } }, 'public', QUERY_LOCATIONS)
 * // tags.relationship.any: ['Addison Montgomery/Derek Shepherd']
 */
export function resolveSearch(
  vocab: Vocabulary,
  criteria: SearchCriteria,
  scope: Scope,
  locations: EraRangeLocations,
): SearchQuery {
  const range = criteria.eraRange
  try {
    return resolveQuery(vocab, toSearchQuery(criteria, scope), range ? { eraRanges: [range] } : {})
  } catch (error) {
    if (!(error instanceof TagLookupError)) throw error
    const errors: FieldError[] = [{ location: locate(error, range, locations), message: error.message }]
    throw new ApiError('validation_failed', validationDetail(errors), { errors, cause: error })
  }
}

function locate(
  error: TagLookupError,
  range: SearchCriteria['eraRange'],
  locations: EraRangeLocations,
): string {
  if (error instanceof EraRangeConflictError) return locations.eraAny
  if (error.kind === 'fandom') return locations.fandom
  return error.value === range?.to && error.value !== range.from ? locations.to : locations.from
}
