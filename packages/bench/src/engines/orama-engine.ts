/**
 * Orama behind the `SearchEngine` interface, for comparison, using its own filters (`where`), facets,
 * sorting and paging. Filters match normalized values including the wrangler's filter tags (`f_*`
 * properties); facets count the work's own tags, normalized. Everything lives in the JavaScript heap.
 * @module
 */
import {
  disjunctiveKinds,
  type FacetSearch,
  type FacetSearchResult,
  type FacetValue,
  isTagKind,
  normalizeFacet,
  pageCount,
  RANGE_FIELDS,
  type RangeField,
  rangeValues,
  type Scope,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  SORT_VALUES,
  searchFacetValues,
  sortKey,
  sortOrder,
  TAG_FIELD,
  TAG_KINDS,
  type TagKind,
  topFacet,
  VISIBLE_IN_SCOPE,
  type Work,
  type WorkSummary,
  withoutAnyOf,
} from '@ficdex/core'
import { count, create, getByID, insertMultiple, remove, search } from '@orama/orama'
import { ownTags, toFlatDocument } from './flat-document.js'
import { computeStats, countValues, isVisible, lastVersions } from './js-query.js'

/** What Orama cannot do as ficdex does, for the report. */
export const ORAMA_LACKS = [
  'text: all words must match within one property (threshold 0), every word matches as a prefix, no typo tolerance (one tolerance for all words: 0 here), no phrases',
  'no aggregations beyond facets: stats fetch every matching document',
  'no persistence without a plugin: the server rebuilds the index from the sources at every start',
]

const SCHEMA = {
  title: 'string',
  authors: 'string',
  summary: 'string',
  notes: 'string',
  tags: 'string',
  body: 'string',
  rating: 'enum',
  warnings: 'enum[]',
  categories: 'enum[]',
  fandoms: 'enum[]',
  relationships: 'enum[]',
  characters: 'enum[]',
  eras: 'enum[]',
  freeforms: 'enum[]',
  f_rating: 'enum[]',
  f_warning: 'enum[]',
  f_category: 'enum[]',
  f_fandom: 'enum[]',
  f_relationship: 'enum[]',
  f_character: 'enum[]',
  f_era: 'enum[]',
  f_freeform: 'enum[]',
  f_author: 'enum[]',
  language: 'enum',
  visibility: 'enum',
  complete: 'boolean',
  ...(Object.fromEntries(RANGE_FIELDS.map((field) => [field, 'number'])) as Record<RangeField, 'number'>),
} as const

type OramaDb = ReturnType<typeof create<typeof SCHEMA>>
type Where = Record<string, unknown>

const SEARCH_PROPERTIES = ['title', 'authors', 'summary', 'notes', 'tags', 'body'] as const
const BOOST = { title: 7, authors: 5, summary: 3, notes: 1.5, tags: 2, body: 1 }

export class OramaEngine implements SearchEngine {
  readonly name = 'orama'
  readonly #db: OramaDb = create({ schema: SCHEMA })
  readonly #hashes = new Map<string, string>()
  /** The first spelling seen of each normalized facet value, per kind, to show in facets. */
  readonly #spellings = new Map<string, string>()

  async upsert(works: readonly Work[]): Promise<void> {
    const latest = lastVersions(works)
    for (const work of latest) {
      if (this.#hashes.has(work.id)) await remove(this.#db, work.id)
      this.#hashes.set(work.id, work.contentHash)
    }
    for (const work of latest) {
      for (const kind of TAG_KINDS) {
        for (const tag of ownTags(work, kind)) {
          const key = `${kind}:${normalizeFacet(tag)}`
          if (!this.#spellings.has(key)) this.#spellings.set(key, tag)
        }
      }
    }
    await insertMultiple(this.#db, latest.map(toOramaDocument), 1000)
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (this.#hashes.delete(id)) await remove(this.#db, id)
    }
  }

  async get(id: string, scope: Scope): Promise<Work | null> {
    const doc = getByID(this.#db, id) as unknown as { work: WorkSummary } | undefined
    if (!doc || !isVisible(doc.work, scope)) return null
    return { ...doc.work, text: [] }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const sort = query.sort.field === 'relevance' ? undefined : sortProperty(query.sort)
    const text = textParams(query)
    const disjunctive = disjunctiveKinds(query)
    // Languages are counted from the matching works themselves: the schema's enum is no facet.
    const conjunctive = query.facets.kinds.filter(isTagKind).filter((kind) => !disjunctive.includes(kind))
    const result = await search(this.#db, {
      ...text,
      limit: query.perPage,
      offset: (query.page - 1) * query.perPage,
      ...(sort
        ? { sortBy: { property: sort, order: sortOrder(query.sort) === 'asc' ? 'ASC' : 'DESC' } }
        : {}),
      ...(conjunctive.length > 0
        ? {
            facets: Object.fromEntries(
              conjunctive.map((kind) => [TAG_FIELD[kind], { limit: query.facets.limit }]),
            ),
          }
        : {}),
    } as never)
    // Orama has no aggregations but facets: min and max need every matching document.
    const all = query.stats.length === 0 || result.count === 0 ? [] : await this.#allMatching(query)
    const facets: SearchResult['facets'] = {}
    for (const kind of query.facets.kinds) {
      if (kind === 'language') {
        const matching = disjunctive.includes(kind) ? withoutAnyOf(query, kind) : query
        facets[kind] = topFacet(countValues(await this.#allMatching(matching), kind), query.facets.limit)
        continue
      }
      if (disjunctive.includes(kind)) {
        facets[kind] = topFacet(await this.#facetValues(withoutAnyOf(query, kind), kind), query.facets.limit)
        continue
      }
      const counted = result.facets?.[TAG_FIELD[kind]]
      const { values } = topFacet(this.#shown(kind, counted?.values), query.facets.limit)
      facets[kind] = { values, more: (counted?.count ?? 0) > query.facets.limit }
    }
    return {
      hits: result.hits.map((hit) => ({ work: (hit.document as unknown as { work: WorkSummary }).work })),
      total: result.count,
      page: query.page,
      perPage: query.perPage,
      totalPages: pageCount(result.count, query.perPage),
      facets,
      stats: computeStats(all, query),
    }
  }

  async searchFacet(query: SearchQuery, facet: FacetSearch): Promise<FacetSearchResult> {
    const counted = await this.#facetValues(withoutAnyOf(query, facet.kind), facet.kind)
    return searchFacetValues(counted, facet)
  }

  /** Every work the query finds. */
  async #allMatching(query: SearchQuery): Promise<WorkSummary[]> {
    const text = textParams(query)
    const total = await search(this.#db, { ...text, limit: 0 } as never)
    if (total.count === 0) return []
    const result = await search(this.#db, { ...text, limit: total.count } as never)
    return result.hits.map((hit) => (hit.document as unknown as { work: WorkSummary }).work)
  }

  /** Every value of one kind among the works the query finds, with its count. */
  async #facetValues(query: SearchQuery, kind: TagKind): Promise<FacetValue[]> {
    const field = TAG_FIELD[kind]
    const result = await search(this.#db, {
      ...textParams(query),
      limit: 0,
      facets: { [field]: { limit: Number.MAX_SAFE_INTEGER } },
    } as never)
    return this.#shown(kind, result.facets?.[field]?.values)
  }

  /** Orama's counts by normalized value, shown in the first spelling seen. */
  #shown(kind: TagKind, values: Record<string, number> | undefined): FacetValue[] {
    return Object.entries(values ?? {}).map(([value, count]) => ({
      value: this.#spellings.get(`${kind}:${value}`) ?? value,
      count,
    }))
  }

  async hashes(): Promise<Map<string, string>> {
    return new Map(this.#hashes)
  }

  async count(): Promise<number> {
    return count(this.#db)
  }

  async close(): Promise<void> {}
}

/** The schema property a sort orders by: a range field or the title; derived sort values are not stored. */
function sortProperty(sort: SearchQuery['sort']): RangeField | 'title' {
  const key = sortKey(sort)
  if (key in SORT_VALUES) throw new Error(`the Orama baseline has no ${sort.field} sort`)
  return key as RangeField | 'title'
}

function toOramaDocument(work: Work) {
  const flat = toFlatDocument(work)
  const summary = flat.work
  const filters = Object.fromEntries(TAG_KINDS.map((kind) => [`f_${kind}`, flat.filters[kind]]))
  return {
    id: flat.id,
    title: flat.title,
    authors: flat.authors,
    summary: flat.summary,
    notes: flat.notes,
    tags: flat.tags,
    body: flat.body,
    rating: flat.facets.rating[0],
    warnings: flat.facets.warning,
    categories: flat.facets.category,
    fandoms: flat.facets.fandom,
    relationships: flat.facets.relationship,
    characters: flat.facets.character,
    eras: flat.facets.era,
    freeforms: flat.facets.freeform,
    ...filters,
    f_author: flat.authorKeys,
    language: normalizeFacet(summary.language),
    visibility: summary.visibility,
    complete: summary.complete,
    // Orama indexes no null: an unknown date is left out, so no range matches it.
    ...Object.fromEntries(Object.entries(rangeValues(summary)).filter(([, value]) => value !== null)),
    /** Not in the schema: stored and returned with hits, not indexed. */
    work: summary,
  }
}

/** The text part of a search and its conditions. */
function textParams(query: SearchQuery) {
  // Without words, no term and no properties: Orama would otherwise prefix-match '' against every token.
  return {
    ...(query.text === '' ? {} : { term: query.text, properties: [...SEARCH_PROPERTIES], boost: BOOST }),
    threshold: 0,
    tolerance: 0,
    where: compileWhere(query) as never,
  }
}

/** The query's conditions as one Orama `where`: an `and` of property conditions and negations. */
function compileWhere(query: SearchQuery): Where {
  const and: Where[] = [{ visibility: { in: [...VISIBLE_IN_SCOPE[query.scope]] } }]
  for (const [kind, filter] of Object.entries(query.tags) as [TagKind, SearchQuery['tags'][TagKind] & {}][]) {
    const property = `f_${kind}`
    if (filter.all.length > 0) and.push({ [property]: { containsAll: filter.all.map(normalizeFacet) } })
    if (filter.any.length > 0) and.push({ [property]: { containsAny: filter.any.map(normalizeFacet) } })
    if (filter.exclude.length > 0)
      and.push({ not: { [property]: { containsAny: filter.exclude.map(normalizeFacet) } } })
  }
  if (query.authors.length > 0) and.push({ f_author: { containsAny: query.authors.map(normalizeFacet) } })
  if (query.languages.length > 0) and.push({ language: { in: query.languages.map(normalizeFacet) } })
  if (query.complete !== undefined) and.push({ complete: query.complete })
  for (const [field, range] of Object.entries(query.ranges) as [
    RangeField,
    { min?: number; max?: number },
  ][]) {
    // Orama takes one operator per condition.
    if (range.min !== undefined && range.max !== undefined)
      and.push({ [field]: { between: [range.min, range.max] } })
    else if (range.min !== undefined) and.push({ [field]: { gte: range.min } })
    else if (range.max !== undefined) and.push({ [field]: { lte: range.max } })
  }
  return { and }
}
