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
import { FREE_TAG_KINDS, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import { AUTHOR_KIND, MAIN_RELATIONSHIP_KIND, scopeRank, type ValueKind } from './codes.js'
import { RANGE_COLUMN, sortColumn } from './columns.js'
import { authorTagToken, IN_FILTERS, tagToken, visibilityToken } from './filter-tokens.js'
import { type FtsQuery, group } from './fts-query.js'
import { SEARCH_COLUMNS } from './schema.js'

/** The tag id of a kind and (raw) value, or undefined when no work has that value. */
export type ResolveTag = (kind: ValueKind, value: string) => number | undefined

export interface MatchSql {
  /** `SELECT rowid, score …`; score is null without text. */
  sql: string
  params: Record<string, number | string>
  /** The query text alone as an FTS5 expression, when it has words to find: what highlights mark. */
  textMatch: string | null
  /** Whether the score is the text relevance (computed only when the query sorts by it). */
  scored: boolean
}

const BM25 = `bm25(work_search, ${SEARCH_COLUMNS.map((c) => c.weight).join(', ')})`

/** Works the query matches without typo corrections; BM25 never comes near it. */
const EXACT_BONUS = 1e9

/**
 * The relevance score (lower is better, as BM25 is): BM25, with works that match without any typo
 * correction ahead of the rest.
 */
function score(fts: FtsQuery, param: (value: string) => string): string {
  if (fts.exact === undefined) return BM25
  const exact = `SELECT rowid FROM work_search WHERE work_search MATCH ${param(group(fts.exact, 'AND'))}`
  return `${BM25} - CASE WHEN w.rowid IN (${exact}) THEN ${EXACT_BONUS} ELSE 0 END`
}

/** Combines FTS5 expressions: all of `required`, none of `excluded`. */
export function combine(required: readonly string[], excluded: readonly string[]): string {
  const all = required.join(' AND ')
  if (excluded.length === 0) return all
  return `${required.length > 1 ? `(${all})` : all} NOT ${group(excluded, 'OR')}`
}

/**
 * The filter-token parts of the expression: what must match, what must not, and whether some value is
 * unknown to the index so that nothing can match.
 */
function tagParts(query: SearchQuery, resolve: ResolveTag) {
  const required: string[] = []
  const excluded: string[] = []
  let impossible = false
  const tokensOf = (kind: ValueKind, values: readonly string[]) => {
    const authorOnly = query.tagSource === 'author' && (FREE_TAG_KINDS as readonly string[]).includes(kind)
    const ids = values.map((value) => resolve(kind, value))
    return {
      known: [...new Set(ids.filter((id) => id !== undefined))].map(authorOnly ? authorTagToken : tagToken),
      unknown: ids.includes(undefined),
    }
  }
  const anyOf = (kind: ValueKind, values: readonly string[]) => {
    if (values.length === 0) return
    const { known } = tokensOf(kind, values)
    if (known.length === 0) impossible = true
    else required.push(`${IN_FILTERS} ${group(known, 'OR')}`)
  }
  for (const kind of TAG_KINDS) {
    const filter = query.tags[kind as TagKind]
    if (!filter) continue
    const all = tokensOf(kind, filter.all)
    if (all.unknown) impossible = true
    for (const token of all.known) required.push(`${IN_FILTERS} ${token}`)
    anyOf(kind, filter.any)
    const { known } = tokensOf(kind, filter.exclude)
    if (known.length > 0) excluded.push(`${IN_FILTERS} ${group(known, 'OR')}`)
  }
  anyOf(AUTHOR_KIND, query.authors)
  anyOf(MAIN_RELATIONSHIP_KIND, query.mainRelationships)
  const muted = tokensOf(AUTHOR_KIND, query.excludeAuthors).known
  if (muted.length > 0) excluded.push(`${IN_FILTERS} ${group(muted, 'OR')}`)
  return { required, excluded, impossible }
}

/**
 * The SELECT of the works `query` finds. `ranked` when they will be ordered (for a page of hits); counting
 * them needs no relevance score, and none is computed then.
 */
export function matchSql(query: SearchQuery, fts: FtsQuery, resolve: ResolveTag, ranked = true): MatchSql {
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
  const required = [...(textMatch === null ? [] : [textMatch]), ...tags.required]
  const excluded = [...(fts.excluded.length > 0 ? [group(fts.excluded, 'OR')] : []), ...tags.excluded]

  // BM25 is computed only when it orders the results. It counts, per query, the works holding each
  // phrase of the expression, so the scope (a phrase nearly every work holds) is then checked in SQL on
  // the works the text matched: 100k works, a common word and two tags: 16 ms in the expression, 3–12 ms
  // out of it, under 4 ms with no BM25 at all.
  const scored = ranked && textMatch !== null && query.sort.field === 'relevance'
  const scope = scopeRank(query.scope)
  const useIndex = required.length > 0 || excluded.length > 0
  const scopeInIndex = useIndex && !scored && (scope < scopeRank('all') || required.length === 0)
  if (scopeInIndex) {
    // Also the expression's anchor when it would otherwise hold only NOTs.
    const ranks = Array.from({ length: scope + 1 }, (_, rank) => visibilityToken(rank))
    required.push(`${IN_FILTERS} ${group(ranks, 'OR')}`)
  } else {
    where.push(`w.visibility <= ${param(scope)}`)
  }
  if (useIndex) where.push(`work_search MATCH ${param(combine(required, excluded))}`)

  if (query.languages.length > 0) {
    where.push(`w.language IN (${query.languages.map((l) => param(normalizeFacet(l))).join(', ')})`)
  }
  if (query.complete !== undefined) where.push(`w.complete = ${param(query.complete ? 1 : 0)}`)
  if (query.crossover !== 'include') where.push(`w.crossover = ${query.crossover === 'only' ? 1 : 0}`)
  if (query.singleChapter !== undefined) {
    where.push(`${query.singleChapter ? '' : 'NOT '}(w.chapters = 1 AND w.complete = 1)`)
  }
  if (query.excludeIds.length > 0) {
    where.push(`w.id NOT IN (${query.excludeIds.map((id) => param(id)).join(', ')})`)
  }
  if (query.after !== undefined) {
    const column = `w.${sortColumn(query.sort)}`
    const id = `w.id > ${param(query.after.id)}`
    if (query.after.value === null) {
      where.push(`(${column} IS NULL AND ${id})`)
    } else {
      // Unknown keys (NULL) sort after every known one, so they all come later (`engine/search-after.ts`).
      const value = param(query.after.value)
      const unknown = sortKeyMayBeUnknown(query.sort) ? ` OR ${column} IS NULL` : ''
      where.push(
        `(${column} ${afterOperator(query.sort)} ${value} OR (${column} = ${value} AND ${id})${unknown})`,
      )
    }
  }
  for (const field of RANGE_FIELDS) {
    const range = query.ranges[field]
    if (range?.min !== undefined) where.push(`w.${RANGE_COLUMN[field]} >= ${param(range.min)}`)
    if (range?.max !== undefined) where.push(`w.${RANGE_COLUMN[field]} <= ${param(range.max)}`)
  }

  const from = useIndex ? 'work_search CROSS JOIN works AS w ON w.rowid = work_search.rowid' : 'works AS w'
  const sql = `SELECT w.rowid, ${scored ? score(fts, param) : 'NULL'} FROM ${from} WHERE ${where.join(' AND ')}`
  return { sql, params, textMatch, scored }
}
