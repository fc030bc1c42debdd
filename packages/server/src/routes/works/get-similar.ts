/**
 * `GET /v1/works/{id}/similar`: the works most like one work, by the canonical tags they share weighted
 * by rarity, same fandom first; any search parameter narrows the candidates.
 * @module
 */
import { findSimilar, type SearchEngine, type Vocabulary } from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { ApiError } from '../../lib/api-error.js'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { SIMILAR_WORKS_EXAMPLE } from './examples.js'
import { presentWorkSummary } from './present-work.js'
import { resolveSearch } from './resolve-search.js'
import { WorkIdParam, WorkSummary } from './schema.js'
import { SearchParams } from './search-query.js'

const SharedTags = z
  .object({
    fandom: z.array(z.string()).optional(),
    relationship: z.array(z.string()).optional(),
    character: z.array(z.string()).optional(),
    era: z.array(z.string()).optional(),
    freeform: z.array(z.string()).optional(),
  })
  .openapi('SharedTags', { description: 'The canonical tags both works carry, by kind.' })

export const SimilarWorks = z
  .object({
    id: z.string().openapi({ description: 'The work the others are like.', example: 'no-anesthesia' }),
    hits: z.array(
      z.object({
        work: WorkSummary,
        score: z.number().openapi({
          description: 'Sum over the shared tags of log(1 + works / works carrying the tag).',
          example: 7.42,
        }),
        sameFandom: z.boolean().openapi({ description: 'Shares a fandom; such works come first.' }),
        shared: SharedTags,
      }),
    ),
  })
  .openapi('SimilarWorks', { description: 'Works like one work, most similar first.' })
export type SimilarWorks = z.infer<typeof SimilarWorks>

export const getSimilarRoute = createRoute({
  method: 'get',
  path: '/works/{id}/similar',
  operationId: 'getSimilarWorks',
  tags: ['Works'],
  summary: 'Works like this one',
  description:
    'The works sharing the most telling canonical tags with a work: each shared fandom, relationship, character, era or freeform tag counts by its rarity across the works you may see (inverse document frequency), so a shared pairing outweighs a shared "Angst"; works of the same fandom come first. Every parameter of `GET /v1/works` narrows the candidates (`rating_not=Explicit`, `complete=true`, `q=…`); `per_page` (default 20) is how many to return, `page`, `sort` and facets do not apply. A work you may not see answers 404.',
  security: OPTIONAL_BEARER_AUTH,
  request: { params: z.object({ id: WorkIdParam }), query: SearchParams },
  responses: {
    200: {
      description: 'Similar works.',
      content: { 'application/json': { schema: SimilarWorks, example: SIMILAR_WORKS_EXAMPLE } },
    },
    ...errorResponses(404),
  },
})

export function registerGetSimilar(router: AppRouter, engine: SearchEngine, vocabulary: Vocabulary): void {
  router.openapi(getSimilarRoute, async (c) => {
    const { id } = c.req.valid('param')
    const criteria = c.req.valid('query')
    const scope = c.get('scope')
    const work = await engine.get(id, scope)
    if (!work) throw new ApiError('not_found', `No work with id "${id}".`)
    const { query } = resolveSearch(vocabulary, criteria, scope, 'query')
    const similar = await findSimilar(engine, work, query, query.perPage)
    return c.json(
      {
        id,
        hits: similar.map(({ work, score, sameFandom, shared }) => ({
          work: presentWorkSummary(work),
          score: Math.round(score * 1000) / 1000,
          sameFandom,
          shared,
        })),
      },
      200,
    )
  })
}
