/**
 * MiniSearch behind the `SearchEngine` interface, for comparison. MiniSearch indexes and scores text only:
 * filters are a JavaScript predicate over every text match, and facets, field sorts and paging are done in
 * JavaScript over all matches (see `js-query.ts`). It keeps everything in the JavaScript heap.
 * @module
 */
import {
  disjunctiveKinds,
  type FacetSearch,
  type FacetSearchResult,
  type Scope,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  searchFacetValues,
  topFacet,
  type Work,
  type WorkSummary,
  withoutAnyOf,
} from '@ficdex/core'
import MiniSearch from 'minisearch'
import { type FlatDocument, toFlatDocument } from './flat-document.js'
import {
  compileFilter,
  computeStats,
  countValues,
  isVisible,
  lastVersions,
  pageOf,
  sortWorks,
} from './js-query.js'
import { typoBudget } from './typo-budget.js'

/** What MiniSearch cannot do natively, for the report. */
export const MINISEARCH_LACKS = [
  'no facets, filters, field sorts or stats: done in JavaScript over all text matches (a filter-only query scans every document)',
  'typos: fuzzy matching by word length as ficdex, but it may change the first letter; accents are kept',
  'no persistence: the server rebuilds the index from the sources at every start',
]

type Stored = Pick<FlatDocument, 'filters' | 'authorKeys' | 'work'>

export class MiniSearchEngine implements SearchEngine {
  readonly name = 'minisearch'
  readonly #index = new MiniSearch<FlatDocument>({
    idField: 'id',
    fields: ['title', 'authors', 'summary', 'notes', 'tags', 'body'],
    storeFields: ['filters', 'authorKeys', 'work'],
  })
  readonly #hashes = new Map<string, string>()

  async upsert(works: readonly Work[]): Promise<void> {
    const latest = lastVersions(works)
    for (const work of latest) {
      if (this.#index.has(work.id)) this.#index.discard(work.id)
      this.#hashes.set(work.id, work.contentHash)
    }
    this.#index.addAll(latest.map(toFlatDocument))
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (this.#index.has(id)) this.#index.discard(id)
      this.#hashes.delete(id)
    }
  }

  async get(id: string, scope: Scope): Promise<Work | null> {
    const stored = this.#index.getStoredFields(id) as Stored | undefined
    if (!stored || !isVisible(stored.work, scope)) return null
    return { ...stored.work, text: [] }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const sorted = sortWorks(this.#matches(query), query)
    const { page, totalPages } = pageOf(sorted, query)
    const matchingWorks = sorted.map((match) => match.work)
    const disjunctive = disjunctiveKinds(query)
    const facets: SearchResult['facets'] = {}
    for (const kind of query.facets.kinds) {
      const works = disjunctive.includes(kind) ? this.#works(withoutAnyOf(query, kind)) : matchingWorks
      facets[kind] = topFacet(countValues(works, kind), query.facets.limit)
    }
    return {
      hits: page.map((match) => ({ work: match.work })),
      total: sorted.length,
      page: query.page,
      perPage: query.perPage,
      totalPages,
      facets,
      stats: computeStats(matchingWorks, query),
    }
  }

  async searchFacet(query: SearchQuery, facet: FacetSearch): Promise<FacetSearchResult> {
    const counted = countValues(this.#works(withoutAnyOf(query, facet.kind)), facet.kind)
    return searchFacetValues(counted, facet)
  }

  /** Every work the query finds, in relevance order. */
  #matches(query: SearchQuery): Stored[] {
    const filter = compileFilter(query)
    return this.#index.search(query.text === '' ? MiniSearch.wildcard : query.text, {
      filter: (result) => filter(result as unknown as Stored),
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => typoBudget(term),
      boost: { title: 7, authors: 5, summary: 3, notes: 1.5, tags: 2, body: 1 },
    }) as unknown as Stored[]
  }

  #works(query: SearchQuery): WorkSummary[] {
    return this.#matches(query).map((match) => match.work)
  }

  async hashes(): Promise<Map<string, string>> {
    return new Map(this.#hashes)
  }

  async count(): Promise<number> {
    return this.#index.documentCount
  }

  async close(): Promise<void> {}
}
