/**
 * The ficdex SDK: a typed client for the ficdex API, with no dependencies, for Node 20.19+ and browsers.
 * @example
 * import { createClient } from '@ficdex/sdk'
 * const ficdex = createClient({ baseUrl: 'http://localhost:8787' })
 * const { total, hits, facets } = await ficdex.works.search({ relationship: 'Addek', facets: ['era'] })
 * for await (const { work } of ficdex.works.iterate({ fandom: "Grey's Anatomy" })) console.log(work.title)
 * @module
 */
import { type ChangesApi, changesApi } from './changes.js'
import { type TagsApi, tagsApi } from './tags.js'
import { type CallOptions, createTransport, type FetchFunction, type TokenSource } from './transport.js'
import type { Health } from './types.js'
import { type WorksApi, worksApi } from './works.js'

export type { ChangesApi } from './changes.js'
export * from './errors.js'
export type { paths } from './generated/openapi.js'
export { SORTS, TAG_KIND_LABELS, TAG_KINDS } from './generated/values.js'
export type { TagsApi } from './tags.js'
export type { CallOptions, FetchFunction, TokenSource } from './transport.js'
export type * from './types.js'
export { SDK_VERSION } from './version.js'
export type { WorksApi } from './works.js'

export interface ClientOptions {
  /** Where the API is, e.g. `https://fics.example.org` (no trailing `/v1`). */
  baseUrl: string
  /** Sent as `Authorization: Bearer <key>`; raises what you may see (members-only works). Server side only. */
  apiKey?: string
  /**
   * A member token your site signed for a signed-in member (HS256 JWT with `exp` and `scope`), or a
   * function answering the current one; sent instead of `apiKey`. Safe to hold in a browser: it expires.
   */
  token?: TokenSource
  /** A `fetch` to use instead of the global one: for tests, proxies, or other runtimes. */
  fetch?: FetchFunction
  /** Headers sent with every request. */
  headers?: Record<string, string>
  /** Milliseconds one try of a request may take before it fails with `FicdexTimeoutError` (default 30 s). */
  timeout?: number
  /**
   * Tries after the first, for reads that failed in passing: a network error, a timeout, or a 429, 502,
   * 503 or 504 answer (default 2). The wait grows exponentially with jitter, or is what `Retry-After` asks.
   */
  maxRetries?: number
}

export interface FicdexClient {
  works: WorksApi
  tags: TagsApi
  /** The change feed, for apps that mirror the archive. */
  changes: ChangesApi
  /** `GET /health`: the server's engine, number of works and version. */
  health(options?: CallOptions): Promise<Health>
}

export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_RETRIES = 2

/**
 * Creates a client. Methods resolve to the response body, and throw `FicdexApiError` for error
 * answers, `FicdexRequestError` (or its `FicdexTimeoutError`) when no answer could be read.
 * @example
 * const ficdex = createClient({ baseUrl: 'http://localhost:8787', apiKey: process.env.FICDEX_KEY, timeout: 5000 })
 * const work = await ficdex.works.get('the-trailer-in-the-woods')
 */
export function createClient(options: ClientOptions): FicdexClient {
  if (options.apiKey !== undefined && options.token !== undefined) {
    throw new TypeError('createClient: give apiKey or token, not both')
  }
  const request = createTransport({
    ...options,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
  })
  return {
    works: worksApi(request),
    tags: tagsApi(request),
    changes: changesApi(request),
    health: (callOptions) => request({ method: 'GET', path: '/health' }, callOptions),
  }
}
