/**
 * `createApp(deps)`: the whole HTTP API as a Hono app, built from injected dependencies only (no
 * environment, no sockets), so tests, the OpenAPI generator and `serve.ts` build the same thing.
 * @module
 */
import { defaultVocabulary, type SearchEngine, type Vocabulary, withRequestSignal } from '@ficdex/core'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { authenticate, type KeySource } from './auth/authenticate.js'
import { FailureDelay } from './auth/failure-delay.js'
import { type ClientAddress, socketAddress } from './lib/client-address.js'
import type { AppEnv } from './lib/context.js'
import { type AppRouter, createRouter } from './lib/create-router.js'
import { createErrorHandler, handleNotFound } from './lib/handle-error.js'
import { consoleLogger, type Logger } from './lib/logger.js'
import { observeRequests, type RequestObserver } from './lib/observe-requests.js'
import { problemResponse } from './lib/problem.js'
import { type ConcurrencyOptions, concurrencyLimit } from './limits/concurrency-limit.js'
import { FairGate } from './limits/fair-gate.js'
import { type RateLimitOptions, rateLimit } from './limits/rate-limit.js'
import { ServerMetrics } from './metrics/server-metrics.js'
import { buildOpenApiDocument, registerSecurityScheme } from './openapi.js'
import { createDocsRouter } from './routes/docs/index.js'
import { mountRoutes } from './routes/index.js'
import { createMetricsRouter, type MetricsAccess } from './routes/metrics/index.js'
import { DEFAULT_SUGGEST_BODY_LIMIT, SUGGEST_PATH } from './routes/tags/suggest-tags.js'
import { BATCH_PATH } from './routes/works/post-batch.js'

export type { KeySource } from './auth/authenticate.js'
export type { ApiKey, KeyScope } from './auth/key-scope.js'
export { signMemberToken, type TokenScope } from './auth/member-token.js'
export type { Logger } from './lib/logger.js'
export type { RequestOutcome } from './lib/observe-requests.js'
export type { MetricsAccess } from './routes/metrics/index.js'

/** The largest request body accepted, by default: ample for a search, small enough to refuse abuse. */
export const DEFAULT_BODY_LIMIT = 64 * 1024

export interface AppDeps {
  engine: SearchEngine
  /**
   * The tag vocabulary search filters and the tag routes resolve names through; the shipped one
   * (`defaultVocabulary()`) by default. It must be the one the works were indexed with.
   */
  vocabulary?: Vocabulary
  /** Keys that raise a caller's scope above `public`. */
  apiKeys?: KeySource
  /** The secret member tokens are signed with (HS256); without it only keys are accepted. */
  tokenSecret?: string | undefined
  /**
   * The address a request came from, for per-client limits: the socket's by default. Behind a proxy,
   * a function that reads the proxy's header.
   */
  clientAddress?: ClientAddress
  /** How failed authentication is slowed down, per client address. */
  failureDelay?: FailureDelay
  /** Requests per client and window on `/v1`; none when absent. */
  rateLimit?: RateLimitOptions | undefined
  /** Requests working at once on `/v1`, and how the rest queue; unbounded when absent. */
  concurrency?: ConcurrencyOptions | undefined
  /** Where unexpected errors, and request lines if it takes them, are reported; standard error by default. */
  logger?: Logger
  /** Serves Prometheus metrics at `/metrics` to `admin` keys, or to anyone; no metrics when absent. */
  metrics?: MetricsAccess | undefined
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number
  /** Largest story `POST /v1/tags/suggest` accepts, in bytes (a chapter is larger than a search). */
  suggestBodyLimit?: number
  /** Largest NDJSON body `POST /v1/works/batch` accepts, in bytes; read as it streams in. */
  batchBodyLimit?: number
}

/**
 * @example
 * const app = createApp({ engine: await openEmbeddedEngine({ path: 'data/ficdex.db' }), vocabulary: defaultVocabulary() })
 * const res = await app.request('/v1/works?q=dragons&facets=fandom')
 */
export function createApp({
  engine,
  vocabulary = defaultVocabulary(),
  apiKeys = [],
  tokenSecret,
  clientAddress = socketAddress,
  failureDelay = new FailureDelay(),
  rateLimit: rateLimitOptions,
  concurrency,
  logger = consoleLogger,
  bodyLimit: maxSize = DEFAULT_BODY_LIMIT,
  suggestBodyLimit = DEFAULT_SUGGEST_BODY_LIMIT,
  batchBodyLimit,
  metrics: metricsAccess,
}: AppDeps): AppRouter {
  const app = createRouter()
  app.use(requestId())
  // The engine drops the searches of a request whose client has gone (see core's `request-signal.ts`).
  app.use((c, next) => withRequestSignal(c.req.raw.signal, next))
  const gate = concurrency === undefined ? undefined : new FairGate(concurrency)
  const metrics = metricsAccess === undefined ? undefined : new ServerMetrics(engine, gate)
  const observers = [metrics?.observeRequest, logger.request?.bind(logger)].filter(
    (observer): observer is RequestObserver => observer !== undefined,
  )
  if (observers.length > 0) app.use(observeRequests(observers))
  // Third-party sites read the API from their own origin, so its answers must not be same-origin only.
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }))
  app.use(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'X-Ficdex-Client'],
      exposeHeaders: ['X-Request-Id', 'Content-Location'],
      maxAge: 86_400,
    }),
  )
  const limit = bodyLimit({
    maxSize,
    onError: (c) => {
      // The unread rest of the body would be parsed as the next request: end this connection instead.
      c.header('Connection', 'close')
      return problemResponse(c, 'payload_too_large', `The request body exceeds ${maxSize} bytes.`)
    },
  })
  // Tag suggestions read a whole chapter, a stored work holds a whole story and a batch many: their
  // routes set their own, larger limits (after checking the key, for writes).
  const ownLimit = (path: string, method: string) =>
    path === SUGGEST_PATH || path === BATCH_PATH || method === 'PUT'
  app.use((c, next) => (ownLimit(c.req.path, c.req.method) ? next() : limit(c, next)))
  app.use(authenticate({ keys: apiKeys, tokenSecret, clientAddress, failureDelay }))
  const clientOf = (c: Context<AppEnv>) => c.get('caller').id ?? `address:${clientAddress(c)}`
  if (rateLimitOptions !== undefined) app.use('/v1/*', rateLimit(rateLimitOptions, clientOf))
  if (concurrency !== undefined) app.use('/v1/*', concurrencyLimit(concurrency, clientOf, gate))
  app.onError(createErrorHandler(logger))
  app.notFound(handleNotFound)

  registerSecurityScheme(app)
  mountRoutes(app, {
    engine: metrics?.timeSearches(engine) ?? engine,
    vocabulary,
    suggestBodyLimit,
    batchBodyLimit,
  })

  // Computed once: generating the document per request is slow and was seen to leak memory.
  const document = buildOpenApiDocument(app)
  app.get('/openapi.json', (c) => c.json(document))
  app.route('/', createDocsRouter())
  if (metrics !== undefined && metricsAccess !== undefined) {
    app.route('/', createMetricsRouter(metrics, metricsAccess))
  }
  return app
}
