/**
 * Compiles the engine-neutral query into a Meilisearch filter. The query first becomes a small
 * internal plan (an AND of clauses, where a list of clauses is an OR), which then renders to the
 * array form the server accepts: outer array AND, inner array OR, at most two levels. Flat shapes
 * keep every filter far below the parser's depth limit, however many values a query carries.
 * @module
 */

import { RANGE_FIELDS, type Scope, type SearchQuery, VISIBLE_IN_SCOPE } from '../../model/query.js'
import { isFreeTagKind, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import {
  AUTHOR_FILTER_FIELD,
  CROSSOVER_ATTRIBUTE,
  FILTER_FIELD,
  ID_ATTRIBUTE,
  LANGUAGE_ATTRIBUTE,
  MAIN_RELATIONSHIP_ATTRIBUTE,
  RANGE_ATTRIBUTE,
} from './fields.js'
import {
  allOf,
  anyOf,
  compare,
  equals,
  hasAny,
  inclusiveRange,
  isEmptyOrMissing,
  noneOf,
} from './filter-primitives.js'

export type FilterClause =
  | { op: 'equals'; attribute: string; value: string | number | boolean }
  | { op: 'anyOf' | 'allOf' | 'noneOf'; attribute: string; values: readonly string[] }
  | { op: 'range'; attribute: string; min?: number; max?: number }
  | { op: 'compare'; attribute: string; operator: '>' | '<'; value: number }
  | { op: 'emptyOrMissing' | 'hasAny'; attribute: string }

/** An AND of elements; an element that is a list is an OR of its clauses. */
export type FilterPlan = readonly (FilterClause | readonly FilterClause[])[]

/** The array form of a filter as the client sends it. */
export type MeilisearchFilter = (string | string[])[]

/** The filter text of one clause. */
export function renderClause(clause: FilterClause): string {
  switch (clause.op) {
    case 'equals':
      return equals(clause.attribute, clause.value)
    case 'anyOf':
      return anyOf(clause.attribute, clause.values)
    case 'allOf':
      return allOf(clause.attribute, clause.values)
    case 'noneOf':
      return noneOf(clause.attribute, clause.values)
    case 'range': {
      const text = inclusiveRange(clause.attribute, clause.min, clause.max)
      if (text === null) throw new RangeError(`range on ${clause.attribute} has no bound`)
      return text
    }
    case 'compare':
      return compare(clause.attribute, clause.operator, clause.value)
    case 'emptyOrMissing':
      return isEmptyOrMissing(clause.attribute)
    case 'hasAny':
      return hasAny(clause.attribute)
  }
}

/**
 * The array form of a plan. Each string is parsed by the server on its own, so an element such as
 * `a = "x" AND a = "y"` inside an OR list keeps its meaning without parentheses.
 */
export function renderFilter(plan: FilterPlan): MeilisearchFilter {
  return plan.map((element) => (isClauseList(element) ? element.map(renderClause) : renderClause(element)))
}

function isClauseList(element: FilterClause | readonly FilterClause[]): element is readonly FilterClause[] {
  return Array.isArray(element)
}

type FilterInput = Pick<
  SearchQuery,
  | 'tags'
  | 'tagSource'
  | 'authors'
  | 'excludeAuthors'
  | 'excludeIds'
  | 'mainRelationships'
  | 'crossover'
  | 'singleChapter'
  | 'languages'
  | 'complete'
  | 'ranges'
>

/** A one-shot: one chapter posted, and complete. */
const ONE_SHOT: FilterClause[] = [
  { op: 'equals', attribute: RANGE_ATTRIBUTE.chapters, value: 1 },
  { op: 'equals', attribute: 'complete', value: true },
]

/** The attribute a kind's tag filters read: with `tagSource: 'author'`, the author's tags of a free kind. */
function tagAttribute(kind: TagKind, tagSource: SearchQuery['tagSource']): string {
  return tagSource === 'author' && isFreeTagKind(kind)
    ? AUTHOR_FILTER_FIELD[kind as keyof typeof AUTHOR_FILTER_FIELD]
    : FILTER_FIELD[kind]
}

/**
 * The caller's constraints, in a fixed order: tag kinds, authors, muted authors and works, main
 * relationships, languages, complete, crossover, one-shots, ranges.
 */
export function queryFilterPlan(query: FilterInput): (FilterClause | FilterClause[])[] {
  const plan: (FilterClause | FilterClause[])[] = []
  for (const kind of TAG_KINDS) {
    const filter = query.tags[kind]
    if (!filter) continue
    const attribute = tagAttribute(kind, query.tagSource)
    if (filter.all.length > 0) plan.push({ op: 'allOf', attribute, values: filter.all })
    if (filter.any.length > 0) plan.push({ op: 'anyOf', attribute, values: filter.any })
    if (filter.exclude.length > 0) plan.push({ op: 'noneOf', attribute, values: filter.exclude })
  }
  if (query.authors.length > 0) plan.push({ op: 'anyOf', attribute: 'authors', values: query.authors })
  if (query.excludeAuthors.length > 0)
    plan.push({ op: 'noneOf', attribute: 'authors', values: query.excludeAuthors })
  if (query.excludeIds.length > 0)
    plan.push({ op: 'noneOf', attribute: ID_ATTRIBUTE, values: query.excludeIds })
  if (query.mainRelationships.length > 0)
    plan.push({ op: 'anyOf', attribute: MAIN_RELATIONSHIP_ATTRIBUTE, values: query.mainRelationships })
  if (query.languages.length > 0)
    plan.push({ op: 'anyOf', attribute: LANGUAGE_ATTRIBUTE, values: query.languages })
  if (query.complete !== undefined) plan.push({ op: 'equals', attribute: 'complete', value: query.complete })
  if (query.crossover !== 'include')
    plan.push({ op: 'equals', attribute: CROSSOVER_ATTRIBUTE, value: query.crossover === 'only' })
  if (query.singleChapter === true) plan.push(...ONE_SHOT)
  if (query.singleChapter === false)
    plan.push([
      { op: 'compare', attribute: RANGE_ATTRIBUTE.chapters, operator: '>', value: 1 },
      { op: 'equals', attribute: 'complete', value: false },
    ])
  for (const field of RANGE_FIELDS) {
    const range = query.ranges[field]
    if (!range || (range.min === undefined && range.max === undefined)) continue
    plan.push({ op: 'range', attribute: RANGE_ATTRIBUTE[field], min: range.min, max: range.max })
  }
  return plan
}

/** The works a scope may see. Every search and read carries it; the caller cannot remove it. */
export function visibilityClause(scope: Scope): FilterClause {
  const visible = VISIBLE_IN_SCOPE[scope]
  return visible.length === 1
    ? { op: 'equals', attribute: 'visibility', value: visible[0] }
    : { op: 'anyOf', attribute: 'visibility', values: visible }
}

/** The full filter of a search: the caller's constraints, then the visibility element on its own. */
export function compileFilter(query: FilterInput & Pick<SearchQuery, 'scope'>): MeilisearchFilter {
  return renderFilter([...queryFilterPlan(query), visibilityClause(query.scope)])
}
