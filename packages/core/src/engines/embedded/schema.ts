/**
 * The embedded engine's database schema, versioned with `PRAGMA user_version`.
 *
 * Layout, and why:
 * - `works` holds only what filters and sorts read (numbers, visibility, language, title sort key), so
 *   scans and rowid lookups stay on small rows; the document JSON and the chapters live in their own tables.
 *   Two indexes keep it in the orders archives are browsed in (`SORT_INDEXES` in `columns.ts`): 41 MB at
 *   1M works.
 * - Tag values are interned in `tags` (one row per kind and normalized value, with one display spelling,
 *   taken from the most visible work that used it: `display_rank` is that work's visibility rank, so a
 *   spelling only a hidden work uses is never shown while a visible work spells it otherwise).
 *   `work_tags` keeps two strings per work: the tokens its filter values put in the text index (own tags,
 *   `filterTags`, authors and visibility; see `filter-tokens.ts`), and the codes of its own tags for
 *   facets, so counting every facet kind over the matches reads one row per match (see `facet-counts.ts`).
 * - `work_changes` is the change log mirrors read (`change-log.ts`); a rebuild's swap keeps it.
 * - `work_search` is an FTS5 index whose content is the `work_search_content` view, so the text is
 *   stored once (in `work_docs` and `work_texts`, compressed) and the same view feeds indexing, deletion and
 *   highlighting. It keeps the postings of every two- and three-letter prefix too: the last word of a
 *   query matches as a prefix, and a short one ("go") otherwise merges the postings of hundreds of terms
 *   (38 ms against 0.1 ms at 20k works with bodies), which is what a search box does at every keystroke.
 *   Measured on that corpus: headline p95 25 -> 11 ms, HTTP 90 -> 162 searches/s as served by default,
 *   for 15% slower indexing and a 31% larger file (two-letter prefixes alone kept the file smaller but
 *   not the searches faster). Four-letter ones too since schema 13, as Meilisearch keeps prefixes of up to
 *   four letters: at 100k works with bodies "stou"* (360 terms, in 77k works) took 41 ms to merge, and
 *   the headline mix's slowest query went 85 -> 49 ms (p90 46 -> 27 ms), for a 21% larger file (3.22 ->
 *   3.89 GB; 10% at 100k metadata-only) and indexing about a fifth slower.
 * - `work_leads` indexes again the columns of `work_search` but `text`, for the works that have text
 *   (`works.has_text`): a relevance search first ranks the works holding every word in those columns
 *   (`Tier` in `match-sql.ts`), and in `work_search` that walked each word's postings in the stories too,
 *   twice (BM25 counts the works holding each phrase). A work without text is found in `work_search`,
 *   whose row for it holds the same. It keeps no content (`contentless_delete`): nothing reads its columns
 *   back. Measured at 100k works with bodies, on one file, the two ways alternated query by query: the
 *   text mix p50 8.5 -> 6.1 ms and 13.9 -> 9.4 (means -23% and -25%), the headline mix p50 6.2 -> 5.5 and
 *   11.0 -> 9.6; the file 3.7% larger (3.89 -> 4.03 GB; 0.2% at 100k metadata-only), indexing 10k works
 *   with bodies as fast within the machine's noise. Those works now rank by their BM25 in those columns
 *   alone, where the length of the story entered it.
 * @module
 */
import type Database from 'better-sqlite3'
import { SchemaVersionError } from '../../engine/errors.js'
import { isNullableRange, RANGE_FIELDS } from '../../model/range-filters.js'
import { SORT_VALUE_KEYS, SORT_VALUES } from '../../model/sort-values.js'
import { CHANGE_LOG_DDL } from './change-log.js'
import { RANGE_COLUMN, SORT_INDEX_DDL } from './columns.js'
import { INFLATE_DOC, INFLATE_TEXT } from './stored-text.js'
import { LIVE_TABLES, TEXT_INDEXES } from './table-names.js'

/** Bump on any incompatible change; an engine refuses to open a file with another version. */
export const SCHEMA_VERSION = 14

/**
 * Column order of `work_search`, and the BM25 weight of each (AO3 weighs title 7, creators 5). The
 * `filters` column holds filter tokens, which never count towards relevance.
 */
export const SEARCH_COLUMNS = [
  { name: 'title', weight: 7 },
  { name: 'authors', weight: 5 },
  { name: 'summary', weight: 3 },
  { name: 'notes', weight: 1.5 },
  { name: 'tags', weight: 2 },
  { name: 'text', weight: 1 },
  { name: 'filters', weight: 0 },
] as const

/** The columns users search: every one but `filters`. */
export const TEXT_COLUMNS = SEARCH_COLUMNS.filter((c) => c.name !== 'filters').map((c) => c.name)

/** Column order of `work_leads`: those of `work_search` but the text (see the module comment). */
export const LEAD_COLUMNS = SEARCH_COLUMNS.filter((c) => c.name !== 'text')

/** Lengths of the prefixes, in characters, whose postings the text index keeps (see the module comment). */
export const PREFIX_LENGTHS = [2, 3, 4] as const

/** Work fields whose own tags are searchable text (ratings, warnings and categories are not). */
export const SEARCHABLE_TAG_FIELDS = ['fandoms', 'relationships', 'characters', 'eras', 'freeforms'] as const

const searchableTags = SEARCHABLE_TAG_FIELDS.map(
  (field) => `SELECT value FROM json_each(d.doc, '$.${field}')`,
).join(' UNION ALL ')

/** One integer column per range filter (`model/range-filters.ts`); a date's is NULL when unknown. */
const rangeColumns = RANGE_FIELDS.map(
  (field) => `  ${RANGE_COLUMN[field]} INTEGER${isNullableRange(field) ? '' : ' NOT NULL'},`,
).join('\n')

/** One column per sort value (`model/sort-values.ts`). */
const sortValueColumns = SORT_VALUE_KEYS.map(
  (key) => `  ${SORT_VALUES[key].column} ${SORT_VALUES[key].type === 'text' ? 'TEXT' : 'INTEGER'} NOT NULL,`,
).join('\n')

const DDL = `
CREATE TABLE works (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  visibility INTEGER NOT NULL,
  complete INTEGER NOT NULL,
  language TEXT NOT NULL,
  crossover INTEGER NOT NULL,
${rangeColumns}
${sortValueColumns}
  title_key TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  has_text INTEGER NOT NULL
);
${SORT_INDEX_DDL}
-- Whether some works have text, and some none, found at once (see work_leads below).
CREATE INDEX works_by_text ON works (has_text);

-- doc: the work without its text as JSON, compressed (see stored-text.ts).
CREATE TABLE work_docs (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL);

-- chapters: the chapters JSON, compressed (see stored-text.ts).
CREATE TABLE work_texts (rowid INTEGER PRIMARY KEY, chapters BLOB NOT NULL);

CREATE TABLE tags (
  tag_id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  norm TEXT NOT NULL,
  display TEXT NOT NULL,
  display_rank INTEGER NOT NULL DEFAULT 2,
  UNIQUE (kind, norm)
);

-- filter_tokens: the work's tokens in the filters column; facet_codes: its own tags as comma-separated
-- tag_id * 16 + kind, NULL when it has none.
CREATE TABLE work_tags (rowid INTEGER PRIMARY KEY, filter_tokens TEXT NOT NULL, facet_codes TEXT);

CREATE VIEW work_search_content AS
SELECT
  d.rowid AS rowid,
  d.doc ->> '$.title' AS title,
  (SELECT group_concat(value, char(10)) FROM json_each(d.doc, '$.authors')) AS authors,
  d.doc ->> '$.summary' AS summary,
  d.doc ->> '$.notes' AS notes,
  (SELECT group_concat(value, char(10)) FROM (${searchableTags})) AS tags,
  (SELECT group_concat(concat_ws(char(10), c.value ->> '$.title', c.value ->> '$.body'), char(10) || char(10)
     ORDER BY c.key) FROM json_each(${INFLATE_TEXT}(t.chapters)) AS c) AS text,
  g.filter_tokens AS filters
FROM (SELECT rowid, ${INFLATE_DOC}(doc) AS doc FROM work_docs) AS d
  JOIN work_texts AS t ON t.rowid = d.rowid JOIN work_tags AS g ON g.rowid = d.rowid;

CREATE VIRTUAL TABLE work_search USING fts5(
  ${SEARCH_COLUMNS.map((c) => c.name).join(', ')},
  content = 'work_search_content',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '${PREFIX_LENGTHS.join(' ')}'
);

CREATE VIRTUAL TABLE work_leads USING fts5(
  ${LEAD_COLUMNS.map((c) => c.name).join(', ')},
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '${PREFIX_LENGTHS.join(' ')}'
);

-- Larger in-memory batches and lazier merging keep bulk indexing flat as the index grows: merges at
-- commit cost 6 -> 12 s per 10k works (1,000 words each) between 10k and 60k works with automerge 8,
-- a flat ~6 s with 16, and searches measured no slower for the extra segments.
${TEXT_INDEXES.map((key) => LIVE_TABLES[key])
  .map(
    (table) => `INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', 67108864);
INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 16);`,
  )
  .join('\n')}

CREATE VIRTUAL TABLE work_search_terms USING fts5vocab(work_search, 'row');
${CHANGE_LOG_DDL}

PRAGMA user_version = ${SCHEMA_VERSION};
`

const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number

/**
 * Creates the schema in an empty database, or checks the version of an existing one. The check runs
 * again under the write lock, so two processes opening a new file at once create it once.
 */
export function applySchema(db: Database.Database, path: string): void {
  if (schemaVersion(db) === SCHEMA_VERSION) {
    addDisplayRank(db)
    return
  }
  db.transaction(() => {
    const version = schemaVersion(db)
    if (version === SCHEMA_VERSION) return
    const empty = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() === 0
    if (version !== 0 || !empty) throw new SchemaVersionError(path, version, SCHEMA_VERSION)
    db.exec(DDL)
  }).immediate()
}

/**
 * Files written before `tags.display_rank` existed get the column on open (older engines name their
 * columns and so keep working on the file). Their spellings count as hidden ones until a visible work
 * writes its own.
 */
function addDisplayRank(db: Database.Database): void {
  const hasColumn = () =>
    (db.pragma('table_info(tags)') as { name: string }[]).some((column) => column.name === 'display_rank')
  if (hasColumn()) return
  db.transaction(() => {
    if (!hasColumn()) db.exec('ALTER TABLE tags ADD COLUMN display_rank INTEGER NOT NULL DEFAULT 2')
  }).immediate()
}
