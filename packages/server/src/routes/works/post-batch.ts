/**
 * `POST /v1/works/batch`: stores and deletes many works from one NDJSON body, read line by line as it
 * arrives. Each line stands alone: a bad one is reported with its line number and what is wrong, and
 * the rest are written, all in one write (one transaction on the embedded engine), so readers see the
 * batch whole or not at all. A body past the size limit writes nothing.
 * @module
 */
import {
  applyChanges,
  type SearchEngine,
  tagWork,
  type Vocabulary,
  type Work as WorkDocument,
} from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { requireAdmin } from '../../auth/require-admin.js'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { BodyTooLargeError, ndjsonLines } from '../../lib/ndjson-lines.js'
import { FieldError } from '../../lib/problem.js'
import { NoParameters } from '../../lib/query-values.js'
import { ADMIN_BEARER_AUTH } from '../../openapi.js'
import { readBatchLine } from './batch-line.js'
import { storedStatus } from './stored-status.js'

export const BATCH_PATH = '/v1/works/batch'

/** Largest batch body, in bytes: a few thousand works with their texts. */
export const DEFAULT_BATCH_BODY_LIMIT = 32 * 1024 * 1024

const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/ndjson']

const LINE_STATUSES = ['created', 'updated', 'unchanged', 'deleted', 'invalid'] as const
type LineStatus = (typeof LINE_STATUSES)[number]

export const BatchLineResult = z
  .object({
    line: z.number().int().openapi({ description: 'The line of the body, numbered from 1.' }),
    id: z.string().optional().openapi({ description: 'The work the line names, when it names one.' }),
    status: z.enum(LINE_STATUSES).openapi({
      description:
        '`created`, `updated` or `unchanged` for a stored work; `deleted` (whether or not it existed); `invalid`: nothing of this line was written.',
    }),
    errors: z.array(FieldError).optional().openapi({
      description: 'Why an `invalid` line was refused; `location` is the field within the line.',
    }),
  })
  .openapi('BatchLineResult')

export const BatchResult = z
  .object({
    counts: z
      .object(
        Object.fromEntries(LINE_STATUSES.map((s) => [s, z.number().int()])) as Record<
          LineStatus,
          z.ZodNumber
        >,
      )
      .openapi({ description: 'How many lines ended in each status.' }),
    results: z.array(BatchLineResult).openapi({ description: 'One per non-blank line, in order.' }),
  })
  .openapi('BatchResult')
type BatchResult = z.infer<typeof BatchResult>

export const postBatchRoute = createRoute({
  method: 'post',
  path: '/works/batch',
  operationId: 'batchWorks',
  tags: ['Works'],
  summary: 'Store and delete many works',
  description: `An NDJSON body (\`application/x-ndjson\`), one JSON object a line: a work as \`PUT /v1/works/{id}\` takes it plus its \`id\`, or \`{"id": "…", "delete": true}\`. Each line is checked on its own; an invalid line is reported by its number and the rest are written together, at once. An id may appear once per batch. The body may be up to ${DEFAULT_BATCH_BODY_LIMIT / 1024 / 1024} MiB; a larger one answers 413 and writes nothing. Needs an \`admin\` key.`,
  security: ADMIN_BEARER_AUTH,
  request: {
    query: NoParameters,
    body: {
      required: true,
      content: {
        'application/x-ndjson': {
          schema: z.string().openapi({
            example:
              '{"id":"ferry-home","title":"The Ferry Home","words":1200,"complete":true,"publishedAt":1609459200,"updatedAt":1609459200}\n{"id":"old-draft","delete":true}\n',
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'What became of each line.',
      content: {
        'application/json': {
          schema: BatchResult,
          example: {
            counts: { created: 1, updated: 0, unchanged: 0, deleted: 1, invalid: 1 },
            results: [
              { line: 1, id: 'ferry-home', status: 'created' },
              { line: 2, id: 'old-draft', status: 'deleted' },
              {
                line: 3,
                id: 'no-title',
                status: 'invalid',
                errors: [
                  { location: 'title', message: 'Invalid input: expected string, received undefined' },
                ],
              },
            ],
          },
        },
      },
    },
    ...errorResponses(403, 413, 415, 429),
  },
})

interface Planned {
  results: BatchResult['results']
  upsert: WorkDocument[]
  delete: string[]
}

/** Reads, checks and tags every line; writes nothing. */
async function plan(
  body: ReadableStream<Uint8Array> | null,
  maxSize: number,
  engine: SearchEngine,
  vocabulary: Vocabulary,
): Promise<Planned> {
  const planned: Planned = { results: [], upsert: [], delete: [] }
  const seen = new Map<string, number>()
  for await (const { number: line, text } of ndjsonLines(body, maxSize)) {
    let op = readBatchLine(text)
    const earlier = op.kind === 'invalid' ? undefined : seen.get(op.id)
    if (earlier !== undefined) {
      const message = `The id is already on line ${earlier}: an id may appear once per batch.`
      op = { kind: 'invalid', id: op.id, errors: [{ location: 'id', message }] }
    }
    if (op.kind === 'invalid') {
      planned.results.push({ line, status: 'invalid', errors: op.errors, ...(op.id ? { id: op.id } : {}) })
      continue
    }
    seen.set(op.id, line)
    if (op.kind === 'delete') {
      planned.delete.push(op.id)
      planned.results.push({ line, id: op.id, status: 'deleted' })
      continue
    }
    const { work } = tagWork(vocabulary, op.work)
    const status = await storedStatus(engine, work)
    if (status !== 'unchanged') planned.upsert.push(work)
    planned.results.push({ line, id: op.id, status })
  }
  return planned
}

export function registerPostBatch(
  router: AppRouter,
  engine: SearchEngine,
  vocabulary: Vocabulary,
  maxSize = DEFAULT_BATCH_BODY_LIMIT,
): void {
  // The key before the body: no one else can make the server read a batch.
  router.on('POST', '/works/batch', requireAdmin)
  router.openapi(postBatchRoute, async (c) => {
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (!NDJSON_TYPES.includes(type)) {
      throw new ApiError('unsupported_media_type', 'The body must be NDJSON (`application/x-ndjson`).')
    }
    const tooLarge = () => {
      // The unread rest of the body would be parsed as the next request: end this connection instead.
      c.header('Connection', 'close')
      return new ApiError('payload_too_large', `The request body exceeds ${maxSize} bytes.`)
    }
    if (Number(c.req.header('Content-Length') ?? 0) > maxSize) throw tooLarge()
    let planned: Planned
    try {
      planned = await plan(c.req.raw.body, maxSize, engine, vocabulary)
    } catch (error) {
      throw error instanceof BodyTooLargeError ? tooLarge() : error
    }
    if (planned.results.length === 0) throw new ApiError('bad_request', 'The batch has no lines.')
    await applyChanges(engine, { upsert: planned.upsert, delete: planned.delete })
    const counts = Object.fromEntries(LINE_STATUSES.map((s) => [s, 0])) as BatchResult['counts']
    for (const { status } of planned.results) counts[status]++
    return c.json({ counts, results: planned.results }, 200)
  })
}
