/**
 * Full rebuilds of the embedded index, atomic for every reader of the file.
 *
 * The new works are written, batch by batch, into a staging copy of the tables inside the same database
 * file (`works__rebuild_<token>` …, created from the live tables' own SQL so they always match the schema).
 * One IMMEDIATE transaction then drops the live tables and renames the staging ones into their place:
 * readers see the old index or the new one, never a mix, and a crash or kill at any moment before that
 * commit leaves the old index as it was (the staging tables are then leftovers, dropped by the next
 * rebuild). Renaming a new file over the live one is no option while other processes have it open: they
 * would keep the old file, and its `-wal`/`-shm` files would be attached to the new one.
 *
 * Details the swap relies on:
 * - The staging text index is declared with the live content view's name, so once renamed it reads the
 *   right view; while building it is only written with explicit values, which never read that view. The
 *   staging batches read their own view, a TEMP view that disappears with the connection.
 * - The swap renames in SQLite's legacy mode, which leaves the content view and the fts5vocab table alone:
 *   the modern mode refuses to rename while a view names a missing table, and dropping and recreating the
 *   view does not work either, as its name is one FTS5 reserves for a shadow table of the text index
 *   (SQLite accepted it only because the view was created before the index).
 * - Other connections' prepared statements are recompiled by SQLite when they see the new schema, so they
 *   read the new tables by name; a read transaction already open keeps its snapshot of the old ones.
 * - Indexes cannot be renamed, so a secondary index keeps the name it was built under.
 * - The change log (`change-log.ts`) stays: the swap logs the works the rebuild removed, added or changed.
 * - One rebuild at a time per file: a rebuild drops every staging table it finds, which ends a rebuild
 *   still running in another process with an error (its own staging tables are gone), never a mix.
 * @module
 */
import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import { RebuildError } from '../../engine/errors.js'
import type { RebuildOptions } from '../../engine/search-engine.js'
import type { Work } from '../../model/work.js'
import { CHANGE_LOG_TABLE, logRebuildSql } from './change-log.js'
import { LIVE_TABLES, STAGING_MARK, type TableNames, TEXT_INDEXES } from './table-names.js'
import { WorkStore } from './work-store.js'

/** Works per staging transaction unless the caller says otherwise. */
export const DEFAULT_REBUILD_BATCH_SIZE = 500

/** The live tables a rebuild replaces; the content view is handled apart (see the module comment). */
const STORED_TABLES = ['works', 'docs', 'texts', 'tags', 'workTags', 'search', 'leads'] as const

interface SchemaRow {
  type: 'table' | 'index' | 'view' | 'trigger'
  name: string
  tableName: string
  sql: string | null
}

/**
 * Replaces every work in the database with `works`. Resolves once the new works are live; rejects,
 * leaving the previous works untouched, when `works` throws or a write fails.
 */
export async function rebuildIndex(
  db: Database.Database,
  works: Iterable<Work> | AsyncIterable<Work>,
  options: RebuildOptions = {},
): Promise<void> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_REBUILD_BATCH_SIZE)
  dropRebuildLeftovers(db)
  const token = randomBytes(6).toString('hex')
  const staging = stagingTables(token)
  try {
    createStaging(db, staging, token)
    const store = new WorkStore(db, staging)
    let batch: Work[] = []
    for await (const work of works) {
      batch.push(work)
      if (batch.length >= batchSize) {
        store.upsert(batch)
        batch = []
      }
    }
    store.upsert(batch)
    // No 'optimize' merge of the new text index before the swap: at 100k works it took minutes of CPU and
    // searches measured no faster for it; automerge keeps the segments in check as they are written.
    swapIn(db, staging)
  } catch (error) {
    try {
      if (db.open) dropRebuildLeftovers(db, token)
    } catch {
      // The next rebuild drops them; the error worth reporting is the one that stopped this one.
    }
    throw error
  }
  try {
    // The dropped tables took their planner statistics along; gather them for the new ones.
    db.pragma('optimize = 0x10002')
  } catch {
    // Statistics only tune query plans, and the new index is already live.
  }
}

/**
 * Drops the staging tables of unfinished rebuilds: all of them, or one rebuild's. Staging tables hold no
 * live data, so this never touches what searches read.
 */
export function dropRebuildLeftovers(db: Database.Database, token?: string): void {
  const pattern = `*${STAGING_MARK}${token ?? '*'}`
  const views = db
    .prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'view' AND name GLOB ?")
    .pluck()
    .all(pattern) as string[]
  for (const view of views) db.exec(`DROP VIEW IF EXISTS temp.${quote(view)}`)
  db.transaction(() => {
    const rows = db
      .prepare(
        "SELECT type, name, sql FROM main.sqlite_schema WHERE type IN ('table', 'view') AND name GLOB ?",
      )
      .all(pattern) as SchemaRow[]
    // Views first (they name the tables), then text indexes (they own their shadow tables), then the rest.
    const order = (row: SchemaRow) => (row.type === 'view' ? 0 : isVirtual(row) ? 1 : 2)
    for (const row of rows.sort((a, b) => order(a) - order(b))) {
      db.exec(`DROP ${row.type === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS main.${quote(row.name)}`)
    }
  }).immediate()
}

/** Names of the staging tables that have not been swapped in or dropped, e.g. after a crash. */
export function rebuildLeftovers(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name GLOB ? ORDER BY name")
    .pluck()
    .all(`*${STAGING_MARK}*`) as string[]
}

function stagingTables(token: string): TableNames {
  const names = Object.entries(LIVE_TABLES).map(([key, name]) => [key, `${name}${STAGING_MARK}${token}`])
  return Object.fromEntries(names) as unknown as TableNames
}

function readSchema(db: Database.Database): SchemaRow[] {
  return db
    .prepare('SELECT type, name, tbl_name AS tableName, sql FROM main.sqlite_schema WHERE sql IS NOT NULL')
    .all() as SchemaRow[]
}

/** Creates empty staging tables shaped exactly like the live ones, with the same text index settings. */
function createStaging(db: Database.Database, staging: TableNames, token: string): void {
  const schema = readSchema(db)
  const sqlOf = (name: string): string => {
    const sql = schema.find((row) => row.name === name)?.sql
    if (!sql) throw new RebuildError(`the database has no "${name}"; is it an embedded ficdex index?`)
    return sql
  }
  const liveToStaging = new Map(STORED_TABLES.map((key) => [LIVE_TABLES[key], staging[key]]))
  // The change log is not replaced but added to, at the swap.
  const unknown = unstagedTables(schema, new Set([...liveToStaging.keys(), CHANGE_LOG_TABLE]))
  if (unknown.length > 0) {
    // Swapping would drop nothing of them but leave them describing the old works.
    throw new RebuildError(
      `a rebuild does not know the tables ${unknown.join(', ')}: add them to table-names.ts`,
    )
  }
  db.transaction(() => {
    for (const key of STORED_TABLES) db.exec(renameCreatedTable(sqlOf(LIVE_TABLES[key]), staging[key]))
    // Secondary indexes; those SQLite creates for UNIQUE constraints have no SQL and come with the tables.
    for (const row of schema) {
      const table = liveToStaging.get(row.tableName)
      if (row.type !== 'index' || !row.sql || table === undefined) continue
      // An index swapped in by an earlier rebuild still carries that rebuild's mark.
      const name = `${row.name.split(STAGING_MARK)[0]}${STAGING_MARK}${token}`
      db.exec(renameCreatedIndex(row.sql, name, table))
    }
    for (const key of TEXT_INDEXES) {
      const config = db
        .prepare(`SELECT k, v FROM ${quote(`${LIVE_TABLES[key]}_config`)} WHERE k <> 'version'`)
        .raw()
        // FTS5 takes integer options only as SQL integers, which JavaScript numbers do not bind as.
        .safeIntegers(true)
        .all() as [string, unknown][]
      const setOption = db.prepare(
        `INSERT INTO ${quote(staging[key])} (${quote(staging[key])}, rank) VALUES (?, ?)`,
      )
      for (const [option, value] of config) setOption.run(option, value)
    }
  }).immediate()
  const view = viewBody(sqlOf(LIVE_TABLES.searchContent)).replace(
    /\b(FROM|JOIN)(\s+)("?)(\w+)\3/gi,
    (whole, keyword: string, space: string, _quote: string, name: string) => {
      const renamed = liveToStaging.get(name)
      return renamed === undefined ? whole : `${keyword}${space}main.${quote(renamed)}`
    },
  )
  db.exec(`CREATE TEMP VIEW ${quote(staging.searchContent)} AS ${view}`)
}

/** Tables of the live schema that are neither staged nor owned by SQLite or by a virtual table. */
function unstagedTables(schema: readonly SchemaRow[], staged: ReadonlySet<string>): string[] {
  const virtual = schema.filter(isVirtual).map((row) => row.name)
  const owned = (name: string) =>
    name.startsWith('sqlite_') ||
    name.includes(STAGING_MARK) ||
    virtual.some(
      (table) =>
        name.startsWith(`${table}_`) &&
        /^(data|idx|content|docsize|config)$/.test(name.slice(table.length + 1)),
    )
  return schema
    .filter((row) => row.type === 'table' && !staged.has(row.name) && !owned(row.name) && !isVocabulary(row))
    .map((row) => row.name)
}

/** The one transaction that makes the staging tables live. */
function swapIn(db: Database.Database, staging: TableNames): void {
  db.exec(`DROP VIEW IF EXISTS temp.${quote(staging.searchContent)}`)
  // Legacy renaming leaves views and fts5vocab tables as they are: they name the live tables, which are
  // missing between the drops and the renames, and name them again after.
  db.pragma('legacy_alter_table = ON')
  try {
    db.transaction(() => {
      const present = new Set(readSchema(db).map((row) => row.name))
      if (STORED_TABLES.some((key) => !present.has(staging[key]))) {
        throw new RebuildError(
          'the rebuild lost its staging tables: another rebuild started on this database; the previous index is unchanged',
        )
      }
      db.exec(logRebuildSql(`main.${quote(staging.works)}`))
      for (const key of STORED_TABLES) db.exec(`DROP TABLE main.${quote(LIVE_TABLES[key])}`)
      for (const key of STORED_TABLES) {
        db.exec(`ALTER TABLE main.${quote(staging[key])} RENAME TO ${quote(LIVE_TABLES[key])}`)
      }
      // Statistics of the dropped tables went with them; any gathered under staging names are stale.
      for (const stats of ['sqlite_stat1', 'sqlite_stat4']) {
        if (present.has(stats)) {
          db.exec(`DELETE FROM main.${stats} WHERE tbl NOT IN (SELECT name FROM main.sqlite_schema)`)
        }
      }
    }).immediate()
  } finally {
    db.pragma('legacy_alter_table = OFF')
  }
}

/** `CREATE [VIRTUAL] TABLE x …` → the same statement creating `name`. */
function renameCreatedTable(sql: string, name: string): string {
  const pattern = /^CREATE\s+(VIRTUAL\s+)?TABLE\s+("(?:[^"]|"")+"|\w+)/i
  if (!pattern.test(sql)) throw new RebuildError(`cannot stage a table created by: ${sql.slice(0, 80)}`)
  return sql.replace(
    pattern,
    (_whole, virtual: string | undefined) => `CREATE ${virtual ?? ''}TABLE ${quote(name)}`,
  )
}

/** `CREATE [UNIQUE] INDEX x ON t …` → the same index named `name` on `table`. */
function renameCreatedIndex(sql: string, name: string, table: string): string {
  const pattern = /^CREATE\s+(UNIQUE\s+)?INDEX\s+("(?:[^"]|"")+"|\w+)\s+ON\s+("(?:[^"]|"")+"|\w+)/i
  if (!pattern.test(sql)) throw new RebuildError(`cannot stage an index created by: ${sql.slice(0, 80)}`)
  return sql.replace(
    pattern,
    (_whole, unique: string | undefined) => `CREATE ${unique ?? ''}INDEX ${quote(name)} ON ${quote(table)}`,
  )
}

/** The `SELECT …` of a `CREATE VIEW x AS SELECT …`. */
function viewBody(sql: string): string {
  const match = /^CREATE\s+VIEW\s+(?:"(?:[^"]|"")+"|\w+)\s+AS\s+([\s\S]+)$/i.exec(sql)
  if (!match?.[1]) throw new RebuildError(`cannot stage a view created by: ${sql.slice(0, 80)}`)
  return match[1]
}

const isVirtual = (row: SchemaRow): boolean => /^CREATE\s+VIRTUAL\b/i.test(row.sql ?? '')

/** An fts5vocab table: a read-only view of a text index's terms, recreated rather than staged. */
const isVocabulary = (row: SchemaRow): boolean => /\bUSING\s+fts5vocab\b/i.test(row.sql ?? '')

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`
