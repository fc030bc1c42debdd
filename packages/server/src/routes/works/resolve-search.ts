/**
 * From validated search criteria to the query the engine runs: every tag filter value resolved through
 * the tag vocabulary to the canonical tag works store (so synonyms, other cases and meta tags all find
 * their works), and the era range expanded to its eras. A range the vocabulary cannot place is the
 * caller's mistake, answered as `validation_failed` at the parameter that holds it.
 * @module
 */
import {
  EraRangeConflictError,
  type ExplainedQuery,
  explainQuery,
  type Scope,
  TagLookupError,
  type Vocabulary,
} from '@ficdex/core'
import { ApiError } from '../../lib/api-error.js'
import type { FieldError } from '../../lib/problem.js'
import { validationDetail } from '../../lib/validation-hook.js'
import { eraRangeOf, toSearchQuery } from './search-criteria.js'
import type { SearchFieldName } from './search-fields.js'
import type { SearchCriteria } from './search-query.js'

/** Where the search was read from, as `FieldError.location` names it: `query.era_from`, `body.era_from`. */
export type SearchSource = 'query' | 'body'

/**
 * The engine query for some criteria, seen with a scope, and how each tag value and the era range were
 * read (for the answer to echo). Throws a `validation_failed` `ApiError` for an unknown range fandom or
 * era, or a range that cannot be combined with the era `any` list.
 * @example
 * resolveSearch(vocab, { relationship_any: ['Addek'] }, 'public', 'query').query
 * // tags.relationship.any: ['Addison Montgomery/Derek Shepherd']
 */
export function resolveSearch(
  vocab: Vocabulary,
  criteria: SearchCriteria,
  scope: Scope,
  source: SearchSource,
): ExplainedQuery {
  const range = eraRangeOf(criteria)
  try {
    return explainQuery(vocab, toSearchQuery(criteria, scope), range ? { eraRanges: [range] } : {})
  } catch (error) {
    if (!(error instanceof TagLookupError)) throw error
    const errors: FieldError[] = [{ location: `${source}.${culprit(error, range)}`, message: error.message }]
    throw new ApiError('validation_failed', validationDetail(errors), { errors, cause: error })
  }
}

/** The parameter whose value the vocabulary could not place. */
function culprit(error: TagLookupError, range: ReturnType<typeof eraRangeOf>): SearchFieldName {
  if (error instanceof EraRangeConflictError) return 'era_any'
  if (error.kind === 'fandom') return 'era_fandom'
  return error.value === range?.to && error.value !== range.from ? 'era_to' : 'era_from'
}
