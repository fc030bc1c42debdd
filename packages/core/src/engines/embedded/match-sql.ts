/**
 * Compiles a query's text and filters into one SELECT of the matching works' rowids (and BM25 scores).
 * Tag values arrive already resolved to tag ids, so every tag filter is a seek on the
 * `(tag_id, work_rowid)` key: include-all as joins, include-any and exclude as (NOT) EXISTS probes.
 * @module
 */
import { normalizeFacet } from '../../engine/normalize.js'
import { RANGE_FIELDS, type SearchQuery } from '../../model/query.js'
import { FREE_TAG_KINDS, TAG_KINDS } from '../../model/tag-kind.js'
import { AUTHOR_KIND, scopeRank, type ValueKind } from './codes.js'
import { RANGE_COLUMN } from './columns.js'
import type { FtsQuery } from './fts-query.js'
import { SEARCH_COLUMNS } from './schema.js'

/** The tag id of a kind and (raw) value, or undefined when no work has that value. */
export type ResolveTag = (kind: ValueKind, value: string) => number | undefined

export interface MatchSql {
  /** `SELECT rowid, score …`; score is null without text. */
  sql: string
  params: Record<string, number | string>
  /** Whether the score is a text relevance. */
  scored: boolean
}

const BM25 = `bm25(work_search, ${SEARCH_COLUMNS.map((c) => c.weight).join(', ')})`

export function matchSql(query: SearchQuery, fts: FtsQuery, resolve: ResolveTag): MatchSql {
  const params: Record<string, number | string> = { scope: scopeRank(query.scope) }
  const joins: string[] = []
  const where: string[] = ['w.visibility <= @scope']
  const param = (value: number | string): string => {
    const name = `p${Object.keys(params).length}`
    params[name] = value
    return `@${name}`
  }
  const list = (values: readonly (number | string)[]): string => values.map(param).join(', ')
  // With tagSource 'author', values of the free kinds must stand for tags the author wrote.
  const authorOnly = (kind: ValueKind, alias: string): string =>
    query.tagSource === 'author' && (FREE_TAG_KINDS as readonly string[]).includes(kind)
      ? ` AND ${alias}.by_author = 1`
      : ''
  const probe = (kind: ValueKind, ids: readonly number[]) =>
    `EXISTS (SELECT 1 FROM filter_values AS x WHERE x.work_rowid = w.rowid AND x.tag_id IN (${list(ids)})${authorOnly(kind, 'x')})`
  const joinTag = (kind: ValueKind, id: number) => {
    const f = `f${joins.length}`
    joins.push(
      `JOIN filter_values AS ${f} ON ${f}.tag_id = ${param(id)} AND ${f}.work_rowid = w.rowid${authorOnly(kind, f)}`,
    )
  }
  const resolveAll = (kind: ValueKind, values: readonly string[]) => [
    ...new Set(values.map((v) => resolve(kind, v)).filter((id) => id !== undefined)),
  ]
  const includeAny = (kind: ValueKind, values: readonly string[]) => {
    if (values.length === 0) return
    const ids = resolveAll(kind, values)
    if (ids.length === 0) where.push('0')
    else if (ids.length === 1) joinTag(kind, ids[0] as number)
    else where.push(probe(kind, ids))
  }

  if (fts.match !== null) where.push(`work_search MATCH ${param(fts.match)}`)
  if (fts.exclude !== null) {
    where.push(`w.rowid NOT IN (SELECT rowid FROM work_search WHERE work_search MATCH ${param(fts.exclude)})`)
  }

  for (const kind of TAG_KINDS) {
    const filter = query.tags[kind]
    if (!filter) continue
    const all = filter.all.map((v) => resolve(kind, v))
    if (all.includes(undefined)) where.push('0')
    for (const id of new Set(all)) if (id !== undefined) joinTag(kind, id)
    includeAny(kind, filter.any)
    const excluded = resolveAll(kind, filter.exclude)
    if (excluded.length > 0) where.push(`NOT ${probe(kind, excluded)}`)
  }
  includeAny(AUTHOR_KIND, query.authors)

  if (query.languages.length > 0) where.push(`w.language IN (${list(query.languages.map(normalizeFacet))})`)
  if (query.complete !== undefined) where.push(`w.complete = ${param(query.complete ? 1 : 0)}`)
  for (const field of RANGE_FIELDS) {
    const range = query.ranges[field]
    if (range?.min !== undefined) where.push(`w.${RANGE_COLUMN[field]} >= ${param(range.min)}`)
    if (range?.max !== undefined) where.push(`w.${RANGE_COLUMN[field]} <= ${param(range.max)}`)
  }

  const scored = fts.match !== null
  const from = scored ? 'work_search JOIN works AS w ON w.rowid = work_search.rowid' : 'works AS w'
  const sql = [
    `SELECT w.rowid, ${scored ? BM25 : 'NULL'} FROM ${from}`,
    ...joins,
    `WHERE ${where.join(' AND ')}`,
  ].join('\n')
  return { sql, params, scored }
}
