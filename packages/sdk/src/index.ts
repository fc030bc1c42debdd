/**
 * The ficdex SDK: a small typed client for the ficdex API, over openapi-fetch and types generated from
 * the server's OpenAPI document.
 * @example
 * import { createClient } from '@ficdex/sdk'
 * const ficdex = createClient({ baseUrl: 'http://localhost:8787' })
 * const { hits, facets } = await ficdex.searchWorks({ q: 'dragons', facets: ['fandom'] })
 * @module
 */
import createFetchClient, { type Client } from 'openapi-fetch'
import { FicdexApiError, FicdexRequestError } from './errors.js'
import type { paths } from './generated/openapi.js'
import type {
  Chapter,
  FacetValueSearch,
  Health,
  SearchFacetValuesParams,
  SearchQuery,
  SearchResult,
  SearchTagsParams,
  SearchWorksParams,
  Tag,
  TagKind,
  TagList,
  Work,
} from './types.js'

export * from './errors.js'
export type { paths } from './generated/openapi.js'
export type * from './types.js'

export interface ClientOptions {
  /** Where the API is, e.g. `https://fics.example.org` (no trailing `/v1`). */
  baseUrl: string
  /** Sent as `Authorization: Bearer <key>`; raises what you may see (members-only works). */
  apiKey?: string
  /** A `fetch` to use instead of the global one: for tests, proxies, or other runtimes. */
  fetch?: (request: Request) => Promise<Response>
  /** Headers sent with every request. */
  headers?: Record<string, string>
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the request, e.g. when a newer search supersedes it. */
  signal?: AbortSignal
}

export interface FicdexClient {
  /** `GET /v1/works`: search with query parameters (the same as a shareable search URL). */
  searchWorks(params?: SearchWorksParams, options?: CallOptions): Promise<SearchResult>
  /** `POST /v1/works/search`: the same search, with the same names, as a JSON object. */
  search(query?: SearchQuery, options?: CallOptions): Promise<SearchResult>
  /**
   * `GET /v1/works/facets/{kind}`: the values of one facet among the works a search finds, matching
   * `facet_query` (prefix, word prefix, typos, synonyms), with the facet's counts. Pass the current
   * search's filters as they are.
   */
  searchFacetValues(
    kind: TagKind,
    params?: SearchFacetValuesParams,
    options?: CallOptions,
  ): Promise<FacetValueSearch>
  /** `GET /v1/works/{id}`: a work without its text; `chapterTitles` lists its chapters. */
  getWork(id: string, options?: CallOptions): Promise<Work>
  /** `GET /v1/works/{id}/chapters/{n}`: one chapter's text, numbered from 1. */
  getChapter(id: string, n: number, options?: CallOptions): Promise<Chapter>
  /**
   * `GET /v1/tags`: canonical tags for typed text (synonyms, prefixes and typos allowed), the most used
   * first; without `q`, the most used tags.
   */
  searchTags(params?: SearchTagsParams, options?: CallOptions): Promise<TagList>
  /**
   * `GET /v1/tags/{kind}/{name}`: a tag by its canonical name or any synonym (the name is encoded for
   * you). Asked by a synonym, the answer is the canonical tag with `resolvedFrom` set.
   */
  getTag(kind: TagKind, name: string, options?: CallOptions): Promise<Tag>
  /** `GET /health`. */
  health(options?: CallOptions): Promise<Health>
  /** The underlying openapi-fetch client, for every other route; it returns errors rather than throwing. */
  raw: Client<paths>
}

/**
 * Creates a client. Methods resolve to the response body, and throw `FicdexApiError` for error
 * answers and `FicdexRequestError` when no answer could be read.
 * @example
 * const ficdex = createClient({ baseUrl: 'http://localhost:8787', apiKey: process.env.FICDEX_KEY })
 * const work = await ficdex.getWork('ao3-1234567')
 */
export function createClient({ baseUrl, apiKey, fetch, headers }: ClientOptions): FicdexClient {
  const raw = createFetchClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    headers: { ...headers, ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}) },
  })
  return {
    searchWorks: (params = {}, options = {}) =>
      unwrap('GET /v1/works', raw.GET('/v1/works', { params: { query: params }, ...options })),
    search: (query = {}, options = {}) =>
      unwrap('POST /v1/works/search', raw.POST('/v1/works/search', { body: query, ...options })),
    searchFacetValues: (kind, params = {}, options = {}) =>
      unwrap(
        `GET /v1/works/facets/${kind}`,
        raw.GET('/v1/works/facets/{kind}', { params: { path: { kind }, query: params }, ...options }),
      ),
    getWork: (id, options = {}) =>
      unwrap(`GET /v1/works/${id}`, raw.GET('/v1/works/{id}', { params: { path: { id } }, ...options })),
    getChapter: (id, n, options = {}) =>
      unwrap(
        `GET /v1/works/${id}/chapters/${n}`,
        raw.GET('/v1/works/{id}/chapters/{n}', { params: { path: { id, n } }, ...options }),
      ),
    searchTags: (params = {}, options = {}) =>
      unwrap('GET /v1/tags', raw.GET('/v1/tags', { params: { query: params }, ...options })),
    getTag: (kind, name, options = {}) =>
      unwrap(
        `GET /v1/tags/${kind}/${encodeURIComponent(name)}`,
        raw.GET('/v1/tags/{kind}/{name}', { params: { path: { kind, name } }, ...options }),
      ),
    health: (options = {}) => unwrap('GET /health', raw.GET('/health', { ...options })),
    raw,
  }
}

/** The body of a successful answer; anything else as one of the SDK's errors. */
async function unwrap<T>(
  what: string,
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof pending>
  try {
    result = await pending
  } catch (cause) {
    throw new FicdexRequestError(`${what} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause })
  }
  if (!result.response.ok) throw new FicdexApiError(result.response, result.error)
  return result.data as T
}
