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
import type { Category, Rating, Warning } from '../../model/ao3.js'
import { normalizeFacet } from '../../model/normalize-facet.js'
import { type RangeField, rangeValues } from '../../model/range-filters.js'
import { sortValues } from '../../model/sort-values.js'
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import type { Chapter, TagProvenance, Visibility, Work, WorkSummary } from '../../model/work.js'
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

export type MeilisearchWorkDocument = FilterAttributes &
  AuthorFilterAttributes &
  Record<RangeField, number | null> & {
    id: string
    title: string
    titleDerived: boolean
    [TITLE_SORT_ATTRIBUTE]: string
    authors: string[]
    summary: string
    notes: string
    language: string
    rating: Rating
    warnings: Warning[]
    categories: Category[]
    fandoms: string[]
    relationships: string[]
    characters: string[]
    eras: string[]
    freeforms: string[]
    crossover: boolean
    [MAIN_RELATIONSHIP_ATTRIBUTE]: string[]
    filterTags: Work['filterTags']
    series: Work['series']
    words: number
    /** Chapters posted: the value range filters and stats use. */
    chapters: number
    chaptersExpected: number | null
    complete: boolean
    /** Null when unknown: a null sorts after every number in both directions and matches no range. */
    publishedAt: number | null
    updatedAt: number | null
    kudos: number
    hits: number
    comments: number
    bookmarks: number
    visibility: Visibility
    text: string
    textChapters: ChapterOutline[]
    contentHash: string
    provenance: TagProvenance[]
    source?: string
  }

/** The document fields a search hit carries (everything but the text). */
export type MeilisearchSummaryDocument = Omit<
  MeilisearchWorkDocument,
  'text' | 'textChapters' | typeof MAIN_RELATIONSHIP_ATTRIBUTE | keyof AuthorFilterAttributes
>

/** The values a kind's filter attribute holds: the work's own tags, then its filter tags, once each. */
export function filterValues(work: Pick<Work, TagFieldName | 'filterTags'>, kind: TagKind): string[] {
  const own = work[TAG_FIELD[kind]]
  return [...new Set([...(typeof own === 'string' ? [own] : own), ...(work.filterTags[kind] ?? [])])]
}

type TagFieldName = (typeof TAG_FIELD)[TagKind]

export function toDocument(work: Work): MeilisearchWorkDocument {
  const filters = Object.fromEntries(
    TAG_KINDS.map((kind) => [FILTER_FIELD[kind], filterValues(work, kind)]),
  ) as FilterAttributes
  const authorFilters = Object.fromEntries(
    FREE_TAG_KINDS.map((kind) => [AUTHOR_FILTER_FIELD[kind], authorFilterValues(work, kind)]),
  ) as AuthorFilterAttributes
  const document: MeilisearchWorkDocument = {
    // First, so the work's own fields of the same names (equal values) follow; a range over a
    // derived value gets its attribute from here alone.
    ...rangeValues(work),
    ...Object.fromEntries(
      Object.entries(sortValues(work)).map(([key, value]) => [
        SORT_VALUE_ATTRIBUTE[key as keyof typeof SORT_VALUE_ATTRIBUTE],
        value,
      ]),
    ),
    id: work.id,
    title: work.title,
    titleDerived: work.titleDerived,
    [TITLE_SORT_ATTRIBUTE]: normalizeFacet(work.title),
    authors: work.authors,
    summary: work.summary,
    notes: work.notes,
    language: work.language,
    rating: work.rating,
    warnings: work.warnings,
    categories: work.categories,
    fandoms: work.fandoms,
    relationships: work.relationships,
    characters: work.characters,
    eras: work.eras,
    freeforms: work.freeforms,
    crossover: work.crossover,
    [MAIN_RELATIONSHIP_ATTRIBUTE]: work.relationships.slice(0, 1),
    ...filters,
    ...authorFilters,
    filterTags: work.filterTags,
    series: work.series,
    words: work.words,
    chapters: work.chapters.posted,
    chaptersExpected: work.chapters.expected,
    complete: work.complete,
    publishedAt: work.publishedAt,
    updatedAt: work.updatedAt,
    kudos: work.kudos,
    hits: work.hits,
    comments: work.comments,
    bookmarks: work.bookmarks,
    visibility: work.visibility,
    text: work.text.map((chapter) => chapter.body).join(CHAPTER_SEPARATOR),
    textChapters: work.text.map(outline),
    contentHash: work.contentHash,
    provenance: work.provenance,
  }
  if (work.source !== undefined) document.source = work.source
  return document
}

function outline(chapter: Chapter): ChapterOutline {
  return chapter.title === undefined
    ? { length: chapter.body.length }
    : { title: chapter.title, length: chapter.body.length }
}

/** The work summary a search hit stands for. */
export function toWorkSummary(document: MeilisearchSummaryDocument): WorkSummary {
  const summary: WorkSummary = {
    id: document.id,
    title: document.title,
    titleDerived: document.titleDerived,
    authors: document.authors,
    summary: document.summary,
    notes: document.notes,
    language: document.language,
    rating: document.rating,
    warnings: document.warnings,
    categories: document.categories,
    fandoms: document.fandoms,
    relationships: document.relationships,
    characters: document.characters,
    eras: document.eras,
    freeforms: document.freeforms,
    // Documents written before crossovers were stored have none.
    crossover: document.crossover ?? false,
    filterTags: document.filterTags,
    series: document.series,
    words: document.words,
    chapters: { posted: document.chapters, expected: document.chaptersExpected },
    complete: document.complete,
    publishedAt: document.publishedAt,
    updatedAt: document.updatedAt,
    kudos: document.kudos,
    hits: document.hits,
    comments: document.comments,
    bookmarks: document.bookmarks,
    visibility: document.visibility,
    contentHash: document.contentHash,
    provenance: document.provenance,
  }
  if (document.source !== undefined && document.source !== null) summary.source = document.source
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
