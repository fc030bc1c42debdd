/**
 * A work's chapters are stored compressed: as JSON they were 393 of the 935 MB a file of 20k generated
 * works with bodies took, and searches read them only to index them and to mark highlights. Raw deflate
 * at level 1 halves the generated texts (level 6 gains 2% more for 50% more time), for about 0.3 ms to
 * write and 0.1 ms to read per work of 16 KB. Measured at 20k works: the file 935 -> 738 MB (1.67× ->
 * 1.32× a minimal FTS5 loader's), indexing 457 -> 415 works/s, searches unchanged. SQL reads them
 * through `inflate_text`, which every connection to the database defines (`connection.ts`), so the text
 * index's content view can.
 * @module
 */

import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type Database from 'better-sqlite3'

/** The SQL function that turns stored chapters back into their JSON text. */
export const INFLATE_TEXT = 'inflate_text'

/** The chapters JSON as stored. */
export const compressText = (json: string): Buffer => deflateRawSync(json, { level: 1 })

/** Stored chapters as their JSON text. */
export const inflateText = (stored: Uint8Array): string => inflateRawSync(stored).toString('utf8')

/** Defines `inflate_text` on a connection. */
export function defineTextFunctions(db: Database.Database): void {
  db.function(INFLATE_TEXT, { deterministic: true }, (stored) => inflateText(stored as Uint8Array))
}
