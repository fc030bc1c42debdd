/**
 * `GET /v1/works/{id}`: one work's metadata, tags with their provenance, and stats, without its text.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { WORK_EXAMPLE } from './examples.js'
import { presentWork } from './present-work.js'
import { Work, WorkIdParam } from './schema.js'

export const getWorkRoute = createRoute({
  method: 'get',
  path: '/works/{id}',
  operationId: 'getWork',
  tags: ['Works'],
  summary: 'Get a work',
  description:
    'A work with its metadata, tags (with where each came from) and stats. The text is read one chapter at a time from `/v1/works/{id}/chapters/{n}`; `chapterTitles` lists the chapters. A work you may not see answers 404, exactly like one that does not exist.',
  security: OPTIONAL_BEARER_AUTH,
  request: { params: z.object({ id: WorkIdParam }), query: NoParameters },
  responses: {
    200: {
      description: 'The work.',
      content: { 'application/json': { schema: Work, example: WORK_EXAMPLE } },
    },
    ...errorResponses(404),
  },
})

export function registerGetWork(router: AppRouter, engine: SearchEngine): void {
  router.openapi(getWorkRoute, async (c) => {
    const { id } = c.req.valid('param')
    const work = await engine.get(id, c.get('scope'))
    if (!work) throw new ApiError('not_found', `No work with id "${id}".`)
    return c.json(presentWork(work), 200)
  })
}
