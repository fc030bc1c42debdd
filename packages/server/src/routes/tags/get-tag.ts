/**
 * `GET /v1/tags/{kind}/{name}`: one tag, asked by its canonical name or any synonym.
 * @module
 */
import { type SearchEngine, tagKey, type Vocabulary } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { describeTag } from './describe-tag.js'
import { TAG_EXAMPLE } from './examples.js'
import { Tag, TagKindParam } from './schema.js'

const KindParam = TagKindParam.openapi({
  param: { name: 'kind', in: 'path' },
  description: 'The kind of tag.',
  example: 'relationship',
})

const TagNameParam = z
  .string()
  .min(1)
  .max(500)
  .openapi({
    param: { name: 'name', in: 'path' },
    description:
      'The tag’s canonical name or a synonym, percent-encoded (a "/" in a relationship is `%2F`). Case and spacing do not matter.',
    example: 'Addek',
  })

/** The path of a tag's own page. */
export const tagPath = (kind: string, name: string): string => `/v1/tags/${kind}/${encodeURIComponent(name)}`

export const getTagRoute = createRoute({
  method: 'get',
  path: '/tags/{kind}/{name}',
  operationId: 'getTag',
  tags: ['Tags'],
  summary: 'Get a tag',
  description: [
    'A tag with its synonyms, meta tags (`parents`, `ancestors`), sub-tags (`children`), fandoms, story order and years (eras), characters (relationships), and the number of works you may see that a filter on it finds.',
    '',
    'Asked by a synonym or another spelling (`/v1/tags/relationship/Addek`), it answers 200 with the canonical tag, rather than redirecting, so one request is enough: `resolvedFrom` holds the name asked for and the `Content-Location` header the canonical tag’s own URL, for caches and links.',
    '',
    'A tag the vocabulary does not know answers 404, unless works you may see carry it: then it answers with `wrangled: false` and its count.',
  ].join('\n'),
  security: OPTIONAL_BEARER_AUTH,
  request: { params: z.object({ kind: KindParam, name: TagNameParam }), query: NoParameters },
  responses: {
    200: {
      description: 'The tag.',
      headers: z.object({
        'Content-Location': z.string().optional().openapi({
          description: 'When asked by another name: the canonical tag’s URL.',
          example: '/v1/tags/relationship/Addison%20Montgomery%2FDerek%20Shepherd',
        }),
      }),
      content: { 'application/json': { schema: Tag, example: TAG_EXAMPLE } },
    },
    ...errorResponses(404),
  },
})

export function registerGetTag(router: AppRouter, engine: SearchEngine, vocabulary: Vocabulary): void {
  router.openapi(getTagRoute, async (c) => {
    const { kind, name } = c.req.valid('param')
    // A name of only spaces or invisible characters names no tag; it must not reach the wrangler.
    if (tagKey(name) === '') throw new ApiError('not_found', `No ${kind} tag with an empty name.`)
    const tag = await describeTag(engine, vocabulary, kind, name, c.get('scope'))
    if (tag === null) throw new ApiError('not_found', `No ${kind} tag "${name}".`)
    if (tag.resolvedFrom !== undefined) c.header('Content-Location', tagPath(tag.kind, tag.name))
    return c.json(tag, 200)
  })
}
