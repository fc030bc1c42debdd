/**
 * Turns stored works into their API form: only the published fields, dates as ISO 8601 strings.
 * @module
 */
import { pickFields, type Work as StoredWork, type WorkSummary as StoredWorkSummary } from '@ficdex/core'
import { type Work, WorkSummary } from './schema.js'

/** Unix seconds as an ISO 8601 UTC timestamp without milliseconds; an unknown date stays null. */
export function isoFromSeconds(seconds: number): string
export function isoFromSeconds(seconds: number | null): string | null
export function isoFromSeconds(seconds: number | null): string | null {
  return seconds === null ? null : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

/** The stored fields the API's summary publishes: its schema's, so no other field can leak. */
const PUBLISHED_FIELDS = Object.keys(WorkSummary.shape) as (keyof WorkSummary & keyof StoredWorkSummary)[]

export function presentWorkSummary(work: StoredWorkSummary): WorkSummary {
  return {
    ...pickFields(work, PUBLISHED_FIELDS),
    publishedAt: isoFromSeconds(work.publishedAt),
    updatedAt: isoFromSeconds(work.updatedAt),
  }
}

export function presentWork(work: StoredWork): Work {
  return {
    ...presentWorkSummary(work),
    provenance: work.provenance,
    chapterTitles: work.text.map((chapter) => chapter.title ?? null),
  }
}
