/**
 * `GET /v1/works/{id}/chapters/{n}`: one chapter's text, so readers fetch a long work piece by piece.
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { integer, NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { CHAPTER_EXAMPLE } from './examples.js'
import { Chapter, WorkIdParam } from './schema.js'

const ChapterNumberParam = integer({ min: 1 }).openapi({
  param: { name: 'n', in: 'path' },
  description: 'The chapter number, from 1.',
  example: 1,
})

export const getChapterRoute = createRoute({
  method: 'get',
  path: '/works/{id}/chapters/{n}',
  operationId: 'getChapter',
  tags: ['Works'],
  summary: 'Read a chapter',
  description:
    'The title and text of one chapter of a work, numbered from 1 up to `chapterCount` (the length of the work’s `chapterTitles`).',
  security: OPTIONAL_BEARER_AUTH,
  request: { params: z.object({ id: WorkIdParam, n: ChapterNumberParam }), query: NoParameters },
  responses: {
    200: {
      description: 'The chapter.',
      content: { 'application/json': { schema: Chapter, example: CHAPTER_EXAMPLE } },
    },
    ...errorResponses(404),
  },
})

export function registerGetChapter(router: AppRouter, engine: SearchEngine): void {
  router.openapi(getChapterRoute, async (c) => {
    const { id, n } = c.req.valid('param')
    const work = await engine.get(id, c.get('scope'))
    if (!work) throw new ApiError('not_found', `No work with id "${id}".`)
    const chapter = work.text[n - 1]
    if (!chapter) {
      throw new ApiError(
        'not_found',
        `Work "${id}" has ${work.text.length} readable chapter(s); there is no chapter ${n}.`,
      )
    }
    return c.json(
      {
        workId: work.id,
        number: n,
        title: chapter.title ?? null,
        body: chapter.body,
        chapterCount: work.text.length,
      },
      200,
    )
  })
}
