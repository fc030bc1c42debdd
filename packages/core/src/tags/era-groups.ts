/**
 * Fitting era ranges into one era filter. A range ("seasons 2 to 4") means "at least one of these eras",
 * an any-group; a `TagFilter` holds any number of required eras (`all`) but only one any-group (`any`).
 * Groups are combined here where that is exact, and refused where it is not.
 * @module
 */
import { normalizeFacet } from '../model/normalize-facet.js'
import type { TagFilter } from '../model/query.js'
import { uniqueValues } from './unique-values.js'
import { TagLookupError } from './vocabulary-error.js'

/**
 * Raised when a query needs more than one any-group of eras (two ranges, or a range and an era `any`
 * list) that cannot be reduced to one. Two ranges are not their intersection: a work tagged seasons 2
 * and 5 is in both "seasons 1 to 3" and "seasons 4 to 6" but in no season of both. A `TagLookupError`
 * (and named so), so callers that answer 400 for unresolvable tags answer 400 here too; tell it apart
 * with `instanceof`.
 */
export class EraRangeConflictError extends TagLookupError {
  /** The any-groups that could not be combined, each a list of canonical eras. */
  readonly groups: readonly (readonly string[])[]

  constructor(groups: readonly (readonly string[])[]) {
    const shown = groups.map((group) => `[${group.join(', ')}]`).join(' and ')
    super(
      'era',
      groups.map((group) => group.join(', ')).join(' | '),
      `eras: a query can ask for "any of" one list of eras or one era range, not ${groups.length} at once ` +
        `(${shown}); narrow it to one range, or require single eras`,
    )
    this.groups = groups
  }
}

const keysOf = (values: readonly string[]): Set<string> => new Set(values.map(normalizeFacet))

/**
 * The era filter that requires `filter` and at least one era of each range. Exact simplifications
 * first: a group containing a required era is already met, a group containing another group is implied
 * by it, and a group of one era is a required era. If more than one group remains, it throws an
 * `EraRangeConflictError`.
 *
 * @example
 * withEraRanges({ all: [], any: [], exclude: [] }, [['S2', 'S3', 'S4']])
 * // { all: [], any: ['S2', 'S3', 'S4'], exclude: [] }
 */
export function withEraRanges(filter: TagFilter, ranges: readonly (readonly string[])[]): TagFilter {
  const all = [...filter.all]
  const required = keysOf(all)
  const groups = [filter.any, ...ranges].filter((group) => group.length > 0)
  if (groups.length === 0) return { ...filter, all, any: [] }
  const unmet = groups.filter((group) => !group.some((era) => required.has(normalizeFacet(era))))
  const keys = unmet.map(keysOf)
  // Of groups with equal eras only the first stays: each is then implied by the other.
  const needed = unmet.filter((_, i) =>
    keys.every((other, j) => j === i || !isSubset(other, keys[i]!) || (isSubset(keys[i]!, other) && i < j)),
  )
  const [single, multiple] = partition(needed, (group) => keysOf(group).size === 1)
  // Equal groups were reduced to one above, and groups holding a required era dropped: no repeats here.
  for (const group of single) all.push(group[0]!)
  if (multiple.length > 1) throw new EraRangeConflictError(multiple)
  return { ...filter, all, any: multiple[0] === undefined ? [] : uniqueValues(multiple[0]) }
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const key of small) if (!large.has(key)) return false
  return true
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))]
}
