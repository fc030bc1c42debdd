/**
 * Upgrades a database written by an earlier schema version to this one, from the work documents it
 * already stores: no source file is read. The works are read from the old file and written into a
 * new file beside it, which then replaces the old one in one rename; until then the old file is
 * untouched, so an interrupted upgrade leaves it as it was. Only versions whose stored documents
 * this module can read are upgraded; older ones must be rebuilt from their sources.
 * @module
 */
import { existsSync, rmSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import Database from 'better-sqlite3'
import { SchemaVersionError } from '../../engine/errors.js'
import { Work } from '../../model/work.js'
import { openEmbeddedEngine } from './embedded-engine.js'
import { SCHEMA_VERSION } from './schema.js'
import { defineTextFunctions, INFLATE_DOC, INFLATE_TEXT } from './stored-text.js'

const storedWorks = (chapters: string, doc = 'd.doc') =>
  `SELECT ${doc} AS doc, ${chapters} AS chapters FROM work_docs AS d JOIN work_texts AS t ON t.rowid = d.rowid ORDER BY d.rowid`
const DOCS_AND_CHAPTERS = storedWorks('t.chapters')
const COMPRESSED = storedWorks(`${INFLATE_TEXT}(t.chapters)`, `${INFLATE_DOC}(d.doc)`)

/**
 * Each version's stored works, as `{ doc, chapters }` JSON rows: the same tables since version 3. A
 * field a later version added takes its default (a work's `crossover` is false until its source is
 * indexed again, which its changed content hash makes the next run do).
 * Version 6 let dates be unknown (NULL); the dates an older file stored are carried over as they are,
 * since a date it had guessed from a file's time cannot be told from a given one (indexing the sources
 * again replaces those: the work, and so its hash, differs).
 * Version 7 added the change log; the upgraded file's log starts afresh, every work in it once:
 * mirrors read it again from 0.
 * Version 8 keeps two- and three-letter prefix postings in the text index, which only rebuilding it adds.
 * Version 9 stores the chapters compressed; versions up to 8 store them as JSON text, read here.
 * Version 10 stores the documents compressed; versions up to 9 store them as JSON text.
 * Version 11 spells most filter tokens as one code point (see `filter-tokens.ts`), which only rebuilding
 * the text index changes.
 * Version 12 adds indexes on `works` for the sorts archives browse by (see `columns.ts`).
 * Version 13 keeps four-letter prefix postings too, which only rebuilding the text index adds.
 * Version 14 indexes the works that have text again without it (`work_leads`), which writing them adds.
 */
const STORED_WORKS: Record<number, string> = {
  3: DOCS_AND_CHAPTERS,
  4: DOCS_AND_CHAPTERS,
  5: DOCS_AND_CHAPTERS,
  6: DOCS_AND_CHAPTERS,
  7: DOCS_AND_CHAPTERS,
  8: DOCS_AND_CHAPTERS,
  9: storedWorks(`${INFLATE_TEXT}(t.chapters)`),
  10: COMPRESSED,
  11: COMPRESSED,
  12: COMPRESSED,
  13: COMPRESSED,
}

const BATCH_SIZE = 500

export interface UpgradeReport {
  /** The schema version the file had, and has now. */
  from: number
  to: number
  /** Works carried over (all of them); 0 when the file was already current. */
  works: number
}

/** The schema version of the database file at `path` (0 for a new, empty file). */
export function schemaVersionOf(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return db.pragma('user_version', { simple: true }) as number
  } finally {
    db.close()
  }
}

/**
 * Rewrites the database at `path` in the current schema. A current file is left alone.
 * @throws SchemaVersionError when the file's version is newer, or too old to read its works
 */
export async function upgradeEmbeddedDatabase(path: string): Promise<UpgradeReport> {
  const from = schemaVersionOf(path)
  if (from === SCHEMA_VERSION) return { from, to: SCHEMA_VERSION, works: 0 }
  const select = STORED_WORKS[from]
  if (select === undefined) throw new SchemaVersionError(path, from, SCHEMA_VERSION)

  const staging = `${path}.upgrade`
  removeDatabase(staging) // a leftover of an interrupted upgrade
  const old = new Database(path, { fileMustExist: true })
  defineTextFunctions(old)
  let works = 0
  try {
    const target = openEmbeddedEngine({ path: staging, resultCacheSize: 0 })
    try {
      let batch: Work[] = []
      for (const row of old.prepare(select).iterate() as Iterable<{ doc: string; chapters: string }>) {
        // Parsing fills the fields a newer schema added with their defaults.
        batch.push(Work.parse({ ...JSON.parse(row.doc), text: JSON.parse(row.chapters) }))
        if (batch.length === BATCH_SIZE) {
          await target.upsert(batch)
          works += batch.length
          batch = []
        }
      }
      await target.upsert(batch)
      works += batch.length
    } finally {
      await target.close()
    }
    // Fold the old file's log into it, so nothing of it outlives the rename below.
    old.pragma('wal_checkpoint(TRUNCATE)')
  } catch (error) {
    old.close()
    removeDatabase(staging)
    throw error
  }
  old.close()
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true })
  await rename(staging, path)
  return { from, to: SCHEMA_VERSION, works }
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix)
}
