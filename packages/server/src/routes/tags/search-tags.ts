/**
 * `GET /v1/tags`: tag autocomplete across kinds, answering canonical tags with how many works use them.
 * @module
 */
import { type SearchEngine, type Vocabulary, wrangle } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { integer } from '../../lib/query-values.js'
import { validationDetail } from '../../lib/validation-hook.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { TAG_LIST_EXAMPLE } from './examples.js'
import { findTags } from './find-tags.js'
import { TagKindParam, TagList } from './schema.js'

export const DEFAULT_TAG_LIMIT = 10
export const MAX_TAG_LIMIT = 50

export const SearchTagsParams = z.strictObject({
  q: z.string().trim().max(100).optional().openapi({
    description:
      'What was typed: matches the start of a tag’s name or of a word in it, or of a synonym, with typos forgiven in longer words. Empty or absent: the most used tags.',
    example: 'addek',
  }),
  kind: TagKindParam.optional().openapi({ description: 'Only tags of this kind.', example: 'relationship' }),
  fandom: z.string().trim().min(1).max(500).optional().openapi({
    description:
      'Only tags of this fandom (a name or synonym; its sub-fandoms count too) and tags that fit any fandom. Without `q`: the tags most used by the fandom’s works.',
    example: "Grey's Anatomy",
  }),
  limit: integer({ min: 1, max: MAX_TAG_LIMIT })
    .optional()
    .openapi({ description: `At most this many tags (default ${DEFAULT_TAG_LIMIT}).`, example: 10 }),
})

export const searchTagsRoute = createRoute({
  method: 'get',
  path: '/tags',
  operationId: 'searchTags',
  tags: ['Tags'],
  summary: 'Autocomplete tags',
  description: [
    'Canonical tags for what a user is typing, across kinds (or of one `kind`), for search boxes and tag pickers. A synonym finds its canonical tag (`q=addek` answers “Addison Montgomery/Derek Shepherd” with `matched` “Addek”); the last word may be cut short, and longer words may hold a typo or two.',
    '',
    'The best `limit` matches are counted and answered most used first, then by name. `works` counts what a filter on the tag finds among the works you may see (so a meta tag counts its sub-tags’ works), over the whole archive even when `fandom` narrows which tags match.',
    '',
    'Without `q` (or with an empty one) the answer is the tags that the most works carry, of `kind` or of every kind, within the works of `fandom` when given: a start for browsing.',
  ].join('\n'),
  security: OPTIONAL_BEARER_AUTH,
  request: { query: SearchTagsParams },
  responses: {
    200: {
      description: 'The matching tags, most used first.',
      content: { 'application/json': { schema: TagList, example: TAG_LIST_EXAMPLE } },
    },
    ...errorResponses(),
  },
})

export function registerSearchTags(router: AppRouter, engine: SearchEngine, vocabulary: Vocabulary): void {
  router.openapi(searchTagsRoute, async (c) => {
    const { q = '', kind, fandom, limit = DEFAULT_TAG_LIMIT } = c.req.valid('query')
    const tags = await findTags(engine, vocabulary, {
      text: q,
      kind,
      fandom: fandom === undefined ? undefined : canonicalFandom(vocabulary, fandom),
      limit,
      scope: c.get('scope'),
    })
    return c.json({ tags }, 200)
  })
}

/** A fandom the vocabulary knows, canonical; anything else would silently match every fandom. */
function canonicalFandom(vocabulary: Vocabulary, fandom: string): string {
  const resolved = wrangle(vocabulary, 'fandom', fandom)
  if (resolved.wrangled) return resolved.canonical
  const errors = [{ location: 'query.fandom', message: `unknown fandom "${resolved.canonical}"` }]
  throw new ApiError('validation_failed', validationDetail(errors), { errors })
}
