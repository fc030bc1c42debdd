/**
 * Tag filters live in the text index: each work's `filters` column holds one token per filter value (its
 * tag id), one more per value an author-only filter may match, and one for its visibility. A query's tag
 * filters and scope then join its text in a single FTS5 expression, which FTS5 evaluates by stepping
 * through the posting lists together; joining a posting table per FTS match measured 2.5–4× slower.
 *
 * Tokens are made of private-use characters and start with one: the tokenizer keeps them, and no text
 * word shares their first letter (so none is ever a typo correction of one, and a query word without such
 * a character never matches one: see `inText`).
 *
 * A token of one code point gets no prefix postings (FTS5 adds a prefix entry of two to four letters only
 * for a token that long), which no query reads anyway: tag ids below 65,534 (as a plain token, and as an
 * author-only one) and the visibility ranks are one code point, from the two supplementary private-use
 * planes; later ids are a marker and their digits. Tags are interned as works arrive, so the common ones
 * have the low ids: 85% of the filter tokens of 100k generated works (83% at 1M) are one code point, and
 * their text index is 14% smaller for it (132.6 -> 114.5 MB).
 * @module
 */
import { scopeRank } from '../../model/visibility-rank.js'
import { TEXT_COLUMNS } from './schema.js'

/**
 * How a kind of filter value is spelled: one code point from `short` on while it fits, else `long` and
 * its digits.
 */
interface Spelling {
  short: number
  long: number
}

/** Ids below this fit in one code point: a plane's private-use block ends at U+xFFFD. */
const SHORT_IDS = 0xfffe

const TAG: Spelling = { short: 0xf0000, long: 0xe000 }
const AUTHOR_TAG: Spelling = { short: 0x100000, long: 0xe001 }
/** Ranks are few: always one code point. */
const VISIBILITY = 0xe100

/** The token of a filter value, as the text index holds it. */
const spell = ({ short, long }: Spelling, id: number): string =>
  id < SHORT_IDS ? String.fromCodePoint(short + id) : String.fromCodePoint(long) + id

/** The token of a visibility rank, as the text index holds it. */
const spellVisibility = (rank: number): string => String.fromCodePoint(VISIBILITY + rank)

/** A filter token as an FTS5 phrase (no token holds a quote). */
export const asPhrase = (token: string): string => `"${token}"`

/** A tag value's token as the `filters` column holds it; `byAuthor`: the one an author-only filter matches. */
export const tagTokenText = (tagId: number, byAuthor = false): string =>
  spell(byAuthor ? AUTHOR_TAG : TAG, tagId)

/** FTS5 phrase for a visibility rank. */
export const visibilityToken = (rank: number): string => asPhrase(spellVisibility(rank))

/** The visibility phrases of the ranks a scope sees, and of those it does not (by `scopeRank`). */
export function scopeTokens(rank: number): { seen: string[]; unseen: string[] } {
  const ranks = Array.from({ length: scopeRank('all') + 1 }, (_, r) => r)
  return {
    seen: ranks.filter((r) => r <= rank).map(visibilityToken),
    unseen: ranks.filter((r) => r > rank).map(visibilityToken),
  }
}

/**
 * The `filters` column of a work: a token for each of its values (`tagIds`), one more for each an
 * author-only filter may match, and its visibility's.
 */
export function filterTokens(tagIds: readonly number[], byAuthor: readonly (0 | 1)[], rank: number): string {
  const tokens = tagIds.flatMap((id, i) =>
    byAuthor[i] ? [spell(TAG, id), spell(AUTHOR_TAG, id)] : [spell(TAG, id)],
  )
  tokens.push(spellVisibility(rank))
  return tokens.join(' ')
}

/** FTS5 column filter restricting an expression to the `filters` column. */
export const IN_FILTERS = 'filters :'

const columnFilter = (names: readonly string[]): string => `{${names.join(' ')}} :`

/** FTS5 column filter restricting an expression to the columns users search. */
const IN_TEXT = columnFilter(TEXT_COLUMNS)

/** Private-use characters, which every filter token starts with. */
const PRIVATE_USE = /\p{Co}/u

/**
 * An expression of query words over the columns users search. Only words holding a private-use character
 * (which a user may type) could match a filter token, so only they get the column filter: one makes FTS5
 * read each match's positions to find their columns, and BM25 count a phrase's works the same way. At
 * 100k works with bodies, counting the 69,585 works holding "here" took 3.6 ms without it and 5.1 ms
 * with it; the two ways alternated query by query in one process, the headline mix measured p50 13–16%
 * lower (7.52 -> 6.30, 8.87 -> 7.54 ms) and text only 7–13% (11.5 -> 10.0, 12.2 -> 11.3 ms).
 */
export const inText = (expression: string): string =>
  PRIVATE_USE.test(expression) ? `${IN_TEXT} ${expression}` : expression

/**
 * FTS5 column filter restricting an expression to the searched columns other than the story's text (title,
 * authors, summary, notes, tags): works matching there rank first (see `match-sql.ts`).
 */
export const IN_METADATA = columnFilter(TEXT_COLUMNS.filter((name) => name !== 'text'))

/** An expression of query words over the metadata columns (`IN_METADATA`). */
export const inMetadata = (expression: string): string => `${IN_METADATA} ${expression}`
