/**
 * The query text as Meilisearch takes it: `q` in Meilisearch's own syntax (words, `"phrases"`, `-word`)
 * and, for a field scope, `attributesToSearchOn`. One request can search one set of attributes and
 * has no OR, so a query that needs either (alternatives, or terms scoped to different fields) is a
 * `QuerySyntaxError` at the first term that needs it, never a silently wider or narrower search.
 * @module
 */
import { parseTextQuery, QuerySyntaxError, type TextField } from '../../engine/text/query-syntax.js'
import type { SEARCHABLE_ATTRIBUTES } from './fields.js'

type Searchable = (typeof SEARCHABLE_ATTRIBUTES)[number]

const FIELD_ATTRIBUTES: Record<TextField, readonly Searchable[]> = {
  title: ['title'],
  author: ['authors'],
  summary: ['summary'],
  tag: ['fandoms', 'relationships', 'characters', 'eras', 'freeforms'],
}

export interface MeilisearchText {
  q: string
  /** Only the attributes a field scope names; absent: every searchable attribute. */
  attributesToSearchOn?: Searchable[]
}

/** Compiles user text; throws `QuerySyntaxError` when it is malformed or needs OR or mixed fields. */
export function meilisearchText(text: string): MeilisearchText {
  const clauses = parseTextQuery(text)
  const parts: string[] = []
  let field: TextField | undefined
  for (const [i, clause] of clauses.entries()) {
    const [term, alternative] = clause.alternatives
    if (term === undefined) continue
    if (alternative !== undefined)
      throw new QuerySyntaxError('OR is not supported by the Meilisearch engine', alternative.position)
    if (i > 0 && term.field !== field)
      throw new QuerySyntaxError('terms scoped to different fields need the embedded engine', term.position)
    field = term.field
    parts.push(`${clause.negated ? '-' : ''}${term.phrase ? `"${term.text}"` : term.text}`)
  }
  const q = parts.join(' ')
  return field === undefined ? { q } : { q, attributesToSearchOn: [...FIELD_ATTRIBUTES[field]] }
}
