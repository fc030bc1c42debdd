/**
 * The search page's whole state, read from and written to its URL. The names are the API's own query
 * string names (`fandom_any`, `words_min`, `sort`…), so a page URL reads like an AO3 search and like a
 * `GET /v1/works` URL; `more` and `find_<kind>` are the page's own (expanded facets, facet value
 * searches). Writing is canonical: the same state always gives the same URL.
 * @module
 */
import { type Sort as ApiSort, type AppliedFilter, TAG_KINDS, type TagKind } from '@ficdex/sdk'

/** How a tag filters: carried (`all`), one of several carried (`any`), not carried (`not`). */
export const TAG_MODES = ['all', 'any', 'not'] as const
export type TagMode = (typeof TAG_MODES)[number]

/**
 * The sorts the page offers, in the order it lists them, as AO3 words them: the API's sorts but
 * `author`, the two ratios and `random` (which needs a seed), which AO3's form does not offer.
 */
export const SORT_LABELS = {
  relevance: 'Best match',
  updated: 'Date updated',
  published: 'Date posted',
  kudos: 'Kudos',
  hits: 'Hits',
  bookmarks: 'Bookmarks',
  comments: 'Comments',
  words: 'Word count',
  title: 'Title',
} as const satisfies Partial<Record<ApiSort, string>>
export type Sort = keyof typeof SORT_LABELS
export const SORTS = Object.keys(SORT_LABELS) as Sort[]

export type TagFilters = Record<TagKind, Record<TagMode, string[]>>

export interface SearchState {
  q: string
  tags: TagFilters
  wordsMin?: number
  wordsMax?: number
  /** `YYYY-MM-DD`. */
  updatedFrom?: string
  updatedTo?: string
  complete: boolean
  lang?: string
  sort?: Sort
  page: number
  /** Facets showing more values than the default. */
  more: TagKind[]
  /** Text searched for among one facet's values. */
  find: Partial<Record<TagKind, string>>
}

/** The query-string name of a tag filter. */
export function tagParam(kind: TagKind, mode: TagMode): string {
  return mode === 'all' ? kind : `${kind}_${mode}`
}

export function emptyState(): SearchState {
  const tags = Object.fromEntries(TAG_KINDS.map((kind) => [kind, { all: [], any: [], not: [] }])) as unknown
  return { q: '', tags: tags as TagFilters, complete: false, page: 1, more: [], find: {} }
}

export interface ReadResult {
  state: SearchState
  /** Parameters that could not be used, as sentences for the reader. */
  problems: string[]
}

const LIMITS = { text: 500, values: 50 }
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Reads a page URL's query string. Nothing in it is fatal: what cannot be used is reported and left out. */
export function readState(params: URLSearchParams): ReadResult {
  const state = emptyState()
  const problems: string[] = []
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, LIMITS.text)

  state.q = text('q')
  for (const kind of TAG_KINDS) {
    for (const mode of TAG_MODES) {
      const values = params
        .getAll(tagParam(kind, mode))
        .map((value) => value.trim())
        .filter((value) => value !== '')
      state.tags[kind][mode] = [...new Set(values)].slice(0, LIMITS.values)
    }
  }
  const count = (name: string, label: string): number | undefined => {
    const raw = text(name)
    if (raw === '') return undefined
    if (/^\d{1,9}$/.test(raw)) return Number(raw)
    problems.push(`${label} must be a whole number; “${raw}” was left out.`)
    return undefined
  }
  const date = (name: string, label: string): string | undefined => {
    const raw = text(name)
    if (raw === '') return undefined
    if (DATE.test(raw) && !Number.isNaN(Date.parse(raw))) return raw
    problems.push(`${label} must be a date (YYYY-MM-DD); “${raw}” was left out.`)
    return undefined
  }
  state.wordsMin = count('words_min', 'Words from')
  state.wordsMax = count('words_max', 'Words to')
  state.updatedFrom = date('updated_from', 'Updated from')
  state.updatedTo = date('updated_to', 'Updated to')
  state.complete = text('complete') === 'true'
  state.lang = text('lang') || undefined
  const sort = text('sort')
  if ((SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort
  else if (sort !== '') problems.push(`There is no sort “${sort}”; the best matches come first.`)
  const page = text('page')
  state.page = /^\d{1,6}$/.test(page) && Number(page) > 0 ? Number(page) : 1
  const more = new Set(params.getAll('more'))
  state.more = TAG_KINDS.filter((kind) => more.has(kind))
  for (const kind of TAG_KINDS) {
    const find = text(`find_${kind}`)
    if (find !== '') state.find[kind] = find
  }
  return { state, problems }
}

/** The canonical query string of a state: parameters in a fixed order, defaults and blanks left out. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const kind of TAG_KINDS) {
    for (const mode of TAG_MODES) {
      for (const value of state.tags[kind][mode]) params.append(tagParam(kind, mode), value)
    }
  }
  if (state.wordsMin !== undefined) params.set('words_min', String(state.wordsMin))
  if (state.wordsMax !== undefined) params.set('words_max', String(state.wordsMax))
  if (state.updatedFrom) params.set('updated_from', state.updatedFrom)
  if (state.updatedTo) params.set('updated_to', state.updatedTo)
  if (state.complete) params.set('complete', 'true')
  if (state.lang) params.set('lang', state.lang)
  if (state.sort && state.sort !== defaultSort(state)) params.set('sort', state.sort)
  for (const kind of state.more) params.append('more', kind)
  for (const kind of TAG_KINDS) {
    const find = state.find[kind]
    if (find) params.set(`find_${kind}`, find)
  }
  if (state.page > 1) params.set('page', String(state.page))
  return params
}

/** Best matches first for a text search, else the latest updated first, as AO3 lists works. */
export function defaultSort(state: SearchState): Sort {
  return state.q ? 'relevance' : 'updated'
}

/** The sort in force. */
export function sortOf(state: SearchState): Sort {
  return state.sort ?? defaultSort(state)
}

/** The page's URL for a state. */
export function searchHref(state: SearchState): string {
  const query = writeState(state).toString()
  return query ? `/?${query}` : '/'
}

/** A copy of the state with some fields replaced; any change but a page change starts at page 1. */
export function change(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...changes }
}

/** A copy of the state with one tag filter added (in `mode`) or removed (mode `undefined`). */
export function withTag(
  state: SearchState,
  kind: TagKind,
  value: string,
  mode: TagMode | undefined,
): SearchState {
  const same = (other: string) => other.toLowerCase() === value.toLowerCase()
  const filters = Object.fromEntries(
    TAG_MODES.map((m) => [
      m,
      [...state.tags[kind][m].filter((v) => !same(v)), ...(m === mode ? [value] : [])],
    ]),
  ) as Record<TagMode, string[]>
  return change(state, { tags: { ...state.tags, [kind]: filters } })
}

/** How a value is filtered now, if at all. */
export function tagModeOf(state: SearchState, kind: TagKind, value: string): TagMode | undefined {
  const wanted = value.toLowerCase()
  return TAG_MODES.find((mode) => state.tags[kind][mode].some((v) => v.toLowerCase() === wanted))
}

/** How many filters the sidebar holds: each tag, range bound and option counts once. */
export function countFilters(state: SearchState): number {
  const tags = TAG_KINDS.reduce(
    (n, kind) => n + TAG_MODES.reduce((m, mode) => m + state.tags[kind][mode].length, 0),
    0,
  )
  const others = [state.wordsMin, state.wordsMax, state.updatedFrom, state.updatedTo, state.lang]
  return tags + others.filter((value) => value !== undefined).length + (state.complete ? 1 : 0)
}

/** The kind and mode of a tag filter's query-string name, or undefined for any other name. */
export function parseTagParam(param: string): { kind: TagKind; mode: TagMode } | undefined {
  const [, name = '', suffix] = /^([a-z]+?)(?:_(any|not))?$/.exec(param) ?? []
  const kind = TAG_KINDS.find((k) => k === name)
  return kind ? { kind, mode: (suffix as TagMode | undefined) ?? 'all' } : undefined
}

/**
 * The state with every tag value the API read as a known tag written as that tag (“Addek” becomes
 * “Addison Montgomery/Derek Shepherd”), so that the page shows, ticks and links the tags it filters
 * by; and the values the vocabulary does not know.
 */
export function withCanonicalTags(
  state: SearchState,
  filters: readonly AppliedFilter[],
): { state: SearchState; unknown: AppliedFilter[] } {
  const tags = structuredClone(state.tags)
  const unknown: AppliedFilter[] = []
  for (const filter of filters) {
    const where = parseTagParam(filter.param)
    if (!where) continue
    if (!filter.known) {
      unknown.push(filter)
      continue
    }
    const list = tags[where.kind][where.mode]
    const given = filter.value.trim().toLowerCase()
    const at = list.findIndex((value) => value.toLowerCase() === given)
    if (at >= 0) list[at] = filter.tag
    tags[where.kind][where.mode] = [...new Set(list)]
  }
  return { state: { ...state, tags }, unknown }
}
