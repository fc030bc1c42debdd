/**
 * The change feed: what a mirror of the archive reads to keep its copy in step without reading
 * everything again. Every write gives the works it touched a new, larger sequence number; a feed
 * page lists the works changed after a number, oldest change first, each once, as it is now.
 * @module
 */
import type { WorkSummary } from './work.js'

/** Changes one page may list. */
export const MAX_CHANGES = 1000

/** A work as it is now (stored or replaced), or gone (deleted, or no longer visible to the scope). */
export type WorkChange =
  | { seq: number; id: string; deleted: false; work: WorkSummary }
  | { seq: number; id: string; deleted: true }

export interface ChangesPage {
  /** Oldest change first. */
  changes: WorkChange[]
  /** Whether changes after the last one listed exist: read on from its `seq`. */
  more: boolean
}
