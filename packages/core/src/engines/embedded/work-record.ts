/**
 * Turns a work into what the embedded engine stores: the numeric and key columns of `works`, the
 * document and chapters JSON, each compressed, the work's tag values for filters and facets, and the text
 * its row of the text index holds.
 *
 * Building a record is pure and costs more than writing it (compressing the chapters above all), so an
 * indexer builds them on its tagging threads (`prepareRecord`, `packed-records.ts`) and hands each back
 * with its work (`adoptRecord`): the writing thread then only writes.
 * @module
 */
import { authorFilterValues } from '../../engine/author-filter-values.js'
import { normalizeFacet } from '../../model/normalize-facet.js'
import { type RangeField, rangeValues } from '../../model/range-filters.js'
import { type SortValueKey, sortValues } from '../../model/sort-values.js'
import { FREE_TAG_KINDS, TAG_FIELD, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import { filterTagsOf, type Work } from '../../model/work.js'
import { BoundedCache } from '../../tags/bounded-cache.js'
import { AUTHOR_KIND, kindCode, MAIN_RELATIONSHIP_KIND, type ValueKind, visibilityRank } from './codes.js'
import { SEARCHABLE_TAG_FIELDS } from './schema.js'
import { compressDoc, compressText } from './stored-text.js'

/** Parameters of the `works` row, named as the insert and update statements expect them. */
export type WorkColumns = {
  id: string
  visibility: number
  complete: number
  language: string
  crossover: number
  titleKey: string
  contentHash: string
  /** 1 when the work has chapters, whose text `work_search` holds: it is in `work_leads` too. */
  hasText: 0 | 1
} & Record<RangeField, number | null> &
  Record<SortValueKey, number | string>

export type TagValue = [kind: number, norm: string, display: string, facet: 0 | 1, byAuthor: 0 | 1]

/**
 * The text columns of the work's row in the text index, but its filter tokens: the same values the
 * `work_search_content` view reads from the stored document and chapters (`schema.ts`), which the index is
 * handed again to forget the row, so the two must agree (a test holds them equal).
 */
export type SearchText = [
  title: string,
  authors: string | null,
  summary: string | null,
  notes: string | null,
  tags: string | null,
  text: string | null,
]

export interface WorkRecord {
  columns: WorkColumns
  /** The work without its text, as hits return it: its JSON, compressed as stored. */
  doc: Buffer
  /** The chapters JSON, compressed as stored. */
  chapters: Buffer
  tagValues: TagValue[]
}

function ownValues(work: Work, kind: TagKind): readonly string[] {
  const value = work[TAG_FIELD[kind]]
  return typeof value === 'string' ? [value] : value
}

/** Normalized values of each free kind that stand for tags the author wrote (the shared rule). */
function authorKeys(work: Work, normalize: (value: string) => string): Map<TagKind, Set<string>> {
  return new Map(
    FREE_TAG_KINDS.map((kind) => [kind, new Set(authorFilterValues(work, kind, normalize).map(normalize))]),
  )
}

/**
 * `normalizeFacet`, remembering its answers: a work's values are normalized several times each. One work's
 * values are few, so nothing bounds it.
 */
function rememberingNormalize(): (value: string) => string {
  const known = new BoundedCache<string, string>(Number.POSITIVE_INFINITY)
  return (value) => known.through(value, normalizeFacet)
}

/**
 * Every distinct value the work can be filtered on, per kind and normalized form. Own tags are faceted and
 * give the display spelling; `filterTags` and authors only filter. Author-only filters treat the fixed
 * kinds (rating, warnings, categories) as ever, so only free kinds carry the author mark.
 */
export function tagValues(work: Work): TagValue[] {
  const values = new Map<string, TagValue>()
  const normalize = rememberingNormalize()
  const byAuthor = authorKeys(work, normalize)
  const add = (kind: ValueKind, raw: string, facet: 0 | 1) => {
    const norm = normalize(raw)
    if (norm === '') return
    const code = kindCode(kind)
    const key = `${code}\u0000${norm}`
    const seen = values.get(key)
    if (seen && (seen[3] || !facet)) return
    const authors = byAuthor.get(kind as TagKind)
    values.set(key, [code, norm, raw.trim(), facet, authors?.has(norm) ? 1 : 0])
  }
  for (const kind of TAG_KINDS) {
    for (const value of ownValues(work, kind)) add(kind, value, 1)
    for (const value of filterTagsOf(work, kind)) add(kind, value, 0)
  }
  for (const author of work.authors) add(AUTHOR_KIND, author, 0)
  const main = work.relationships[0]
  if (main !== undefined) add(MAIN_RELATIONSHIP_KIND, main, 0)
  return [...values.values()]
}

/** Lines joined as SQL's `group_concat` joins them: NULL when there are none. */
const lines = (values: readonly string[], separator = '\n'): string | null =>
  values.length === 0 ? null : values.join(separator)

export function searchText(work: Work): SearchText {
  return [
    work.title,
    lines(work.authors),
    work.summary ?? null,
    work.notes ?? null,
    lines(SEARCHABLE_TAG_FIELDS.flatMap((field) => work[field])),
    lines(
      work.text.map((chapter) =>
        chapter.title === undefined ? chapter.body : `${chapter.title}\n${chapter.body}`,
      ),
      '\n\n',
    ),
  ]
}

/** Records built ahead, on another thread, for works about to be written. */
const prepared = new WeakMap<Work, WorkRecord>()

/** Lets `workRecord` return `record` for `work`: a record `prepareRecord` built on another thread. */
export function adoptRecord(work: Work, record: WorkRecord): void {
  prepared.set(work, record)
}

/** The record of a work: the one adopted for it, or a new one. */
export function workRecord(work: Work): WorkRecord {
  return prepared.get(work) ?? prepareRecord(work)
}

export function prepareRecord(work: Work): WorkRecord {
  const { text, ...summary } = work
  return {
    columns: {
      id: work.id,
      visibility: visibilityRank(work.visibility),
      complete: work.complete ? 1 : 0,
      language: normalizeFacet(work.language),
      crossover: work.crossover ? 1 : 0,
      ...rangeValues(work),
      ...sortValues(work),
      titleKey: normalizeFacet(work.title),
      contentHash: work.contentHash,
      hasText: text.length > 0 ? 1 : 0,
    },
    doc: compressDoc(JSON.stringify(summary)),
    chapters: compressText(JSON.stringify(text)),
    tagValues: tagValues(work),
  }
}
