/**
 * The one mapping from validated search criteria (what both search routes read) to the engine's
 * `SearchQuery`.
 * @module
 */
import { parseQuery, type Scope, type SearchQuery, TAG_KINDS } from '@ficdex/core'
import { decodeCursor } from './cursor.js'
import { DATE_FIELDS, ENGINE_FIELD, FACET_FIELD, NUMBER_FIELDS } from './search-fields.js'
import type { SearchCriteria } from './search-query.js'

const DAY_SECONDS = 86_400

/** Seconds in each unit of a `_within` span: months count 30 days, years 365. */
const SPAN_UNIT_SECONDS = { d: DAY_SECONDS, w: 7 * DAY_SECONDS, m: 30 * DAY_SECONDS, y: 365 * DAY_SECONDS }

/**
 * The first second a `_within` span (`7d`, `2w`, `6m`, `1y`) reaches back to from `now` (Unix
 * seconds). Counted from the start of the minute, so one minute's searches share one query (and the
 * result cache).
 */
export function withinToSeconds(span: string, now: number): number {
  const unit = span.at(-1) as keyof typeof SPAN_UNIT_SECONDS
  const minute = Math.floor(now / 60) * 60
  return Math.max(0, minute - Number(span.slice(0, -1)) * SPAN_UNIT_SECONDS[unit])
}

/** A UTC day as Unix seconds: its first second, or with `endOfDay` its last. */
export function dayToSeconds(day: string, endOfDay = false): number {
  const start = Date.parse(`${day}T00:00:00Z`) / 1000
  return endOfDay ? start + DAY_SECONDS - 1 : start
}

/** The era range of some criteria, when all three of its parameters are given. */
export function eraRangeOf(
  criteria: SearchCriteria,
): { fandom: string; from: string; to: string } | undefined {
  const { era_fandom: fandom, era_from: from, era_to: to } = criteria
  return fandom !== undefined && from !== undefined && to !== undefined ? { fandom, from, to } : undefined
}

/**
 * The engine query for some criteria, seen with a scope, with tag values as given: `resolveSearch`
 * resolves them through the vocabulary and applies the era range, which needs it.
 * @example
 * toSearchQuery({ q: 'dragons', words_min: 1000 }, 'public')
 * @param now Unix seconds that `_within` spans count back from
 */
export function toSearchQuery(
  criteria: SearchCriteria,
  scope: Scope,
  now = Math.floor(Date.now() / 1000),
): SearchQuery {
  const ranges: SearchQuery['ranges'] = {}
  for (const field of NUMBER_FIELDS) {
    const min = criteria[`${field}_min`]
    const max = criteria[`${field}_max`]
    if (min !== undefined || max !== undefined) ranges[ENGINE_FIELD[field]] = { min, max }
  }
  for (const field of DATE_FIELDS) {
    const from = criteria[`${field}_from`]
    const to = criteria[`${field}_to`]
    const span = criteria[`${field}_within`]
    const mins = [
      ...(from === undefined ? [] : [dayToSeconds(from)]),
      ...(span === undefined ? [] : [withinToSeconds(span, now)]),
    ]
    if (mins.length > 0 || to !== undefined) {
      ranges[ENGINE_FIELD[field]] = {
        min: mins.length === 0 ? undefined : Math.max(...mins),
        max: to === undefined ? undefined : dayToSeconds(to, true),
      }
    }
  }
  const tags: SearchQuery['tags'] = {}
  for (const kind of TAG_KINDS) {
    const all = criteria[kind]
    const any = criteria[`${kind}_any`]
    const exclude = criteria[`${kind}_not`]
    if (all || any || exclude) tags[kind] = { all: all ?? [], any: any ?? [], exclude: exclude ?? [] }
  }
  return parseQuery({
    text: criteria.q,
    tags,
    authors: criteria.author,
    excludeAuthors: criteria.author_not,
    excludeIds: criteria.id_not,
    mainRelationships: criteria.main_relationship,
    crossover: criteria.crossover,
    singleChapter: criteria.single_chapter,
    complete: criteria.complete,
    languages: criteria.lang,
    ranges,
    scope,
    sort: { field: criteria.sort ?? 'relevance', order: criteria.order, seed: criteria.seed },
    page: criteria.page,
    after: afterOf(criteria),
    perPage: criteria.per_page,
    facets: {
      kinds: unique((criteria.facets ?? []).map((name) => FACET_FIELD[name])),
      limit: criteria.facet_limit,
    },
    stats: unique((criteria.stats ?? []).map((field) => ENGINE_FIELD[field])),
    highlight: criteria.highlight,
    tagSource: criteria.tag_source,
  })
}

/** The search-after point of a cursor (already checked by `checkSearch`). */
function afterOf(criteria: SearchCriteria): SearchQuery['after'] {
  if (criteria.cursor === undefined) return undefined
  const decoded = decodeCursor(criteria.cursor, {
    field: criteria.sort ?? 'relevance',
    order: criteria.order,
    seed: criteria.seed,
  })
  return 'after' in decoded ? decoded.after : undefined
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]
