/**
 * A work as a Meilisearch document, and back. The document keeps every field of the work (so `get`
 * returns it whole) plus derived attributes the index needs: per tag kind a filter attribute (own
 * tags ∪ the wrangler's filter tags), per free kind the part of it that stands for the author's own
 * tags, a lowercased title sort key, and the chapters joined into one
 * searchable `text`. Numbers stay numbers and dates stay Unix seconds, since a string in a numeric
 * attribute would make range filters compare lexicographically.
 * @module
 */

import { authorFilterValues } from '../../engine/author-filter-values.js'
import { normalizeFacet } from '../../model/normalize-facet.js'
import { type RangeField, rangeValues } from '../../model/range-filters.js'
import { sortValues } from '../../model/sort-values.js'
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import {
  type Chapter,
  filterTagsOf,
  pickFields,
  WORK_SUMMARY_FIELDS,
  type Work,
  type WorkSummary,
} from '../../model/work.js'
import {
  AUTHOR_FILTER_FIELD,
  FILTER_FIELD,
  MAIN_RELATIONSHIP_ATTRIBUTE,
  SORT_VALUE_ATTRIBUTE,
  TITLE_SORT_ATTRIBUTE,
} from './fields.js'

/** Between chapters in the joined text: a paragraph break, so no word spans two chapters. */
export const CHAPTER_SEPARATOR = '\n\n'

/**
 * How to cut the joined text back into chapters. Storing lengths instead of a second copy of each
 * body keeps the largest field of the document from being stored twice.
 */
export interface ChapterOutline {
  title?: string
  /** Length of the body in UTF-16 code units, as `String.prototype.length` counts. */
  length: number
}

type FilterAttributes = { [K in TagKind as (typeof FILTER_FIELD)[K]]: string[] }
type AuthorFilterAttributes = { [K in FreeTagKind as (typeof AUTHOR_FILTER_FIELD)[K]]: string[] }

/**
 * Every field of the work as the work holds it, but `chapters`, which is split so that the posted count
 * is a number range filters and stats can use, and `text`, joined.
 */
export type MeilisearchWorkDocument = FilterAttributes &
  AuthorFilterAttributes &
  Record<RangeField, number | null> &
  Omit<WorkSummary, 'chapters'> & {
    [TITLE_SORT_ATTRIBUTE]: string
    [MAIN_RELATIONSHIP_ATTRIBUTE]: string[]
    /** Chapters posted: the value range filters and stats use. */
    chapters: number
    chaptersExpected: number | null
    text: string
    textChapters: ChapterOutline[]
  }

/** The document fields a search hit carries (everything but the text). */
export type MeilisearchSummaryDocument = Omit<
  MeilisearchWorkDocument,
  'text' | 'textChapters' | typeof MAIN_RELATIONSHIP_ATTRIBUTE | keyof AuthorFilterAttributes
>

/** The values a kind's filter attribute holds: the work's own tags, then its filter tags, once each. */
export function filterValues(work: Pick<Work, TagFieldName | 'filterTags'>, kind: TagKind): string[] {
  const own = work[TAG_FIELD[kind]]
  return [...new Set([...(typeof own === 'string' ? [own] : own), ...filterTagsOf(work, kind)])]
}

type TagFieldName = (typeof TAG_FIELD)[TagKind]

export function toDocument(work: Work): MeilisearchWorkDocument {
  const filters = Object.fromEntries(
    TAG_KINDS.map((kind) => [FILTER_FIELD[kind], filterValues(work, kind)]),
  ) as FilterAttributes
  const authorFilters = Object.fromEntries(
    FREE_TAG_KINDS.map((kind) => [AUTHOR_FILTER_FIELD[kind], authorFilterValues(work, kind)]),
  ) as AuthorFilterAttributes
  return {
    // First, so the work's own fields of the same names (equal values) follow; a range over a
    // derived value gets its attribute from here alone.
    ...rangeValues(work),
    ...Object.fromEntries(
      Object.entries(sortValues(work)).map(([key, value]) => [
        SORT_VALUE_ATTRIBUTE[key as keyof typeof SORT_VALUE_ATTRIBUTE],
        value,
      ]),
    ),
    ...pickFields(work, WORK_SUMMARY_FIELDS),
    [TITLE_SORT_ATTRIBUTE]: normalizeFacet(work.title),
    [MAIN_RELATIONSHIP_ATTRIBUTE]: work.relationships.slice(0, 1),
    ...filters,
    ...authorFilters,
    chapters: work.chapters.posted,
    chaptersExpected: work.chapters.expected,
    text: work.text.map((chapter) => chapter.body).join(CHAPTER_SEPARATOR),
    textChapters: work.text.map(outline),
  }
}

function outline(chapter: Chapter): ChapterOutline {
  return chapter.title === undefined
    ? { length: chapter.body.length }
    : { title: chapter.title, length: chapter.body.length }
}

/** The work summary a search hit stands for. */
export function toWorkSummary(document: MeilisearchSummaryDocument): WorkSummary {
  const summary: WorkSummary = {
    ...pickFields(document, WORK_SUMMARY_FIELDS),
    // Documents written before crossovers were stored have none.
    crossover: document.crossover ?? false,
    chapters: { posted: document.chapters, expected: document.chaptersExpected },
  }
  // Meilisearch may answer null for a field a document lacks.
  if (summary.source === null) delete summary.source
  return summary
}

/** The whole work a stored document holds, text included. */
export function toWork(document: MeilisearchWorkDocument): Work {
  return { ...toWorkSummary(document), text: splitChapters(document.text, document.textChapters) }
}

/** Cuts the joined text back into chapters by their recorded lengths. */
export function splitChapters(text: string, outlines: readonly ChapterOutline[]): Chapter[] {
  const chapters: Chapter[] = []
  let start = 0
  for (const { title, length } of outlines) {
    const body = text.slice(start, start + length)
    chapters.push(title === undefined ? { body } : { title, body })
    start += length + CHAPTER_SEPARATOR.length
  }
  return chapters
}
