/**
 * The API's view of tags: autocomplete hits and a tag's page, named components so the SDK gets `TagHit`,
 * `TagList` and `Tag` as types.
 * @module
 */
import { TAG_KIND_LABELS, TAG_KINDS } from '@ficdex/core'
import { z } from '@hono/zod-openapi'

const WorkCount = z.number().int().nonnegative().openapi({
  description:
    'Works you may see that a filter on this tag finds: those tagged with it, a synonym of it, or one of its sub-tags.',
  example: 42,
})

/** A tag kind as a parameter takes it; parameters describe themselves, so it is not a component. */
export const TagKindParam = z.enum(TAG_KINDS)

/** A named component carrying each kind's English names (`x-labels`), from which the SDK exports them. */
export const TagKind = TagKindParam.openapi('TagKind', {
  description: 'The kind of tag. `x-labels` gives what each kind is called, for one tag and for several.',
  example: 'relationship',
  'x-labels': TAG_KIND_LABELS,
})

const Fandoms = z.array(z.string()).openapi({
  description: 'The fandoms the tag belongs to; empty for tags of any fandom (most tropes).',
  example: ["Grey's Anatomy", 'Private Practice'],
})

export const TagHit = z
  .object({
    kind: TagKind,
    name: z
      .string()
      .openapi({ description: 'The canonical tag.', example: 'Addison Montgomery/Derek Shepherd' }),
    matched: z.string().openapi({
      description: 'The canonical name or synonym the text matched, to show beside the canonical name.',
      example: 'Addek',
    }),
    fandoms: Fandoms,
    works: WorkCount,
  })
  .openapi('TagHit', { description: 'A canonical tag that matches what was typed, with its use.' })
export type TagHit = z.infer<typeof TagHit>

export const TagList = z
  .object({ tags: z.array(TagHit) })
  .openapi('TagList', { description: 'Tags, the most used first (then by name).' })
export type TagList = z.infer<typeof TagList>

const Names = (description: string, example: string[]) =>
  z.array(z.string()).openapi({ description, example })

export const Tag = z
  .object({
    kind: TagKind,
    name: z.string().openapi({
      description: 'The canonical tag (for a tag outside the vocabulary, the tag as works carry it).',
      example: 'Addison Montgomery/Derek Shepherd',
    }),
    wrangled: z.boolean().openapi({
      description:
        'True for a tag of the vocabulary; false for a tag that works carry but the vocabulary does not know, which has no synonyms or relations.',
    }),
    resolvedFrom: z.string().optional().openapi({
      description:
        'The name asked for, when it was a synonym or another spelling of this tag; the response’s `Content-Location` header is then this tag’s own URL.',
      example: 'Addek',
    }),
    synonyms: Names('Other names that find this tag.', ['Addek']),
    parents: Names('Its meta tags: filtering on one of them also finds this tag’s works.', []),
    ancestors: Names('All its meta tags, transitively, nearest first.', []),
    children: Names('Its sub-tags: filtering on this tag also finds their works.', []),
    fandoms: Fandoms,
    order: z.number().int().optional().openapi({
      description: 'Eras only: the position within the fandom, in story order.',
      example: 3,
    }),
    years: z
      .object({ from: z.number().int(), to: z.number().int() })
      .optional()
      .openapi({
        description: 'Eras only: the years it aired or was published.',
        example: { from: 2006, to: 2007 },
      }),
    characters: z
      .array(z.string())
      .optional()
      .openapi({
        description: 'Relationships only: the canonical characters, in relationship order.',
        example: ['Addison Montgomery', 'Derek Shepherd'],
      }),
    pairing: z.enum(['romantic', 'platonic']).optional().openapi({
      description: 'Relationships only: `romantic` for "A/B", `platonic` for "A & B".',
      example: 'romantic',
    }),
    works: WorkCount,
  })
  .openapi('Tag', { description: 'A tag with its names, its place among meta tags, and its use.' })
export type Tag = z.infer<typeof Tag>
