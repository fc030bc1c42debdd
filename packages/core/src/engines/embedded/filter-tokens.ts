/**
 * Tag filters live in the text index: each work's `filters` column holds one token per filter value (its
 * tag id), one more per value an author-only filter may match, and one for its visibility. A query's tag
 * filters and scope then join its text in a single FTS5 expression, which FTS5 evaluates by stepping
 * through the posting lists together; joining a posting table per FTS match measured 2.5–4× slower.
 *
 * Tokens start with a private-use character: the tokenizer keeps it, users cannot type it, and no text
 * word shares the first letter (so none is ever a typo correction of one). Text terms are confined to the
 * text columns anyway.
 * @module
 */
import { SEARCH_COLUMNS } from './schema.js'

const TAG = 0xe000
const AUTHOR_TAG = 0xe001
const VISIBILITY = 0xe002

const token = (kind: number, n: number): string => `"${String.fromCodePoint(kind)}${n}"`

/** FTS5 phrase for a tag value, any source. */
export const tagToken = (tagId: number): string => token(TAG, tagId)
/** FTS5 phrase for a tag value an author-only filter may match. */
export const authorTagToken = (tagId: number): string => token(AUTHOR_TAG, tagId)
/** FTS5 phrase for a visibility rank. */
export const visibilityToken = (rank: number): string => token(VISIBILITY, rank)

/** SQL building the `filters` tokens of one value (`tagId`, `byAuthor` are SQL expressions). */
export const filterTokensSql = (tagId: string, byAuthor: string): string =>
  `char(${TAG}) || ${tagId} || CASE WHEN ${byAuthor} = 1 THEN ' ' || char(${AUTHOR_TAG}) || ${tagId} ELSE '' END`

/** SQL building the visibility token (`rank` is an SQL expression). */
export const visibilityTokenSql = (rank: string): string => `char(${VISIBILITY}) || ${rank}`

/** FTS5 column filter restricting an expression to the `filters` column. */
export const IN_FILTERS = 'filters :'

const columnFilter = (names: readonly string[]): string => `{${names.join(' ')}} :`

/** FTS5 column filter restricting an expression to the columns users search. */
export const IN_TEXT = columnFilter(SEARCH_COLUMNS.filter((c) => c.name !== 'filters').map((c) => c.name))

/**
 * FTS5 column filter restricting an expression to the searched columns other than the story's text (title,
 * authors, summary, notes, tags): works matching there rank first (see `match-sql.ts`).
 */
export const IN_METADATA = columnFilter(
  SEARCH_COLUMNS.filter((c) => c.name !== 'filters' && c.name !== 'text').map((c) => c.name),
)
