/**
 * `PUT /v1/works/{id}`: adds or replaces one work, as the indexer would store it: tags wrangled to the
 * vocabulary, missing tags inferred from the text, the content hash taken last. Idempotent: the same work
 * again changes nothing and says so.
 * @module
 */
import {
  type SearchEngine,
  tagWork,
  type Vocabulary,
  Work as WorkDocument,
  withMainRelationship,
} from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requireAdmin } from '../../auth/require-admin.js'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { problemResponse } from '../../lib/problem.js'
import { NoParameters } from '../../lib/query-values.js'
import { ADMIN_BEARER_AUTH } from '../../openapi.js'
import { WORK_EXAMPLE } from './examples.js'
import { presentWork } from './present-work.js'
import { Work, WorkIdParam } from './schema.js'
import { storedStatus } from './stored-status.js'

/** What a writer sends: the work document without the id (in the path) and what ficdex computes. */
export const WorkWrite = WorkDocument.omit({
  id: true,
  titleDerived: true,
  crossover: true,
  filterTags: true,
  contentHash: true,
  provenance: true,
  source: true,
})
  .extend({
    mainRelationship: z.string().trim().min(1).optional().openapi({
      description:
        'The relationship the work is about, when it is not the first in `relationships`: it is stored first (added if missing), which is what the `main_relationship` filter reads.',
      example: 'Addek',
    }),
  })
  .strict()
  .openapi('WorkWrite', {
    description:
      'A work to store: metadata, author tags, stats and chapters. Dates are Unix seconds, null or left out when unknown. Tags are wrangled and missing ones inferred as the indexer does.',
    example: {
      title: 'The Ferry Home',
      authors: ['marigold'],
      summary: 'Meredith rides the ferry home.',
      fandoms: ["Grey's Anatomy"],
      relationships: ['Addek'],
      words: 1200,
      complete: true,
      publishedAt: 1_609_459_200,
      updatedAt: 1_609_459_200,
      visibility: 'restricted',
      text: [{ title: 'Chapter 1', body: 'The ferry left at six.' }],
    },
  })

/** The work document a write describes: its main relationship, if declared, first. */
export function toWorkDocument({ mainRelationship, ...sent }: z.infer<typeof WorkWrite>, id: string) {
  const relationships = withMainRelationship(sent.relationships ?? [], mainRelationship)
  return WorkDocument.safeParse({ ...sent, relationships, id })
}

export const WorkWriteResult = z
  .object({
    work: Work,
    created: z.boolean().openapi({ description: 'No work had this id before.' }),
    changed: z.boolean().openapi({ description: 'What is stored changed; false for the same work again.' }),
    unwrangled: z
      .array(z.object({ kind: z.string(), tag: z.string() }))
      .openapi({ description: 'Author tags the vocabulary does not know, kept as written.' }),
  })
  .openapi('WorkWriteResult')

const WRITE_EXAMPLE = { work: WORK_EXAMPLE, created: true, changed: true, unwrangled: [] }

/** Largest work accepted, in bytes: a long multi-chapter story fits. */
export const DEFAULT_WRITE_BODY_LIMIT = 8 * 1024 * 1024

export const putWorkRoute = createRoute({
  method: 'put',
  path: '/works/{id}',
  operationId: 'putWork',
  tags: ['Works'],
  summary: 'Store a work',
  description:
    'Adds the work, or replaces the work with this id, and makes it searchable at once. Answers 201 when it is new, 200 otherwise, with `changed: false` when the same work was already stored. Needs an `admin` key.',
  security: ADMIN_BEARER_AUTH,
  request: {
    params: z.object({ id: WorkIdParam }),
    query: NoParameters,
    body: { required: true, content: { 'application/json': { schema: WorkWrite } } },
  },
  responses: {
    200: {
      description: 'Replaced, or already stored.',
      content: {
        'application/json': { schema: WorkWriteResult, example: { ...WRITE_EXAMPLE, created: false } },
      },
    },
    201: {
      description: 'Added.',
      content: { 'application/json': { schema: WorkWriteResult, example: WRITE_EXAMPLE } },
    },
    ...errorResponses(403, 413, 415, 429),
  },
})

export function registerPutWork(
  router: AppRouter,
  engine: SearchEngine,
  vocabulary: Vocabulary,
  maxSize = DEFAULT_WRITE_BODY_LIMIT,
): void {
  // The key first, then the size: no one else can make the server read a large body.
  router.on('PUT', '/works/:id', requireAdmin)
  router.on(
    'PUT',
    '/works/:id',
    bodyLimit({
      maxSize,
      onError: (c) => problemResponse(c, 'payload_too_large', `The request body exceeds ${maxSize} bytes.`),
    }),
  )
  router.openapi(putWorkRoute, async (c) => {
    const { id } = c.req.valid('param')
    const parsed = toWorkDocument(c.req.valid('json'), id)
    if (!parsed.success) throw new ApiError('bad_request', `The work is not valid: ${parsed.error.message}`)
    const { work, unwrangled } = tagWork(vocabulary, parsed.data)
    const status = await storedStatus(engine, work)
    const changed = status !== 'unchanged'
    if (changed) await engine.upsert([work])
    const created = status === 'created'
    return c.json({ work: presentWork(work), created, changed, unwrangled }, created ? 201 : 200)
  })
}
