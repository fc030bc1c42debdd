/**
 * Highlights for a page of hits: title and summary with every match in `<mark>`, and an excerpt of the
 * text around the best match. The output is HTML: the stored text is escaped and only the marks are tags,
 * so a title containing `<script>` cannot inject markup.
 * @module
 */
import type { Highlights } from '../../model/result.js'
import type { WorkSummary } from '../../model/work.js'
import type { StatementCache } from './statement-cache.js'

// FTS5 wraps matches in these; control characters that never occur in prose, swapped for tags after escaping.
const OPEN = '\u0002'
const CLOSE = '\u0003'
const EXCERPT_TOKENS = 32

const SQL = `SELECT rowid,
    highlight(work_search, 0, '${OPEN}', '${CLOSE}') AS title,
    highlight(work_search, 2, '${OPEN}', '${CLOSE}') AS summary,
    snippet(work_search, 5, '${OPEN}', '${CLOSE}', '…', ${EXCERPT_TOKENS}) AS text
  FROM work_search
  WHERE work_search MATCH @match AND rowid = @rowid`

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function toHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
    .replaceAll(OPEN, '<mark>')
    .replaceAll(CLOSE, '</mark>')
}

interface MarkedRow {
  rowid: number
  title: string
  summary: string
  text: string | null
}

/**
 * Highlights per rowid. Without a text match (no text, or exclusions only) title and summary come back
 * escaped and unmarked, and there is no excerpt.
 */
export function highlightHits(
  statements: StatementCache,
  match: string | null,
  works: ReadonlyMap<number, WorkSummary>,
): Map<number, Highlights> {
  const result = new Map<number, Highlights>()
  for (const [rowid, work] of works)
    result.set(rowid, { title: toHtml(work.title), summary: toHtml(work.summary) })
  if (match === null || works.size === 0) return result
  // One lookup per hit: FTS5 seeks a rowid within the match, but would scan every match to test an IN list.
  const statement = statements.get(SQL)
  for (const rowid of works.keys()) {
    const row = statement.get({ match, rowid }) as MarkedRow | undefined
    if (!row) continue
    const highlights: Highlights = { title: toHtml(row.title), summary: toHtml(row.summary) }
    if (row.text?.includes(OPEN)) highlights.text = toHtml(row.text)
    result.set(row.rowid, highlights)
  }
  return result
}
