/**
 * `DELETE /v1/works/{id}`: removes a work. Idempotent: deleting a work that is not there answers the same.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { requireAdmin } from '../../auth/require-admin.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { NoParameters } from '../../lib/query-values.js'
import { ADMIN_BEARER_AUTH } from '../../openapi.js'
import { WorkIdParam } from './schema.js'

export const deleteWorkRoute = createRoute({
  method: 'delete',
  path: '/works/{id}',
  operationId: 'deleteWork',
  tags: ['Works'],
  summary: 'Delete a work',
  description:
    'Removes the work at once from every search. Answers 204 whether or not it existed. Needs an `admin` key.',
  security: ADMIN_BEARER_AUTH,
  middleware: [requireAdmin] as const,
  request: { params: z.object({ id: WorkIdParam }), query: NoParameters },
  responses: {
    204: { description: 'The work is gone.' },
    ...errorResponses(403, 429),
  },
})

export function registerDeleteWork(router: AppRouter, engine: SearchEngine): void {
  router.openapi(deleteWorkRoute, async (c) => {
    await engine.delete([c.req.valid('param').id])
    return c.body(null, 204)
  })
}
