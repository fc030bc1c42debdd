/**
 * `GET /v1/changes`: the works stored, changed or deleted since a sequence number, for apps that
 * mirror the archive: read from `since=0`, keep the `next` number, and ask again later from there.
 * @module
 */
import { MAX_CHANGES, type SearchEngine } from '@ficdex/core'
import { createRoute } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { integer, NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { presentWorkSummary } from '../works/present-work.js'
import { CHANGES_EXAMPLE } from './examples.js'
import { Changes } from './schema.js'

/** Changes per page unless the caller asks for another number. */
export const DEFAULT_CHANGES_LIMIT = 100

const ChangesParams = NoParameters.extend({
  since: integer({ min: 0 }).optional().openapi({
    description:
      'The `next` number of the previous answer; 0 (the default) lists every work you may see, as changes.',
    example: 0,
  }),
  limit: integer({ min: 1, max: MAX_CHANGES })
    .optional()
    .openapi({
      description: `Changes per page (default ${DEFAULT_CHANGES_LIMIT}, at most ${MAX_CHANGES}).`,
      example: DEFAULT_CHANGES_LIMIT,
    }),
})

export const listChangesRoute = createRoute({
  method: 'get',
  path: '/changes',
  operationId: 'listChanges',
  tags: ['Changes'],
  summary: 'Works changed since a point',
  description:
    'The change feed for mirrors: every work stored, changed or deleted after `since`, oldest change first, each work once and as it is now (an `upsert` with the work without its text, or a `delete` tombstone). A work that stops being visible to you (deleted, or made members-only or hidden) comes as a `delete`; a work you could never see never appears. Keep `next` and pass it as `since` next time; while `more` is true, ask again at once. Sequence numbers only grow, so a change made while you read is never missed.',
  security: OPTIONAL_BEARER_AUTH,
  request: { query: ChangesParams },
  responses: {
    200: {
      description: 'A page of changes.',
      content: { 'application/json': { schema: Changes, example: CHANGES_EXAMPLE } },
    },
    ...errorResponses(501),
  },
})

export function registerListChanges(router: AppRouter, engine: SearchEngine): void {
  router.openapi(listChangesRoute, async (c) => {
    if (engine.changes === undefined)
      throw new ApiError('not_implemented', `The ${engine.name} engine keeps no change feed.`)
    const { since = 0, limit = DEFAULT_CHANGES_LIMIT } = c.req.valid('query')
    const page = await engine.changes(since, c.get('scope'), limit)
    const next = page.changes.at(-1)?.seq ?? since
    return c.json(
      {
        changes: page.changes.map((change) =>
          change.deleted
            ? { seq: change.seq, id: change.id, op: 'delete' as const }
            : {
                seq: change.seq,
                id: change.id,
                op: 'upsert' as const,
                work: presentWorkSummary(change.work),
              },
        ),
        next,
        more: page.more,
        links: {
          next: `/v1/changes?since=${next}${limit === DEFAULT_CHANGES_LIMIT ? '' : `&limit=${limit}`}`,
        },
      },
      200,
    )
  })
}
