/**
 * The reference row: a minimal SQLite FTS5 loader of the same fields ficdex indexes, over the same
 * generated JSONL files. It parses each line, stores the work's JSON (without its body) beside the numbers
 * a search filters and sorts on, and puts title, authors, summary, tags and text into an FTS5 index with
 * ficdex's tokenizer and settings: no wrangling, inference, facets or provenance. What it takes is about
 * what SQLite itself needs for this design on this machine, so ficdex's indexing is judged as a ratio to it.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { boundLog } from '@ficdex/core'
import Database from 'better-sqlite3'
import { databaseBytes } from '../measure/database-bytes.js'

/** The same batch size as the indexer's default, so both commit as often. */
const BATCH = 2_000

const TAG_FIELDS = ['rating', 'warnings', 'categories', 'fandoms', 'relationships', 'characters', 'freeforms']
const NUMBERS = ['words', 'kudos', 'hits', 'comments', 'bookmarks'] as const

const DDL = `
CREATE TABLE works (
  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL,
  ${NUMBERS.map((name) => `${name} INTEGER`).join(', ')}, published INTEGER, updated INTEGER
);
CREATE VIRTUAL TABLE works_text USING fts5(
  title, authors, summary, tags, text, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO works_text (works_text, rank) VALUES ('hashsize', 67108864);
INSERT INTO works_text (works_text, rank) VALUES ('automerge', 16);
`

type Source = Record<string, unknown>

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)]

const seconds = (value: unknown): number | null =>
  typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : null

export interface ReferenceLoad {
  works: number
  /** From opening the database to the last commit. */
  ms: number
  /** The database with its WAL, measured before closing, as the embedded engine's index is. */
  diskBytes: number
}

/** Loads every `*.jsonl` file of `corpusDir` into a new database at `path`. */
export function loadReference(corpusDir: string, path: string): ReferenceLoad {
  const started = performance.now()
  const db = new Database(path)
  try {
    // The embedded engine's connection settings (packages/core, connection.ts).
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('temp_store = MEMORY')
    db.pragma('cache_size = -65536')
    db.exec(DDL)
    const insertWork = db.prepare(
      `INSERT INTO works (id, doc, ${NUMBERS.join(', ')}, published, updated)
       VALUES (@id, @doc, ${NUMBERS.map((name) => `@${name}`).join(', ')}, @published, @updated)`,
    )
    const insertText = db.prepare(
      'INSERT INTO works_text (rowid, title, authors, summary, tags, text) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const writeTransaction = db.transaction((lines: readonly string[]) => {
      for (const line of lines) {
        const { body, ...work } = JSON.parse(line) as Source
        const numbers = Object.fromEntries(NUMBERS.map((name) => [name, Number(work[name] ?? 0)]))
        const { lastInsertRowid } = insertWork.run({
          id: String(work.id),
          doc: JSON.stringify(work),
          ...numbers,
          published: seconds(work.published),
          updated: seconds(work.updated),
        })
        insertText.run(
          lastInsertRowid,
          String(work.title ?? ''),
          list(work.authors).join('\n'),
          String(work.summary ?? ''),
          TAG_FIELDS.flatMap((field) => list(work[field])).join('\n'),
          typeof body === 'string' ? body : '',
        )
      }
    })
    // The engine keeps its write-ahead log within a bound after each write; so does this.
    const writeBatch = (lines: readonly string[]) => {
      writeTransaction(lines)
      boundLog(db, path)
    }
    let loaded = 0
    let batch: string[] = []
    const files = readdirSync(corpusDir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
    for (const file of files) {
      for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue
        batch.push(line)
        if (batch.length >= BATCH) {
          writeBatch(batch)
          loaded += batch.length
          batch = []
        }
      }
    }
    writeBatch(batch)
    loaded += batch.length
    return { works: loaded, ms: performance.now() - started, diskBytes: databaseBytes(path) }
  } finally {
    db.close()
  }
}
