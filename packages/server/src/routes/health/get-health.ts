/**
 * `GET /health`: whether the server can reach its search engine, for load balancers and humans.
 * @module
 */
import { parseQuery, type SearchEngine } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { VERSION } from '../../version.js'

export const Health = z
  .object({
    status: z.literal('ok'),
    engine: z.string().openapi({ description: 'The search engine in use.', example: 'embedded' }),
    works: z
      .number()
      .int()
      .nonnegative()
      .openapi({ description: 'Works you may see: public ones without a key.', example: 42 }),
    version: z.string().openapi({
      description: 'The server’s version, also the API document’s `info.version`.',
      example: '0.1.0',
    }),
  })
  .openapi('Health')
export type Health = z.infer<typeof Health>

export const getHealthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Health'],
  summary: 'Check health',
  description:
    'Answers 200 while the server runs and its search engine answers, 503 (`unavailable`) when it does not. Load balancers should route by `/ready`, which runs a real search.',
  security: OPTIONAL_BEARER_AUTH,
  request: { query: NoParameters },
  responses: {
    200: {
      description: 'The server and its engine are up.',
      content: {
        'application/json': {
          schema: Health,
          example: { status: 'ok', engine: 'embedded', works: 46, version: VERSION },
        },
      },
    },
    ...errorResponses(),
  },
})

export function registerGetHealth(router: AppRouter, engine: SearchEngine): void {
  router.openapi(getHealthRoute, async (c) => {
    let works: number
    try {
      // Counted as a search in the caller's scope: a total over every work would reveal hidden ones.
      works = (await engine.search(parseQuery({ perPage: 1, scope: c.get('scope') }))).total
    } catch (cause) {
      throw new ApiError('unavailable', `The ${engine.name} search engine is not answering.`, { cause })
    }
    return c.json({ status: 'ok' as const, engine: engine.name, works, version: VERSION }, 200)
  })
}
