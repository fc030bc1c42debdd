/**
 * Query-time wrangling of a whole search query: every tag filter value becomes the canonical tag the
 * engines match (works store canonical tags and their meta tags), and era ranges become era lists.
 * The server runs it between validating a request and calling the engine.
 * @module
 */
import type { SearchQuery, TagFilter } from '../model/query.js'
import { TAG_KINDS, type TagKind } from '../model/tag-kind.js'
import { withEraRanges } from './era-groups.js'
import { type ResolvedEraRange, resolveEraRange } from './resolve-filter.js'
import { uniqueValues } from './unique-values.js'
import type { Vocabulary } from './vocabulary.js'
import { wrangle } from './wrangle.js'

/** "Set in one of these eras of a fandom": bounds inclusive, either way round, as names or synonyms. */
export interface EraRange {
  fandom: string
  from: string
  to: string
}

export interface ResolveQueryOptions {
  /** Each range must be met by at least one of the work's eras; ranges and filters all apply. */
  eraRanges?: readonly EraRange[]
}

/**
 * A copy of `query` whose tag filters (include-all, include-any and exclude, of every kind) and main
 * relationships hold canonical tags, de-duplicated, and whose era filter also requires each era range. Values the
 * vocabulary does not know pass through cleaned: they can still match works' unwrangled tags.
 *
 * Values are resolved within the fandoms the query asks for (its fandom `all` and `any` values and the
 * ranges' fandoms), so "Season 3" next to "Grey's Anatomy" means that show's third season.
 *
 * A range is an any-group of eras, and a query holds one (`tags.era.any`). A range joins the query's
 * era `any` values only when the result means the same: if two groups remain that neither contains
 * the other nor a required era, it throws an `EraRangeConflictError` (a `TagLookupError`, as does an
 * unknown fandom or era bound); callers answer 400.
 *
 * @example
 * resolveQuery(vocab, parseQuery({ tags: { fandom: { all: ['GA'] }, era: { all: ['Season 3'] } } }))
 * // tags: { fandom: { all: ["Grey's Anatomy"], … }, era: { all: ["Grey's Anatomy Season 3"], … } }
 * resolveQuery(vocab, parseQuery({}), { eraRanges: [{ fandom: 'PP', from: 'S5', to: 'S6' }] })
 * // tags: { era: { any: ['Private Practice Season 5', 'Private Practice Season 6'], … } }
 */
export function resolveQuery(
  vocab: Vocabulary,
  query: SearchQuery,
  options: ResolveQueryOptions = {},
): SearchQuery {
  return explainQuery(vocab, query, options).query
}

/** How one tag filter value was read. */
export interface ResolvedTagValue {
  kind: TagKind
  /** The list of the kind's filter that holds it. */
  list: keyof TagFilter
  /** The value as given. */
  value: string
  /** The canonical tag it stands for; an unknown value, cleaned, as it is matched. */
  tag: string
  /** Whether the vocabulary knows the tag. An unknown value still matches tags written exactly so. */
  known: boolean
}

export interface ExplainedQuery {
  /** What {@link resolveQuery} returns. */
  query: SearchQuery
  /** Every tag filter value, in the query's order: kinds, then all, any and exclude. */
  values: ResolvedTagValue[]
  /** Each era range of the options, with canonical names. */
  eraRanges: ResolvedEraRange[]
}

/** {@link resolveQuery}, telling how each value and range was read, for callers that echo them. */
export function explainQuery(
  vocab: Vocabulary,
  query: SearchQuery,
  options: ResolveQueryOptions = {},
): ExplainedQuery {
  const ranges = (options.eraRanges ?? []).map(({ fandom, from, to }) =>
    resolveEraRange(vocab, fandom, from, to),
  )
  const values: ResolvedTagValue[] = []
  const resolveFilter = (kind: TagKind, filter: TagFilter, fandoms: readonly string[] | undefined) => {
    const resolve = (list: keyof TagFilter): string[] => {
      const resolved: string[] = []
      for (const value of filter[list]) {
        const { canonical, wrangled } = wrangle(vocab, kind, value, fandoms === undefined ? {} : { fandoms })
        if (canonical === '') continue
        values.push({ kind, list, value, tag: canonical, known: wrangled })
        resolved.push(canonical)
      }
      return uniqueValues(resolved)
    }
    return { all: resolve('all'), any: resolve('any'), exclude: resolve('exclude') }
  }
  const fandomFilter = query.tags.fandom
  const fandoms = fandomFilter === undefined ? undefined : resolveFilter('fandom', fandomFilter, undefined)
  const scope = [...(fandoms?.all ?? []), ...(fandoms?.any ?? []), ...ranges.map((range) => range.fandom)]
  const tags: SearchQuery['tags'] = {}
  for (const kind of TAG_KINDS) {
    const filter = query.tags[kind]
    if (filter === undefined) continue
    tags[kind] =
      kind === 'fandom' && fandoms !== undefined
        ? fandoms
        : resolveFilter(kind, filter, scope.length === 0 ? undefined : scope)
  }
  if (ranges.length > 0) {
    tags.era = withEraRanges(
      tags.era ?? { all: [], any: [], exclude: [] },
      ranges.map((range) => range.eras),
    )
  }
  // Values were listed fandoms first; give them back in the query's kind order.
  values.sort((a, b) => TAG_KINDS.indexOf(a.kind) - TAG_KINDS.indexOf(b.kind))
  const fandomScope = scope.length === 0 ? {} : { fandoms: scope }
  const mainRelationships = uniqueValues(
    query.mainRelationships
      .map((value) => wrangle(vocab, 'relationship', value, fandomScope).canonical)
      .filter((canonical) => canonical !== ''),
  )
  return { query: { ...query, tags, mainRelationships }, values, eraRanges: ranges }
}
