/**
 * What an engine writes for a work, built away from the thread that writes it. An indexer's tagging
 * threads prepare each file's works for the engine the run writes to and send the result back beside the
 * works; the writing thread adopts it, and the engine writes it without building it again. Preparing only
 * ever helps: a work that arrives unprepared is prepared where it is written.
 * @module
 */
import type { Work } from '../model/work.js'
import { adoptRecords, type PackedRecords, prepareRecords } from './embedded/packed-records.js'

/** What `prepare` built for some works, and the buffers to move (not copy) to the other thread. */
export interface PreparedWorks {
  prepared: unknown
  transfer: ArrayBuffer[]
}

export interface WorkPreparer {
  /** Pure: builds what the engine writes for each of `works`, as one message for another thread. */
  prepare(works: readonly Work[]): PreparedWorks
  /** Hands the engine, in this thread, what `prepare` built, for these copies of the same works. */
  adopt(works: readonly Work[], prepared: unknown): void
}

/** Only the embedded engine builds anything costly: its rows, compressed document and chapters. */
const PREPARERS: Readonly<Record<string, WorkPreparer>> = {
  embedded: {
    prepare: prepareRecords,
    adopt: (works, prepared) => adoptRecords(works, prepared as PackedRecords),
  },
}

/** How to prepare works for the engine of this name, if it has anything to prepare. */
export function workPreparer(engineName: string): WorkPreparer | undefined {
  return PREPARERS[engineName]
}
