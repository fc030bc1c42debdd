/**
 * `GET /ready`: whether the server can serve searches now, for load balancers and orchestrators. Unlike
 * `/health`, it runs a real, uncached search over every stored work (matching, tag codes, facet
 * counting), so an engine that opens but cannot search (a damaged file, an index being replaced) is
 * taken out of rotation.
 * @module
 */
import { parseQuery, type SearchEngine, SettingsChangedError } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'

export const Ready = z
  .object({ status: z.literal('ready') })
  .openapi('Ready', { description: 'The engine answered a real search.' })

export const getReadyRoute = createRoute({
  method: 'get',
  path: '/ready',
  operationId: 'getReady',
  tags: ['Health'],
  summary: 'Check readiness',
  description:
    'Answers 200 once the search engine answers a real search over every work, 503 (`unavailable`) otherwise.',
  security: OPTIONAL_BEARER_AUTH,
  request: { query: NoParameters },
  responses: {
    200: {
      description: 'Searches can be served.',
      content: { 'application/json': { schema: Ready, example: { status: 'ready' } } },
    },
    ...errorResponses(),
  },
})

// Facet value search is never served from the result cache, so it reads the works' tags every time; the
// search reads a hit's stored document (the result cache forgets it whenever the file changes).
const PROBE = parseQuery({ scope: 'all', perPage: 1 })

export function registerGetReady(router: AppRouter, engine: SearchEngine): void {
  router.openapi(getReadyRoute, async (c) => {
    try {
      await engine.checkSettings?.()
    } catch (cause) {
      const changed = cause instanceof SettingsChangedError
      throw new ApiError(
        'unavailable',
        changed
          ? `The ${engine.name} index's settings changed since this server opened it.`
          : `The ${engine.name} search engine cannot search.`,
        { cause },
      )
    }
    try {
      await engine.searchFacet(PROBE, { kind: 'fandom', text: '', limit: 1 })
      await engine.search(PROBE)
    } catch (cause) {
      throw new ApiError('unavailable', `The ${engine.name} search engine cannot search.`, { cause })
    }
    return c.json({ status: 'ready' as const }, 200)
  })
}
