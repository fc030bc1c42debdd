/**
 * Writes and point reads of whole works: upsert, delete, get, hashes and count.
 * @module
 */
import type Database from 'better-sqlite3'
import type { Scope } from '../../model/query.js'
import { RANGE_FIELDS } from '../../model/range-filters.js'
import { SORT_VALUE_KEYS } from '../../model/sort-values.js'
import type { Work } from '../../model/work.js'
import type { ChangeLog } from './change-log.js'
import { facetCode, scopeRank } from './codes.js'
import { RANGE_COLUMN, SORT_VALUE_COLUMN } from './columns.js'
import { filterTokens } from './filter-tokens.js'
import { LEAD_COLUMNS, SEARCH_COLUMNS } from './schema.js'
import { inflateText, parseDoc } from './stored-text.js'
import { LIVE_TABLES, type TableNames } from './table-names.js'
import { TagIds } from './tag-ids.js'
import { searchText, type TagValue, type WorkRecord, workRecord } from './work-record.js'

const searchColumnNames = SEARCH_COLUMNS.map((c) => c.name)
const searchColumns = searchColumnNames.join(', ')
const leadColumns = LEAD_COLUMNS.map((c) => c.name).join(', ')
/** Where the text is in a row of `indexText`'s values (after the rowid). */
const TEXT_AT = 1 + searchColumnNames.indexOf('text')

/** Rowids are passed to batch statements as one JSON array. */
const ROWIDS = 'SELECT value FROM json_each(@rowids)'

/** Each range field and sort value with its column, in one order for the statements below. */
const RANGE_NAMES = [
  ...RANGE_FIELDS.map((field) => ({ field, column: RANGE_COLUMN[field] })),
  ...SORT_VALUE_KEYS.map((field) => ({ field, column: SORT_VALUE_COLUMN[field] })),
]

/** The store's statements over a set of tables: the live ones, or a rebuild's staging copy. */
const statementsSql = (t: TableNames) => ({
  findRowid: `SELECT rowid FROM ${t.works} WHERE id = ?`,
  insertWork: `INSERT INTO ${t.works} (id, visibility, complete, language, crossover, ${RANGE_NAMES.map((r) => r.column).join(', ')},
      title_key, content_hash, has_text)
    VALUES (@id, @visibility, @complete, @language, @crossover, ${RANGE_NAMES.map((r) => `@${r.field}`).join(', ')},
      @titleKey, @contentHash, @hasText)`,
  updateWork: `UPDATE ${t.works} SET visibility = @visibility, complete = @complete, language = @language,
      crossover = @crossover,
      ${RANGE_NAMES.map((r) => `${r.column} = @${r.field}`).join(', ')}, title_key = @titleKey,
      content_hash = @contentHash, has_text = @hasText
    WHERE rowid = @rowid`,
  putDoc: `INSERT OR REPLACE INTO ${t.docs} (rowid, doc) VALUES (?, ?)`,
  putText: `INSERT OR REPLACE INTO ${t.texts} (rowid, chapters) VALUES (?, ?)`,
  findTag: `SELECT tag_id AS id, display_rank AS rank FROM ${t.tags} WHERE kind = ? AND norm = ?`,
  // Most tags a write does not know yet are new: trying the insert first costs them one statement, not two.
  insertTag: `INSERT OR IGNORE INTO ${t.tags} (kind, norm, display, display_rank) VALUES (?, ?, ?, ?)`,
  // A more visible work's spelling replaces a less visible one's (see `tags.display_rank`).
  respellTag: `UPDATE ${t.tags} SET display = ?, display_rank = ? WHERE tag_id = ?`,
  putTags: `INSERT OR REPLACE INTO ${t.workTags} (rowid, filter_tokens, facet_codes) VALUES (?, ?, ?)`,
  indexText: `INSERT INTO ${t.search} (rowid, ${searchColumns}) VALUES (${['rowid', ...searchColumnNames].map(() => '?').join(', ')})`,
  indexLead: `INSERT INTO ${t.leads} (rowid, ${leadColumns}) VALUES (${['rowid', ...LEAD_COLUMNS].map(() => '?').join(', ')})`,
  unindexLeads: `DELETE FROM ${t.leads} WHERE rowid IN (${ROWIDS})`,
  // An external-content FTS5 index forgets a row only when given the exact values it indexed, so this
  // must run before the rows' documents or texts change.
  unindexTexts: `INSERT INTO ${t.search} (${t.search}, rowid, ${searchColumns})
    SELECT 'delete', rowid, ${searchColumns} FROM ${t.searchContent} WHERE rowid IN (${ROWIDS})`,
  deleteTags: `DELETE FROM ${t.workTags} WHERE rowid IN (${ROWIDS})`,
  deleteDocs: `DELETE FROM ${t.docs} WHERE rowid IN (${ROWIDS})`,
  deleteTexts: `DELETE FROM ${t.texts} WHERE rowid IN (${ROWIDS})`,
  deleteWorks: `DELETE FROM ${t.works} WHERE rowid IN (${ROWIDS})`,
  get: `SELECT d.doc, t.chapters FROM ${t.works} AS w
    JOIN ${t.docs} AS d ON d.rowid = w.rowid JOIN ${t.texts} AS t ON t.rowid = w.rowid
    WHERE w.id = ? AND w.visibility <= ?`,
  hashes: `SELECT id, content_hash FROM ${t.works}`,
  count: `SELECT count(*) FROM ${t.works}`,
})

type Statements = Record<keyof ReturnType<typeof statementsSql>, Database.Statement>

/**
 * Batch writes keep the text index out of the per-work loop: FTS5 flushes its pending terms to a new
 * segment whenever another statement opens a savepoint, so interleaving one FTS insert per work with the
 * other writes built one tiny segment per work (measured ~15× slower). Each batch therefore unindexes the
 * replaced works in one statement, writes rows and tags, then indexes the batch's works one after another
 * with nothing between them, from the works' own text (`searchText`): reading it back through the content
 * view inflated and parsed what had just been written, and handing it over as one JSON array took longer
 * still.
 */
export class WorkStore {
  readonly #s: Statements
  readonly #tagIds: TagIds
  readonly #upsertAll: (works: readonly Work[]) => void
  readonly #deleteAll: (ids: readonly string[]) => void
  readonly #applyAll: (works: readonly Work[], ids: readonly string[]) => void

  readonly #log: ChangeLog | undefined

  /**
   * @param tables where to write; the live tables unless a rebuild fills its staging copy
   * @param log the change log every write is recorded in (the live store's; a rebuild logs at its swap)
   */
  constructor(db: Database.Database, tables: Readonly<TableNames> = LIVE_TABLES, log?: ChangeLog) {
    this.#log = log
    this.#s = Object.fromEntries(
      Object.entries(statementsSql(tables)).map(([name, sql]) => [name, db.prepare(sql)]),
    ) as Statements
    this.#tagIds = new TagIds(db, this.#s)
    this.#s.findRowid.pluck()
    this.#s.count.pluck()
    this.#s.hashes.raw()
    this.#upsertAll = db.transaction((works: readonly Work[]) => this.#upsertBatch(works))
    this.#deleteAll = db.transaction((ids: readonly string[]) => this.#deleteBatch(ids))
    this.#applyAll = db.transaction((works: readonly Work[], ids: readonly string[]) => {
      if (works.length > 0) this.#upsertBatch(works)
      if (ids.length > 0) this.#deleteBatch(ids)
    })
  }

  /** Adds or replaces the works, all in one transaction; a later copy of an id in the batch wins. */
  upsert(works: readonly Work[]): void {
    if (works.length > 0) this.#tagIds.during(() => this.#upsertAll(works))
  }

  /** Adds or replaces `works` and removes `ids`, all in one transaction. */
  apply(works: readonly Work[], ids: readonly string[]): void {
    this.#tagIds.during(() => this.#applyAll(works, ids))
  }

  /** Removes the works with these ids, all in one transaction; unknown ids are ignored. */
  delete(ids: readonly string[]): void {
    if (ids.length > 0) this.#deleteAll(ids)
  }

  get(id: string, scope: Scope): Work | null {
    const row = this.#s.get.get(id, scopeRank(scope)) as { doc: Buffer; chapters: Buffer } | undefined
    if (!row) return null
    return { ...parseDoc(row.doc), text: JSON.parse(inflateText(row.chapters)) } as Work
  }

  hashes(): Map<string, string> {
    return new Map(this.#s.hashes.all() as [string, string][])
  }

  count(): number {
    return this.#s.count.get() as number
  }

  #rowid(id: string): number | undefined {
    return this.#s.findRowid.get(id) as number | undefined
  }

  #upsertBatch(works: readonly Work[]): void {
    const s = this.#s
    const latest = [...new Map(works.map((work) => [work.id, work])).values()]
    const existing = latest.map((work) => this.#rowid(work.id))
    const replaced = JSON.stringify(existing.filter((rowid) => rowid !== undefined))
    s.unindexTexts.run({ rowids: replaced })
    s.unindexLeads.run({ rowids: replaced })
    const records = latest.map(workRecord)
    this.#log?.upserted(records.map(({ columns }) => [columns.id, columns.visibility, columns.contentHash]))
    const rows = latest.map((work, i) => {
      const record = records[i] as WorkRecord
      let rowid = existing[i]
      if (rowid === undefined) rowid = Number(s.insertWork.run(record.columns).lastInsertRowid)
      else s.updateWork.run({ ...record.columns, rowid })
      s.putDoc.run(rowid, record.doc)
      s.putText.run(rowid, record.chapters)
      const { visibility } = record.columns
      const values = record.tagValues
      const ids = this.#tagIds.ids(values, visibility)
      const filters = filterTokens(
        ids,
        values.map((value) => value[4]),
        visibility,
      )
      s.putTags.run(rowid, filters, facetCodes(values, ids))
      return { row: [rowid, ...searchText(work), filters], hasText: record.columns.hasText }
    })
    for (const { row } of rows) s.indexText.run(row)
    // The works that have text again, without it (`work_leads` in `schema.ts`).
    for (const { row, hasText } of rows) {
      if (hasText) s.indexLead.run(row.filter((_, i) => i !== TEXT_AT))
    }
  }

  #deleteBatch(ids: readonly string[]): void {
    const found = [...new Set(ids)].map((id) => this.#rowid(id)).filter((rowid) => rowid !== undefined)
    if (found.length === 0) return
    const rowids = JSON.stringify(found)
    this.#log?.deleted(rowids)
    const s = this.#s
    const statements = [
      s.unindexTexts,
      s.unindexLeads,
      s.deleteTags,
      s.deleteDocs,
      s.deleteTexts,
      s.deleteWorks,
    ]
    for (const statement of statements) {
      statement.run({ rowids })
    }
  }
}

/** The codes of a work's own tags (`facetCode`), comma-separated; null if none. */
function facetCodes(values: readonly TagValue[], ids: readonly number[]): string | null {
  const codes = values.flatMap(([kind, , , facet], i) => (facet ? [facetCode(ids[i] as number, kind)] : []))
  return codes.length === 0 ? null : codes.join(',')
}
