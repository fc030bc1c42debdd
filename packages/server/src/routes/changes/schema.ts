/**
 * The schemas of the change feed.
 * @module
 */
import { z } from '@hono/zod-openapi'
import { WorkSummary } from '../works/schema.js'

const Seq = z
  .number()
  .int()
  .nonnegative()
  .openapi({ description: 'The change’s sequence number.', example: 42 })
const Id = z.string().openapi({ example: 'no-anesthesia' })

export const Change = z
  .discriminatedUnion('op', [
    z.object({
      seq: Seq,
      id: Id,
      op: z.literal('upsert').openapi({ description: 'The work was stored or changed; here it is.' }),
      work: WorkSummary,
    }),
    z.object({
      seq: Seq,
      id: Id,
      op: z
        .literal('delete')
        .openapi({ description: 'The work was deleted, or is no longer visible to you: drop your copy.' }),
    }),
  ])
  .openapi('Change', { description: 'One work, as it is after its latest change.' })

export const Changes = z
  .object({
    changes: z.array(Change),
    next: z.number().int().nonnegative().openapi({
      description:
        'The `since` of the next request: the last change listed (or your `since`, when none was).',
      example: 42,
    }),
    more: z.boolean().openapi({ description: 'More changes follow `next`: ask again at once.' }),
    links: z.object({ next: z.string().openapi({ example: '/v1/changes?since=42' }) }),
  })
  .openapi('Changes', { description: 'A page of the change feed, oldest change first.' })
export type Changes = z.infer<typeof Changes>
