/**
 * The API's view of a work: the stored document minus its text and internal fields, with dates as ISO
 * 8601 strings. Named components, so the SDK gets `Work`, `WorkSummary`… as types.
 * @module
 */
import { CATEGORIES, RATINGS, TAG_KINDS, WARNINGS, WorkId } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import { orNull } from '../../lib/or-null.js'

const Count = z.number().int().nonnegative()
const IsoDateTime = z.string().openapi({ format: 'date-time' })
const Tags = (description: string, example: string[]) => z.array(z.string()).openapi({ description, example })

export const Evidence = z
  .object({
    phrase: z.string().openapi({ description: 'A phrase found in the text.', example: 'enemies to lovers' }),
    count: Count.openapi({ description: 'How often it occurs.', example: 3 }),
  })
  .openapi('Evidence', { description: 'Why an inferred tag was inferred.' })

export const TagProvenance = z
  .object({
    kind: z.enum(TAG_KINDS).openapi({ example: 'freeform' }),
    tag: z.string().openapi({ description: 'The tag as the work carries it.', example: 'Enemies to Lovers' }),
    source: z
      .enum(['author', 'inferred'])
      .openapi({ description: 'Written by the author, or inferred from the text.', example: 'author' }),
    original: z.string().optional().openapi({
      description: 'The tag as the author wrote it, when wrangling changed it.',
      example: 'enemies2lovers',
    }),
    wrangled: z
      .boolean()
      .optional()
      .openapi({ description: 'False when the tag is not in the vocabulary and was kept as written.' }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .openapi({ description: 'For inferred tags, from 0 to 1.' }),
    evidence: z.array(Evidence).optional().openapi({ description: 'For inferred tags, what was found.' }),
  })
  .openapi('TagProvenance', { description: 'Where one of the work’s tags came from.' })

export const ChapterCount = z
  .object({
    posted: z.number().int().positive().openapi({ description: 'Chapters posted so far.', example: 12 }),
    expected: z
      .number()
      .int()
      .positive()
      .nullable()
      .openapi({ description: 'Chapters planned, or null when unknown (AO3’s “12/?”).', example: 20 }),
  })
  .openapi('ChapterCount')

export const Series = z
  .object({
    name: z.string().openapi({ example: 'The Long Way Round' }),
    position: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: 'Part number in the series.', example: 2 }),
  })
  .openapi('Series')

export const WorkSummary = z
  .object({
    id: z
      .string()
      .openapi({ description: 'Stable id: letters, digits, "-" and "_".', example: 'ao3-1234567' }),
    title: z.string().openapi({ example: 'A Quiet Kind of Magic' }),
    titleDerived: z
      .boolean()
      .openapi({ description: 'True when the source had no title and this one was derived from it.' }),
    authors: z.array(z.string()).openapi({ example: ['quillfeather'] }),
    summary: z
      .string()
      .openapi({ example: 'Eighth year, and Hermione is not sure she came back for the lessons.' }),
    notes: z.string().openapi({ description: 'The author’s notes.' }),
    language: z.string().openapi({ description: 'Language code.', example: 'en' }),
    rating: z.enum(RATINGS).openapi({ example: 'Teen And Up Audiences' }),
    warnings: z.array(z.enum(WARNINGS)).openapi({ example: ['No Archive Warnings Apply'] }),
    categories: z.array(z.enum(CATEGORIES)).openapi({ example: ['F/M'] }),
    fandoms: Tags('Canonical fandom tags.', ['Harry Potter - J. K. Rowling']),
    relationships: Tags('Relationship tags: "A/B" romantic, "A & B" platonic.', [
      'Hermione Granger/Draco Malfoy',
    ]),
    characters: Tags('Character tags.', ['Hermione Granger', 'Draco Malfoy']),
    eras: Tags('Canon era tags.', ['Post-Canon']),
    freeforms: Tags('Tropes and other additional tags.', ['Enemies to Lovers', 'Slow Burn']),
    crossover: z.boolean().openapi({
      description:
        'True when two of its fandoms are neither the same canon nor one the other’s meta fandom (what `crossover=` filters on).',
    }),
    series: orNull(Series),
    words: Count.openapi({ example: 48213 }),
    chapters: ChapterCount,
    complete: z.boolean(),
    publishedAt: IsoDateTime.nullable().openapi({
      description: 'When the work was first posted; null when its source gave no date.',
      example: '2021-03-14T09:26:53Z',
    }),
    updatedAt: IsoDateTime.nullable().openapi({
      description:
        'When a chapter was last posted; null when its source gave no date. Works without one sort after every dated work, in both directions, and no date range matches them.',
      example: '2021-09-02T18:00:00Z',
    }),
    kudos: Count.openapi({ example: 1520 }),
    hits: Count.openapi({ example: 40210 }),
    comments: Count.openapi({ example: 312 }),
    bookmarks: Count.openapi({ example: 401 }),
    visibility: z.enum(['public', 'restricted', 'hidden']).openapi({
      description:
        '`restricted` works are visible to member keys only, `hidden` ones to administrator keys only.',
      example: 'public',
    }),
    contentHash: z.string().openapi({ description: 'Changes whenever the work’s content changes.' }),
  })
  .openapi('WorkSummary', {
    description:
      'A work without its text or its tags’ provenance, as search hits carry it: `GET /v1/works/{id}` has the provenance.',
  })
export type WorkSummary = z.infer<typeof WorkSummary>

export const Work = WorkSummary.extend({
  provenance: z.array(TagProvenance).openapi({
    description:
      'Where each tag came from: written by the author, or inferred from the text with the evidence.',
  }),
  chapterTitles: z.array(z.string().nullable()).openapi({
    description: 'One entry per chapter whose text can be read, in order; null for untitled chapters.',
    example: ['Prologue', null, 'The Letter'],
  }),
}).openapi('Work', {
  description: 'A work with its metadata, tags with their provenance, and stats; read its text by chapter.',
})
export type Work = z.infer<typeof Work>

export const Chapter = z
  .object({
    workId: z.string().openapi({ example: 'ao3-1234567' }),
    number: z.number().int().positive().openapi({ description: '1-based chapter number.', example: 1 }),
    title: z.string().nullable().openapi({ example: 'Prologue' }),
    body: z.string().openapi({ description: 'The chapter’s text.' }),
    chapterCount: z
      .number()
      .int()
      .positive()
      .openapi({ description: 'How many chapters can be read.', example: 3 }),
  })
  .openapi('Chapter', { description: 'One chapter’s text.' })
export type Chapter = z.infer<typeof Chapter>

// Piped rather than extended: core's schemas may be created before `.openapi()` is added to zod.
export const WorkIdParam = z
  .string()
  .pipe(WorkId)
  .openapi({
    param: { name: 'id', in: 'path' },
    description: 'The work’s id.',
    example: 'ao3-1234567',
  })
