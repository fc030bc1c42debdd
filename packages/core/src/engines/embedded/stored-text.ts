/**
 * Work documents and chapters are stored compressed, as raw deflate.
 *
 * Chapters: as JSON they were 393 of the 935 MB a file of 20k generated works with bodies took, and
 * searches read them only to index them and to mark highlights. Level 1 halves the generated texts (level
 * 6 gains 2% more for 50% more time), for about 0.3 ms to write and 0.1 ms to read per work of 16 KB.
 * Measured at 20k works: the file 935 -> 738 MB (1.67× -> 1.32× a minimal FTS5 loader's), indexing 457
 * -> 415 works/s, searches unchanged.
 *
 * Documents (the work without its text, which hits return): with their tags' provenance they were 267 of
 * the 507 MB a file of 100k metadata-only works took. Each is too short to compress well alone, so they
 * share a preset dictionary (`doc-dictionary.ts`) and shrink to about a quarter, for ~40 µs to write and
 * ~15 µs to read.
 *
 * SQL reads both through functions every connection to the database defines (`connection.ts`), so the
 * text index's content view can.
 * @module
 */

import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type Database from 'better-sqlite3'
import type { WorkSummary } from '../../model/work.js'
import { DOC_DICTIONARY } from './doc-dictionary.js'

/** The SQL function that turns stored chapters back into their JSON text. */
export const INFLATE_TEXT = 'inflate_text'
/** The SQL function that turns a stored document back into its JSON text. */
export const INFLATE_DOC = 'inflate_doc'

const deflateText = (json: string): Buffer => deflateRawSync(json, { level: 1 })

/**
 * No chapters (a metadata-only work), as stored: compressed once, since each call to zlib costs ~13 µs
 * before its first byte, a fifth of what a metadata-only work spent compressing. Never handed out to be
 * changed or moved: records copy their pieces into a buffer of their own (`packed-records.ts`).
 */
const NO_CHAPTERS = '[]'
const NO_CHAPTERS_STORED = deflateText(NO_CHAPTERS)

/** The chapters JSON as stored. */
export const compressText = (json: string): Buffer =>
  json === NO_CHAPTERS ? NO_CHAPTERS_STORED : deflateText(json)

/** Stored chapters as their JSON text. */
export const inflateText = (stored: Uint8Array): string => inflateRawSync(stored).toString('utf8')

/** A work document's JSON as stored. */
export const compressDoc = (json: string): Buffer =>
  deflateRawSync(json, { level: 6, dictionary: DOC_DICTIONARY })

/** A stored work document as its JSON text. */
export const inflateDoc = (stored: Uint8Array): string =>
  inflateRawSync(stored, { dictionary: DOC_DICTIONARY }).toString('utf8')

/** A stored work document, parsed. */
export const parseDoc = (stored: Uint8Array): WorkSummary => JSON.parse(inflateDoc(stored)) as WorkSummary

/** Defines `inflate_text` and `inflate_doc` on a connection. */
export function defineTextFunctions(db: Database.Database): void {
  db.function(INFLATE_TEXT, { deterministic: true }, (stored) => inflateText(stored as Uint8Array))
  db.function(INFLATE_DOC, { deterministic: true }, lastOf(inflateDoc))
}

/**
 * `inflate` remembering its last answer: the content view reads several fields of one document, and
 * SQLite calls the function once for each.
 */
function lastOf(inflate: (stored: Uint8Array) => string): (stored: unknown) => string {
  let input: Buffer | undefined
  let output = ''
  return (stored) => {
    const bytes = stored as Buffer
    if (input === undefined || !input.equals(bytes)) {
      output = inflate(bytes)
      input = bytes
    }
    return output
  }
}
