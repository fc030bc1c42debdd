/**
 * `client.works`: search (one query model, the names of a shareable search URL), every hit of a search
 * across pages, one facet's values, one work, one chapter, the works like one, a search as a feed;
 * with an admin key, store and delete works one at a time or in batches.
 * @module
 */
import { toSearchParams } from './query-string.js'
import type { CallOptions, Transport } from './transport.js'
import type {
  BatchLine,
  BatchResult,
  Chapter,
  FacetValueSearch,
  SearchFacetValuesParams,
  SearchHit,
  SearchQuery,
  SearchResult,
  SearchResultFor,
  SimilarWorks,
  TagKind,
  Work,
  WorkWrite,
  WorkWriteResult,
} from './types.js'

/** Hits per page while iterating, when the query names none: the most the API gives at once. */
export const ITERATE_PER_PAGE = 100

export interface WorksApi {
  /**
   * `GET /v1/works`: one page of works matching `query`, with the facets and stats it asks for.
   * @example
   * const { total, hits, facets } = await ficdex.works.search({ relationship: 'Addek', facets: ['era'] })
   */
  search<const Q extends SearchQuery>(query: Q, options?: CallOptions): Promise<SearchResultFor<Q>>
  /**
   * Every hit of a search, page after page, following each page's `links.next` until the last;
   * `per_page` defaults to 100 here. Without `q` or with a sort other than relevance it pages by cursor,
   * so works added or deleted meanwhile make it neither repeat nor skip a hit. Stop early with `break`.
   * @example
   * for await (const { work } of ficdex.works.iterate({ relationship: 'Addek' })) console.log(work.title)
   */
  iterate(query: SearchQuery, options?: CallOptions): AsyncIterableIterator<SearchHit>
  /**
   * `GET /v1/works/facets/{kind}`: the values of one facet among the works a search finds, matching
   * `facet_query` (prefix, word prefix, typos, synonyms), with the facet's counts. Pass the current
   * search's filters as they are.
   * @example
   * const { values } = await ficdex.works.facetValues('relationship', { facet_query: 'addi', fandom: 'GA' })
   */
  facetValues(
    kind: TagKind,
    params?: SearchFacetValuesParams,
    options?: CallOptions,
  ): Promise<FacetValueSearch>
  /** `GET /v1/works/{id}`: a work without its text; `chapterTitles` lists its chapters. */
  get(id: string, options?: CallOptions): Promise<Work>
  /** `GET /v1/works/{id}/chapters/{n}`: one chapter's text, numbered from 1. */
  chapter(id: string, n: number, options?: CallOptions): Promise<Chapter>
  /**
   * `PUT /v1/works/{id}` (admin key): stores the work, searchable at once; tags are wrangled and missing
   * ones inferred as the indexer does. Safe to repeat: the same work again reports `changed: false`.
   * @example
   * const { created, changed } = await admin.works.put('ferry-home', { title: 'The Ferry Home', words: 1200, complete: true, publishedAt: 1609459200, updatedAt: 1609459200 })
   */
  put(id: string, work: WorkWrite, options?: CallOptions): Promise<WorkWriteResult>
  /** `DELETE /v1/works/{id}` (admin key): removes the work at once; resolves the same if it was not there. */
  delete(id: string, options?: CallOptions): Promise<void>
  /**
   * `POST /v1/works/batch` (admin key): stores and deletes many works in one write, sent as NDJSON.
   * Each line is checked on its own: an invalid one is reported by its line number (1 for the first
   * entry of `lines`) with `status: 'invalid'` and its `errors`, and the rest are written. Not retried.
   * @example
   * const { counts, results } = await admin.works.batch([{ id: 'ferry-home', ...work }, { id: 'old', delete: true }])
   */
  batch(lines: Iterable<BatchLine>, options?: CallOptions): Promise<BatchResult>
  /**
   * `GET /v1/works/{id}/similar`: the works most like one work (shared canonical tags weighted by
   * rarity, same fandom first), among those `query` finds; `per_page` is how many.
   * @example
   * const { hits } = await ficdex.works.similar('no-anesthesia', { rating_not: 'Explicit' })
   */
  similar(id: string, query?: SearchQuery, options?: CallOptions): Promise<SimilarWorks>
  /**
   * `GET /v1/works.atom`: a search as an Atom 1.0 feed (the XML text), newest update first.
   * @example
   * const xml = await ficdex.works.feed({ fandom: "Grey's Anatomy" })
   */
  feed(query?: SearchQuery, options?: CallOptions): Promise<string>
}

export function worksApi(request: Transport): WorksApi {
  const search = (query: SearchQuery, options?: CallOptions) =>
    request<SearchResult>({ method: 'GET', path: '/v1/works', query: toSearchParams(query) }, options)
  return {
    search: search as WorksApi['search'],
    async *iterate(query, options) {
      // A cursor, where the order allows one, so that works changing meanwhile never repeat or skip a hit.
      const stable =
        query.page === undefined && (!query.q || (query.sort !== undefined && query.sort !== 'relevance'))
      let page = await search(
        { per_page: ITERATE_PER_PAGE, ...query, ...(stable ? { cursor: '*' } : {}) },
        options,
      )
      yield* page.hits
      while (page.links.next) {
        page = await request<SearchResult>({ method: 'GET', path: page.links.next }, options)
        yield* page.hits
      }
    },
    facetValues: (kind, params = {}, options) =>
      request({ method: 'GET', path: `/v1/works/facets/${kind}`, query: toSearchParams(params) }, options),
    get: (id, options) => request({ method: 'GET', path: `/v1/works/${encodeURIComponent(id)}` }, options),
    chapter: (id, n, options) =>
      request({ method: 'GET', path: `/v1/works/${encodeURIComponent(id)}/chapters/${n}` }, options),
    put: (id, work, options) =>
      request({ method: 'PUT', path: `/v1/works/${encodeURIComponent(id)}`, body: work }, options),
    delete: (id, options) =>
      request({ method: 'DELETE', path: `/v1/works/${encodeURIComponent(id)}` }, options),
    batch: (lines, options) => {
      const body = Array.from(lines, (line) => `${JSON.stringify(line)}\n`).join('')
      return request(
        { method: 'POST', path: '/v1/works/batch', body, bodyType: 'application/x-ndjson' },
        options,
      )
    },
    similar: (id, query = {}, options) =>
      request(
        { method: 'GET', path: `/v1/works/${encodeURIComponent(id)}/similar`, query: toSearchParams(query) },
        options,
      ),
    feed: (query = {}, options) =>
      request(
        { method: 'GET', path: '/v1/works.atom', query: toSearchParams(query), text: 'application/atom+xml' },
        options,
      ),
  }
}
