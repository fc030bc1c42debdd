/**
 * Opens the engine's SQLite database with the settings that let one process read while another writes.
 * @module
 */
import Database from 'better-sqlite3'
import { applySchema } from './schema.js'
import { defineTextFunctions } from './stored-text.js'

/**
 * Bytes per database page. A work's stored document was 1.5–3 KB of JSON, so with SQLite's default 4 KB
 * pages most pages held one document and much empty space: 20k metadata-only works took 98 MB with 4 KB
 * pages and 83 MB with 16 KB ones, and the query mix measured no slower. (Measured before documents were
 * stored compressed, at ~0.6 KB each.)
 */
const PAGE_SIZE = 16_384

/** How long a writer waits for another writer's lock before failing. */
const BUSY_TIMEOUT_MS = 5000

/**
 * Opens (creating if needed) the database at `path`; `:memory:` gives a private in-memory database.
 * WAL lets readers keep reading the last committed state while a writer commits the next batch, and
 * `synchronous = NORMAL` is durable across application crashes in WAL mode (only a power loss may drop the
 * latest commits). Pages are read into a 64 MB page cache, not memory-mapped: mapped, every page a search
 * touched stayed in the process's resident memory (10k works with texts: 220 MB more after a few hundred
 * searches, growing with the file), and the mix of searches measured no faster for it.
 */
export function openDatabase(path: string): Database.Database {
  const db = new Database(path)
  try {
    defineTextFunctions(db)
    // These two take effect only in a new file, before anything is written (an existing file keeps its
    // own). Free pages are given back after writes (`free-pages.ts`).
    db.pragma(`page_size = ${PAGE_SIZE}`)
    db.pragma('auto_vacuum = INCREMENTAL')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('temp_store = MEMORY')
    db.pragma('cache_size = -65536')
    applySchema(db, path)
    // Long-lived connections should let SQLite refresh planner statistics now and then (SQLite docs).
    db.pragma('optimize = 0x10002')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Opens a read-only connection to a database another connection in this process has opened with
 * `openDatabase` (which applied the schema and WAL mode): for searching beside that one, on another
 * thread. It may still fill temporary tables, as searches do.
 */
export function openReader(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  defineTextFunctions(db)
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  db.pragma('temp_store = MEMORY')
  db.pragma('cache_size = -65536')
  return db
}
