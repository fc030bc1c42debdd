/**
 * Compiles a query into one SELECT of the matching works' rowids (and BM25 scores). Text, tag filters,
 * authors and scope become one FTS5 expression over the text index (tags as filter tokens, see
 * `filter-tokens.ts`); language, completion and ranges are conditions on `works`, checked only for the
 * works the expression matched. A query with neither text nor tag filters scans `works` instead.
 * @module
 */
import { afterOperator, sortKeyMayBeUnknown } from '../../engine/search-after.js'
import { normalizeFacet } from '../../model/normalize-facet.js'
import { RANGE_FIELDS, type SearchQuery } from '../../model/query.js'
import { isFreeTagKind, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import {
  AUTHOR_KIND,
  facetCode,
  kindCode,
  MAIN_RELATIONSHIP_KIND,
  scopeRank,
  type ValueKind,
} from './codes.js'
import { RANGE_COLUMN, sortColumn } from './columns.js'
import { asPhrase, IN_FILTERS, scopeTokens, tagTokenText } from './filter-tokens.js'
import { type FtsQuery, group } from './fts-query.js'
import { LEAD_COLUMNS, SEARCH_COLUMNS } from './schema.js'
import { LIVE_TABLES } from './table-names.js'

/** Kinds of a few values each, which most works hold one of (see `narrowing` in `tagParts`). */
const FIXED_TAG_KINDS: ReadonlySet<string> = new Set(TAG_KINDS.filter((kind) => !isFreeTagKind(kind)))

/** The tag id of a kind and (raw) value, or undefined when no work has that value. */
export type ResolveTag = (kind: ValueKind, value: string) => number | undefined

export interface MatchSql {
  /** `SELECT rowid, score …`; score is null unless `scored`. */
  sql: string
  params: Record<string, number | string>
  /** The query text alone as an FTS5 expression, when it has words to find: what highlights mark. */
  textMatch: string | null
  /** Whether the score is the text relevance (computed only when the query sorts by it). */
  scored: boolean
  /** With `best`: whether works tied on score are ordered by id, so that the last of them kept is right. */
  tiesById: boolean
  /** Whether the query requires some tag value (see `MatchOptions.amongStored`). */
  filtered: boolean
}

/** BM25 over a text index's columns, each weighed as `SEARCH_COLUMNS` says. */
const bm25 = (table: string, columns: readonly { weight: number }[]) =>
  `bm25(${table}, ${columns.map((c) => c.weight).join(', ')})`

/** Works the query matches without typo corrections; BM25 never comes near it. */
const EXACT_BONUS = 1e9
/** The leading works (`FtsQuery.leading`): they are exact matches too. */
const LEADING_BONUS = 1e6

/**
 * The works ranked apart, first to last, as Meilisearch's ranking rules order them: the leading works
 * (every word as typed in the title, authors, summary, notes or tags: its `typo` and `attribute` rules),
 * then the other works matching every word as typed, then those found only through a typo correction.
 * The searcher scores one tier at a time and stops scoring once the tiers so far fill the page
 * (`searcher.ts`); the full match, scored last, is only ever left with the typo matches.
 */
export type Tier = 'leading' | 'exact'

/**
 * Which works a statement finds: those with text, in `work_leads`, or those without, in `work_search`
 * (the leading tier of an archive that has both: see `work_leads` in `schema.ts`); all of them, in
 * `work_search`, when undefined.
 */
export type TextPart = 'withText' | 'withoutText'

/**
 * The relevance score (lower is better, as BM25 is): BM25 over the tier's own expression, less the bonus
 * that ranks the tier above those after it.
 */
function score(tier: Tier | undefined, part: TextPart | undefined): string {
  const relevance =
    part === 'withText' ? bm25(LIVE_TABLES.leads, LEAD_COLUMNS) : bm25(LIVE_TABLES.search, SEARCH_COLUMNS)
  if (tier === 'leading') return `${relevance} - ${EXACT_BONUS + LEADING_BONUS}`
  if (tier === 'exact') return `${relevance} - ${EXACT_BONUS}`
  return relevance
}

function tierText(fts: FtsQuery, tier: Tier | undefined, textMatch: string | null): string | null {
  if (tier === 'leading') return group(fts.leading, 'AND')
  if (tier === 'exact') return group(fts.exact ?? fts.required, 'AND')
  return textMatch
}

/** Combines FTS5 expressions: all of `required`, none of `excluded`. */
export function combine(required: readonly string[], excluded: readonly string[]): string {
  const all = required.join(' AND ')
  if (excluded.length === 0) return all
  return `${required.length > 1 ? `(${all})` : all} NOT ${group(excluded, 'OR')}`
}

/**
 * The filter-token parts of the expression: what must match, what must not, and whether some value is
 * unknown to the index so that nothing can match. `narrowing` are the required parts of the kinds with
 * many values (all but ratings, warnings and categories), which each hold a small share of the works.
 */
function tagParts(query: SearchQuery, resolve: ResolveTag) {
  const required: string[] = []
  const narrowing: string[] = []
  const excluded: string[] = []
  let impossible = false
  const tokensOf = (kind: ValueKind, values: readonly string[]) => {
    const { known, unknown } = valueTokens(query, kind, values, resolve)
    return { known: known.map(asPhrase), unknown }
  }
  const require = (kind: ValueKind, part: string) => {
    required.push(part)
    if (!FIXED_TAG_KINDS.has(kind)) narrowing.push(part)
  }
  const anyOf = (kind: ValueKind, values: readonly string[]) => {
    if (values.length === 0) return
    const { known } = tokensOf(kind, values)
    if (known.length === 0) impossible = true
    else require(kind, `${IN_FILTERS} ${group(known, 'OR')}`)
  }
  for (const kind of TAG_KINDS) {
    const filter = query.tags[kind as TagKind]
    if (!filter) continue
    const all = tokensOf(kind, filter.all)
    if (all.unknown) impossible = true
    for (const token of all.known) require(kind, `${IN_FILTERS} ${token}`)
    anyOf(kind, filter.any)
    const { known } = tokensOf(kind, filter.exclude)
    if (known.length > 0) excluded.push(`${IN_FILTERS} ${group(known, 'OR')}`)
  }
  anyOf(AUTHOR_KIND, query.authors)
  anyOf(MAIN_RELATIONSHIP_KIND, query.mainRelationships)
  const muted = tokensOf(AUTHOR_KIND, query.excludeAuthors).known
  if (muted.length > 0) excluded.push(`${IN_FILTERS} ${group(muted, 'OR')}`)
  return { required, narrowing, excluded, impossible }
}

/** The tokens of a kind's values that some work holds, as the `filters` column holds them, and whether
 * some value is unknown to the index. */
function valueTokens(query: SearchQuery, kind: ValueKind, values: readonly string[], resolve: ResolveTag) {
  const byAuthor = query.tagSource === 'author' && isFreeTagKind(kind)
  const ids = values.map((value) => resolve(kind, value))
  return {
    known: [...new Set(ids.filter((id) => id !== undefined))].map((id) => tagTokenText(id, byAuthor)),
    unknown: ids.includes(undefined),
  }
}

/** The facet codes of the query's any-of values of `kind` that some work holds (`facetCode`). */
export const anyOfCodes = (query: SearchQuery, kind: TagKind, resolve: ResolveTag): Set<number> =>
  new Set(
    (query.tags[kind]?.any ?? []).flatMap((value) => {
      const id = resolve(kind, value)
      return id === undefined ? [] : [facetCode(id, kindCode(kind))]
    }),
  )

/** The tokens a work must hold one of to meet the query's any-of values of `kind` (none: no work can). */
export const anyOfTokens = (query: SearchQuery, kind: TagKind, resolve: ResolveTag): string[] =>
  valueTokens(query, kind, query.tags[kind]?.any ?? [], resolve).known

export interface MatchOptions {
  /** Whether the works will be ordered (for a page of hits); counting them needs no relevance score. */
  ranked?: boolean
  /** Only the works of one tier, scored as they rank (see `Tier`). */
  tier?: Tier
  /**
   * Only the tier's best works, this many, by score; in the page's order (score, then id) when
   * `tiesById`, else ties come in any order, which spares reading `works` for every match.
   */
  best?: number
  tiesById?: boolean
  /** Only the works with text, or only those without (see `TextPart`). */
  part?: TextPart
  /**
   * Only the works `temp.search_matches` holds: the query's matches, stored first. The stored works met
   * every condition already, so the expression keeps only the text and what bounds the works FTS5 walks:
   * the required filters of the kinds with many values (`narrowing`), else the other required filters.
   */
  amongStored?: boolean
}

/** Whether the query's order is its text's relevance, which only a scored SELECT can give. */
export const orderedByRelevance = (query: SearchQuery, fts: FtsQuery): boolean =>
  fts.required.length > 0 && query.sort.field === 'relevance'

/**
 * The SELECT of the works `query` finds, with their relevance score when `ranked` and the query sorts by
 * it; none is computed otherwise.
 */
export function matchSql(
  query: SearchQuery,
  fts: FtsQuery,
  resolve: ResolveTag,
  { ranked = true, tier, best, tiesById = false, amongStored = false, part }: MatchOptions = {},
): MatchSql {
  const params: Record<string, number | string> = {}
  const param = (value: number | string): string => {
    const name = `p${Object.keys(params).length}`
    params[name] = value
    return `@${name}`
  }
  const where: string[] = []
  const tags = tagParts(query, resolve)
  if (tags.impossible) where.push('0')
  const textMatch = fts.required.length > 0 ? group(fts.required, 'AND') : null
  const text = tierText(fts, tier, textMatch)
  const scored = ranked && orderedByRelevance(query, fts)
  const filtered = tags.required.length > 0

  const texts = text === null ? [] : [text]
  const index = part === 'withText' ? LIVE_TABLES.leads : LIVE_TABLES.search
  // Conditions on the works' columns: without any, the matches are read from the text index alone.
  let onWorks: string[] = []
  let useIndex = true
  if (amongStored) {
    // BM25 counts every work holding each phrase of the expression, for every scored statement: a
    // rating's are a fifth to a third of the archive. And no NOT: FTS5 (SQLite 3.53) gave some works BM25 0,
    // or another work's score, under `(words AND filter) NOT scope` when a word's terms were an OR confined
    // to some columns and the work held one in another column.
    const bounds = tags.narrowing.length > 0 ? tags.narrowing : tags.required
    where.push(`${index} MATCH ${param(combine([...texts, ...bounds], []))}`)
    where.push(`+${index}.rowid IN (SELECT rowid FROM temp.search_matches)`)
  } else {
    const excluded = [...(fts.excluded.length > 0 ? [group(fts.excluded, 'OR')] : []), ...tags.excluded]
    const expression = indexConditions(query, [...texts, ...tags.required], excluded)
    if (expression === undefined) useIndex = false
    else where.push(`${index} MATCH ${param(expression)}`)
    onWorks = worksConditions(query, param, !useIndex)
  }
  if (part === 'withoutText') onWorks.push('w.has_text = 0')

  // Ties are ordered by id, which `works` holds.
  const readsWorks = !useIndex || onWorks.length > 0 || (scored && best !== undefined && tiesById)
  const rowid = readsWorks ? 'w.rowid' : `${index}.rowid`
  const from = !useIndex
    ? 'works AS w'
    : readsWorks
      ? `${index} CROSS JOIN works AS w ON w.rowid = ${index}.rowid`
      : index
  const conditions = [...where, ...onWorks].join(' AND ')
  const selected = `SELECT ${rowid}, ${scored ? score(tier, part) : 'NULL'} FROM ${from} WHERE ${conditions}`
  const order = readsWorks ? '2, w.id' : '2'
  const sql = scored && best !== undefined ? `${selected} ORDER BY ${order} LIMIT ${param(best)}` : selected
  return { sql, params, textMatch, scored, tiesById: readsWorks, filtered }
}

/**
 * The whole FTS5 expression of a query's required and excluded parts, with its scope; undefined when the
 * query has neither text nor tag filters (then `works` is scanned).
 *
 * The expression excludes the works of the ranks the scope may not see, rather than requiring every work
 * of those it sees: a common word's 48k works at 100k public ones were counted in 3.6 ms, not 6.0. BM25
 * counts, per query, the works holding each phrase of the expression, so scored too the scope is best
 * excluded there: an archive's unseen works are its few. Checked in SQL instead, the scope made every
 * scored match a read of `works`: the best 20 of a word's metadata matches at 100k works with bodies
 * took 15.6 ms, 6.6 ms in the expression. Only an expression that would hold nothing but NOTs requires
 * the ranks seen, as its anchor.
 */
function indexConditions(
  query: SearchQuery,
  required: readonly string[],
  excluded: readonly string[],
): string | undefined {
  if (required.length === 0 && excluded.length === 0) return undefined
  const visibility = scopeTokens(scopeRank(query.scope))
  if (required.length === 0) return combine([`${IN_FILTERS} ${group(visibility.seen, 'OR')}`], excluded)
  if (visibility.unseen.length === 0) return combine(required, excluded)
  return combine(required, [...excluded, `${IN_FILTERS} ${group(visibility.unseen, 'OR')}`])
}

/** The query's conditions on the works' columns; with `scope` its visibility too (none in the expression). */
function worksConditions(
  query: SearchQuery,
  param: (value: number | string) => string,
  scope: boolean,
): string[] {
  const onWorks: string[] = []
  if (scope) onWorks.push(`w.visibility <= ${param(scopeRank(query.scope))}`)
  if (query.languages.length > 0) {
    onWorks.push(`w.language IN (${query.languages.map((l) => param(normalizeFacet(l))).join(', ')})`)
  }
  if (query.complete !== undefined) onWorks.push(`w.complete = ${param(query.complete ? 1 : 0)}`)
  if (query.crossover !== 'include') onWorks.push(`w.crossover = ${query.crossover === 'only' ? 1 : 0}`)
  if (query.singleChapter !== undefined) {
    onWorks.push(`${query.singleChapter ? '' : 'NOT '}(w.chapters = 1 AND w.complete = 1)`)
  }
  if (query.excludeIds.length > 0) {
    onWorks.push(`w.id NOT IN (${query.excludeIds.map((id) => param(id)).join(', ')})`)
  }
  if (query.after !== undefined) {
    const column = `w.${sortColumn(query.sort)}`
    const id = `w.id > ${param(query.after.id)}`
    if (query.after.value === null) {
      onWorks.push(`(${column} IS NULL AND ${id})`)
    } else {
      // Unknown keys (NULL) sort after every known one, so they all come later (`engine/search-after.ts`).
      const value = param(query.after.value)
      const unknown = sortKeyMayBeUnknown(query.sort) ? ` OR ${column} IS NULL` : ''
      onWorks.push(
        `(${column} ${afterOperator(query.sort)} ${value} OR (${column} = ${value} AND ${id})${unknown})`,
      )
    }
  }
  for (const field of RANGE_FIELDS) {
    const range = query.ranges[field]
    if (range?.min !== undefined) onWorks.push(`w.${RANGE_COLUMN[field]} >= ${param(range.min)}`)
    if (range?.max !== undefined) onWorks.push(`w.${RANGE_COLUMN[field]} <= ${param(range.max)}`)
  }
  return onWorks
}

/**
 * The cursor `query.after` as ranges an index on the sort's column can seek (for `works AS w`): the works
 * that sort at or before it, which the query does not find (undefined after an unknown key: then nearly
 * every work does), those after it with a known key, and then those whose key is unknown (NULL).
 */
export interface CursorRanges {
  before?: string
  after: string
  unknownAfter?: string
  params: { value: number | string; id: string } | { id: string }
}

export function cursorRanges(query: SearchQuery): CursorRanges | undefined {
  const { after: cursor } = query
  if (cursor === undefined) return undefined
  const column = `w.${sortColumn(query.sort)}`
  if (cursor.value === null) {
    return { after: `${column} IS NULL AND w.id > @id`, params: { id: cursor.id } }
  }
  const after = afterOperator(query.sort)
  const before = after === '<' ? '>' : '<'
  return {
    before: `${column} ${before}= @value AND (${column} ${before} @value OR w.id <= @id)`,
    after: `${column} ${after}= @value AND (${column} ${after} @value OR w.id > @id)`,
    ...(sortKeyMayBeUnknown(query.sort) ? { unknownAfter: `${column} IS NULL` } : {}),
    params: { value: cursor.value, id: cursor.id },
  }
}
