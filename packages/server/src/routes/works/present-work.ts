/**
 * Turns stored works into their API form: only the published fields, dates as ISO 8601 strings.
 * @module
 */
import type { Work as StoredWork, WorkSummary as StoredWorkSummary } from '@ficdex/core'
import type { Work, WorkSummary } from './schema.js'

/** Unix seconds as an ISO 8601 UTC timestamp without milliseconds; an unknown date stays null. */
export function isoFromSeconds(seconds: number): string
export function isoFromSeconds(seconds: number | null): string | null
export function isoFromSeconds(seconds: number | null): string | null {
  return seconds === null ? null : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

export function presentWorkSummary(work: StoredWorkSummary): WorkSummary {
  return {
    id: work.id,
    title: work.title,
    titleDerived: work.titleDerived,
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
    series: work.series,
    words: work.words,
    chapters: work.chapters,
    complete: work.complete,
    publishedAt: isoFromSeconds(work.publishedAt),
    updatedAt: isoFromSeconds(work.updatedAt),
    kudos: work.kudos,
    hits: work.hits,
    comments: work.comments,
    bookmarks: work.bookmarks,
    visibility: work.visibility,
    contentHash: work.contentHash,
  }
}

export function presentWork(work: StoredWork): Work {
  return {
    ...presentWorkSummary(work),
    provenance: work.provenance,
    chapterTitles: work.text.map((chapter) => chapter.title ?? null),
  }
}
