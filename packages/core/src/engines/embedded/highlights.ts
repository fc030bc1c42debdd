/**
 * Highlights for a page of hits. Which words are marked is decided by the shared highlighter
 * (`engine/text/highlight.ts`); FTS5 only crops the text: `snippet` picks the stretch of a hit's text
 * around its best match.
 * @module
 */
import { EXCERPT_WORDS, highlightWork, QueryMarker } from '../../engine/text/highlight.js'
import type { Highlights } from '../../model/result.js'
import type { WorkSummary } from '../../model/work.js'
import { SEARCH_COLUMNS } from './schema.js'
import type { StatementCache } from './statement-cache.js'

const TEXT_COLUMN = SEARCH_COLUMNS.findIndex((column) => column.name === 'text')

// better-sqlite3 binds every JavaScript number as a REAL, and FTS5 ignores a rowid constraint whose value
// is not an INTEGER: without the CAST, every hit got the excerpt of the first work the query matched.
const EXCERPT = `SELECT snippet(work_search, ${TEXT_COLUMN}, '', '', '…', ${EXCERPT_WORDS})
  FROM work_search
  WHERE work_search MATCH @match AND rowid = CAST(@rowid AS INTEGER)`

/**
 * Highlights per rowid for the query `text`. `textMatch` is the text part of the FTS5 expression (null
 * when the query has no words to find): excerpts come from the works it matches.
 */
export function highlightHits(
  statements: StatementCache,
  text: string,
  textMatch: string | null,
  works: ReadonlyMap<number, WorkSummary>,
): Map<number, Highlights> {
  const marker = new QueryMarker(text)
  // One lookup per hit: FTS5 seeks a rowid within the match, but would scan every match to test an IN list.
  const excerpt = textMatch === null ? undefined : statements.get(EXCERPT).pluck()
  const highlights = new Map<number, Highlights>()
  for (const [rowid, work] of works) {
    const cropped = excerpt?.get({ match: textMatch, rowid }) as string | undefined
    highlights.set(rowid, highlightWork(work, marker, cropped))
  }
  return highlights
}
