/**
 * The attribute names of a work in a Meilisearch index, shared by the document mapping, the settings
 * and the query compiler so the three can never disagree about what a field is called.
 * @module
 */
import type { FacetField, SortKey } from '../../model/query.js'
import { RANGE_FIELDS, type RangeField } from '../../model/range-filters.js'
import { SORT_VALUE_KEYS, SORT_VALUES, type SortValueKey } from '../../model/sort-values.js'
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD, TAG_KINDS, type TagKind } from '../../model/tag-kind.js'
import { WORK_SUMMARY_FIELDS } from '../../model/work.js'

/** The work's language code, as given: filters and facets fold its case. */
export const LANGUAGE_ATTRIBUTE = 'language'

/**
 * Where facets count a kind: the work's own tags only, never its filter-only ancestors; and the
 * language, which is also its filter's attribute.
 */
export const FACET_FIELD = { ...TAG_FIELD, language: LANGUAGE_ATTRIBUTE } as const satisfies Record<
  FacetField,
  string
>

type FilterFieldName<K extends TagKind> = `${(typeof TAG_FIELD)[K]}_filter`

/**
 * Where filters look for a kind: the work's own tags plus the canonical and meta tags the wrangler
 * added, so that filtering on a meta tag also finds works tagged with its sub-tags.
 */
export const FILTER_FIELD = Object.fromEntries(
  TAG_KINDS.map((kind) => [kind, `${TAG_FIELD[kind]}_filter`]),
) as { [K in TagKind]: FilterFieldName<K> }

type AuthorFilterFieldName<K extends FreeTagKind> = `${(typeof TAG_FIELD)[K]}_author_filter`

/**
 * Where `tagSource: 'author'` filters look for a free kind: the filter values that stand for tags the
 * author wrote (see `authorFilterValues`), leaving out tags inferred from the text.
 */
export const AUTHOR_FILTER_FIELD = Object.fromEntries(
  FREE_TAG_KINDS.map((kind) => [kind, `${TAG_FIELD[kind]}_author_filter`]),
) as { [K in FreeTagKind]: AuthorFilterFieldName<K> }

/** Range fields keep their query names as attributes; `chapters` holds the posted count. */
/** Each range filter's attribute: its query field's name, holding `RANGE_FILTERS[field].value(work)`. */
export const RANGE_ATTRIBUTE = Object.fromEntries(RANGE_FIELDS.map((field) => [field, field])) as Record<
  RangeField,
  RangeField
>

/**
 * A lowercased copy of the title: sorting on the title itself would order by whatever spelling the
 * facet index happened to keep, and keeping the key separate leaves the title's ranking untouched.
 */
export const TITLE_SORT_ATTRIBUTE = 'title_sort'

/** Each sort value's attribute (`model/sort-values.ts`), named as the embedded engine's column. */
export const SORT_VALUE_ATTRIBUTE = Object.fromEntries(
  SORT_VALUE_KEYS.map((key) => [key, SORT_VALUES[key].column]),
) as Record<SortValueKey, string>

/** The attribute each sort key of the query model orders by. */
export const SORT_ATTRIBUTE: Record<SortKey, string> = {
  title: TITLE_SORT_ATTRIBUTE,
  ...RANGE_ATTRIBUTE,
  ...SORT_VALUE_ATTRIBUTE,
}

/** True for crossovers (`Work.crossover`). */
export const CROSSOVER_ATTRIBUTE = 'crossover'

/** The work's main relationship: its first, as a list of none or one for the `IN` filter. */
export const MAIN_RELATIONSHIP_ATTRIBUTE = 'main_relationship'

/** The primary key: Meilisearch identifies a work by its id. */
export const ID_ATTRIBUTE = 'id'

/** The last sort key of every search, so equal works always come back in the same order. */
export const TIEBREAK_ATTRIBUTE = ID_ATTRIBUTE

/** The joined chapter text: searchable and croppable, never sent back with search hits. */
export const TEXT_ATTRIBUTE = 'text'

/** Searchable attributes, most important first, as AO3 weighs them. */
export const SEARCHABLE_ATTRIBUTES = [
  'title',
  'authors',
  'summary',
  'fandoms',
  'relationships',
  'characters',
  'eras',
  'freeforms',
  'notes',
  TEXT_ATTRIBUTE,
] as const

/** What a search hit retrieves: enough to rebuild a work summary, without the text. */
export const SUMMARY_ATTRIBUTES = [...WORK_SUMMARY_FIELDS, 'chaptersExpected'] as const
