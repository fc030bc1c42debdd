/**
 * `POST /v1/tags/suggest`: the tags ficdex would infer for a story, for its author while tagging it — the
 * same inference the indexer runs on a work without metadata, with the author's chosen tags respected
 * (a kind the author has filled is not second-guessed, and the fandoms they chose scope the rest).
 * @module
 */
import {
  DEFAULT_MIN_TROPE_CONFIDENCE,
  proposeTags,
  RATINGS,
  TAG_KINDS,
  type Vocabulary,
  WARNINGS,
  Work,
  wrangleWork,
} from '@ficdex/core'
import { createRoute, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import type { AppRouter } from '../../lib/create-router.js'
import { errorResponses } from '../../lib/error-responses.js'
import { problemResponse } from '../../lib/problem.js'
import { NoParameters } from '../../lib/query-values.js'
import { OPTIONAL_BEARER_AUTH } from '../../openapi.js'
import { Evidence } from '../works/schema.js'
import { SUGGEST_TAGS_REQUEST_EXAMPLE, TAG_SUGGESTIONS_EXAMPLE } from './examples.js'
import { TagKind } from './schema.js'

export const SUGGEST_PATH = '/v1/tags/suggest'
/** A long chapter fits; a whole novel in one request does not. */
export const DEFAULT_SUGGEST_BODY_LIMIT = 1024 * 1024

const Text = (description: string, max: number) => z.string().max(max).openapi({ description })
const Chosen = (description: string, example: string[]) =>
  z.array(z.string().trim().min(1).max(500)).max(100).optional().openapi({ description, example })

export const SuggestTagsRequest = z
  .strictObject({
    text: z.string().trim().min(1).openapi({
      description:
        'The story as plain text (or HTML): one chapter or several, blank lines between paragraphs.',
    }),
    title: Text('The title, if there is one yet.', 500).optional(),
    summary: Text('The summary, if there is one yet.', 5000).optional(),
    fandoms: Chosen('Fandoms the author has chosen: the rest is sought in them.', ["Grey's Anatomy"]),
    relationships: Chosen('Relationships the author has chosen.', []),
    characters: Chosen('Characters the author has chosen.', []),
    eras: Chosen('Eras the author has chosen.', []),
    freeforms: Chosen('Additional tags (tropes) the author has chosen.', []),
    rating: z.enum(RATINGS).optional().openapi({ description: 'The rating the author has chosen.' }),
    warnings: z
      .array(z.enum(WARNINGS))
      .max(6)
      .optional()
      .openapi({ description: 'Archive warnings chosen.' }),
  })
  .openapi('SuggestTagsRequest', {
    description: 'A story, and whatever tags its author has chosen so far.',
    example: SUGGEST_TAGS_REQUEST_EXAMPLE,
  })

export const TagSuggestion = z
  .object({
    kind: TagKind,
    tag: z
      .string()
      .openapi({ description: 'The canonical tag.', example: 'Addison Montgomery/Derek Shepherd' }),
    confidence: z.number().min(0).max(1).openapi({ description: 'How sure, from 0 to 1.', example: 0.91 }),
    evidence: z.array(Evidence).openapi({ description: 'What in the text it rests on.' }),
    added: z.boolean().openapi({
      description:
        'Whether the indexer would add it to the work. Weaker suggestions (tropes under the bar, such as "Present Tense") are offered for the author to judge.',
    }),
  })
  .openapi('TagSuggestion', { description: 'A tag inferred from the story, with why.' })

export const TagSuggestions = z
  .object({
    suggestions: z.array(TagSuggestion).openapi({
      description:
        'Per kind in the order fandom, character, era, relationship, tropes…; the strongest first.',
    }),
    chosen: z.array(z.object({ kind: TagKind, tag: z.string(), wrangled: z.boolean() })).openapi({
      description: 'The author’s chosen tags as the vocabulary reads them (canonical when known).',
    }),
  })
  .openapi('TagSuggestions', { description: 'The tags ficdex would give the story.' })
export type TagSuggestions = z.infer<typeof TagSuggestions>

export const suggestTagsRoute = createRoute({
  method: 'post',
  path: '/tags/suggest',
  operationId: 'suggestTags',
  tags: ['Tags'],
  summary: 'Suggest tags for a story',
  description: [
    'The tags ficdex would infer for a story, as the indexer infers them for a work that arrives without metadata: fandom, characters, the main relationship (who the story is about, romantic `A/B` or platonic `A & B`), the canon era, tropes and, conservatively, rating and warnings — each with a confidence and the evidence for it.',
    '',
    'Tags the author has already chosen are respected: a kind they have filled is not suggested again, and chosen fandoms scope the characters, relationships and eras sought. Suggestions with `added: false` fall below the bar the indexer adds tags at, and are offered for the author to judge.',
    '',
    `The body may be up to ${DEFAULT_SUGGEST_BODY_LIMIT / 1024} KiB; a larger one answers 413.`,
  ].join('\n'),
  security: OPTIONAL_BEARER_AUTH,
  request: {
    query: NoParameters,
    body: { required: true, content: { 'application/json': { schema: SuggestTagsRequest } } },
  },
  responses: {
    200: {
      description: 'The suggested tags.',
      content: { 'application/json': { schema: TagSuggestions, example: TAG_SUGGESTIONS_EXAMPLE } },
    },
    ...errorResponses(413, 415),
  },
})

export function registerSuggestTags(router: AppRouter, vocabulary: Vocabulary, maxSize: number): void {
  router.use(
    '/tags/suggest',
    bodyLimit({
      maxSize,
      onError: (c) => problemResponse(c, 'payload_too_large', `The request body exceeds ${maxSize} bytes.`),
    }),
  )
  router.openapi(suggestTagsRoute, (c) => {
    const { text, title, summary, rating, warnings, ...lists } = c.req.valid('json')
    const { work, unwrangled } = wrangleWork(
      vocabulary,
      Work.parse({
        id: 'suggestion',
        title: title?.trim() || 'Untitled',
        summary: summary ?? '',
        words: text.split(/\s+/u).filter(Boolean).length,
        complete: true,
        text: [{ body: text }],
        ...lists,
        ...(rating === undefined ? {} : { rating }),
        ...(warnings === undefined ? {} : { warnings }),
      }),
    )
    const unknown = new Set(unwrangled.map(({ kind, tag }) => `${kind}\u0000${tag}`))
    const chosen = work.provenance
      .filter((entry) => entry.source === 'author' && (TAG_KINDS as readonly string[]).includes(entry.kind))
      .map(({ kind, tag }) => ({ kind, tag, wrangled: !unknown.has(`${kind}\u0000${tag}`) }))
    const suggestions = proposeTags(vocabulary, work).map((tag) => ({
      kind: tag.kind,
      tag: tag.tag,
      confidence: tag.confidence,
      evidence: tag.evidence,
      added: tag.kind !== 'freeform' || tag.confidence >= DEFAULT_MIN_TROPE_CONFIDENCE,
    }))
    return c.json({ suggestions, chosen }, 200)
  })
}
