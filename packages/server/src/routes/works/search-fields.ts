/**
 * The search parameters, declared once: each one's name, kind of value, limits and meaning, in groups
 * the API reference explains together. The names are the AO3-like snake_case of shareable search URLs,
 * and they are the same everywhere: the query string of `GET /v1/works`, the JSON body of
 * `POST /v1/works/search` and the SDK. Both routes' schemas, their OpenAPI text and the links in
 * results derive from this table (`search-query.ts`, `search-params.ts`).
 * @module
 */
import {
  BOOKMARKS_PER_KUDOS_MIN_KUDOS,
  CROSSOVER_CHOICES,
  type FacetField,
  KUDOS_PER_HIT_MIN_HITS,
  MAX_FACET_VALUES,
  MAX_FILTER_VALUES,
  MAX_PER_PAGE,
  MAX_SEED,
  RANGE_FIELDS,
  RANGE_FILTERS,
  type RangeField,
  SHUFFLES,
  SORT_FIELDS,
  TAG_KIND_LABELS,
  TAG_KINDS,
  type TagKind,
} from '@ficdex/core'
import {
  choice,
  choices,
  day,
  type FieldType,
  flag,
  name,
  names,
  text,
  whole,
  within,
} from './search-field-types.js'

/** One search parameter: its kind of value and what the API reference says about it. */
export interface SearchField<T = unknown> extends FieldType<T> {
  description: string
  example?: T
}

const field = <T>(type: FieldType<T>, description: string, example?: NoInfer<T>): SearchField<T> => ({
  ...type,
  description,
  ...(example === undefined ? {} : { example }),
})

type RangeSpecs = typeof RANGE_FILTERS
/** The API names of the range filters of one type (`model/range-filters.ts` in core declares them). */
type ParamOf<T extends RangeSpecs[RangeField]['type']> = {
  [F in RangeField]: RangeSpecs[F]['type'] extends T ? RangeSpecs[F]['param'] : never
}[RangeField]
const paramsOf = <T extends 'count' | 'date'>(type: T) =>
  RANGE_FIELDS.filter((field) => RANGE_FILTERS[field].type === type).map(
    (field) => RANGE_FILTERS[field].param,
  ) as ParamOf<T>[]

/** Numeric fields that can be ranged and summarised, by their API names. */
export const NUMBER_FIELDS = paramsOf('count')
export type NumberField = ParamOf<'count'>
/** Date fields that can be ranged and summarised, by their API names. */
export const DATE_FIELDS = paramsOf('date')
export type DateField = ParamOf<'date'>
export const STAT_FIELDS = [...NUMBER_FIELDS, ...DATE_FIELDS] as [StatField, ...StatField[]]
export type StatField = NumberField | DateField

/** The engine's name for each API field. */
export const ENGINE_FIELD = Object.fromEntries(
  RANGE_FIELDS.map((field) => [RANGE_FILTERS[field].param, field]),
) as Record<StatField, RangeField>

/** Facets by their API names: each as its filter is named (`fandom`, …, `lang`). */
export const FACET_PARAMS = [...TAG_KINDS, 'lang'] as const
export type FacetParam = (typeof FACET_PARAMS)[number]

/** The engine's name for each facet. */
export const FACET_FIELD: Record<FacetParam, FacetField> = {
  ...(Object.fromEntries(TAG_KINDS.map((kind) => [kind, kind])) as Record<TagKind, TagKind>),
  lang: 'language',
}

/** What the API reference calls each field. */
const ABOUT = Object.fromEntries(
  RANGE_FIELDS.map((field) => [RANGE_FILTERS[field].param, RANGE_FILTERS[field].about]),
) as Record<StatField, string>

/** Which tags filters look at. */
export const TAG_SOURCES = ['any', 'author'] as const

/** An example tag of each kind, for the API reference. */
const TAG_EXAMPLE: Record<TagKind, string> = {
  rating: 'Teen And Up Audiences',
  warning: 'No Archive Warnings Apply',
  category: 'F/M',
  fandom: "Grey's Anatomy",
  relationship: 'Addison Montgomery/Derek Shepherd',
  character: 'Addison Montgomery',
  era: "Grey's Anatomy Season 3",
  freeform: 'Enemies to Lovers',
}

type TagParam = TagKind | `${TagKind}_any` | `${TagKind}_not`
type NumberParam = `${NumberField}_min` | `${NumberField}_max`
type DateParam = `${DateField}_from` | `${DateField}_to`
type WithinParam = `${DateField}_within`

function tagFields() {
  const fields: Record<string, SearchField<string[]>> = {}
  for (const kind of TAG_KINDS) {
    const example = [TAG_EXAMPLE[kind]]
    const { singular, plural } = TAG_KIND_LABELS[kind]
    const these = plural.toLowerCase()
    fields[kind] = field(names(), `Works must carry every one of these ${these}.`, example)
    fields[`${kind}_any`] = field(names(), `Works must carry at least one of these ${these}.`, example)
    fields[`${kind}_not`] = field(
      names(),
      `Works must carry none of these ${these}; works with no ${singular.toLowerCase()} qualify.`,
      example,
    )
  }
  return fields as { [P in TagParam]: SearchField<string[]> }
}

function rangeFields() {
  const fields: Record<string, SearchField<number> | SearchField<string>> = {}
  for (const stat of NUMBER_FIELDS) {
    fields[`${stat}_min`] = field(whole(0), `Fewest ${ABOUT[stat]}, inclusive.`)
    fields[`${stat}_max`] = field(whole(0), `Most ${ABOUT[stat]}, inclusive.`)
  }
  for (const stat of DATE_FIELDS) {
    fields[`${stat}_from`] = field(
      day(),
      `First day ${ABOUT[stat]}, inclusive (YYYY-MM-DD, UTC).`,
      '2020-01-01',
    )
    fields[`${stat}_to`] = field(
      day(),
      `Last day ${ABOUT[stat]}, inclusive: the whole day counts (YYYY-MM-DD, UTC).`,
      '2020-12-31',
    )
    fields[`${stat}_within`] = field(
      within(),
      `Works ${ABOUT[stat]} within this span back from now: days, weeks, months (30 days) or years (365 days), as \`7d\`, \`2w\`, \`6m\`, \`1y\`; counted from the start of the current minute. With \`${stat}_from\`, the later of the two applies.`,
      '7d',
    )
  }
  return fields as { [P in NumberParam]: SearchField<number> } & {
    [P in DateParam | WithinParam]: SearchField<string>
  }
}

/** A group of parameters the API reference explains together. */
export interface FieldGroup<F extends Record<string, SearchField<unknown>>> {
  title: string
  /** What the group's parameters have in common, for the route descriptions. */
  about: string
  /** How to name the parameters in the description, when listing them all would not help. */
  pattern?: string
  fields: F
}

const group = <F extends Record<string, SearchField<unknown>>>(g: FieldGroup<F>) => g

const TEXT = group({
  title: 'Text',
  about: 'Full-text search over title, summary, tags and text.',
  fields: {
    q: field(
      text(),
      'Full-text query over title, authors, summary, notes, tags and text. Every word must match; `"a phrase"` matches adjacent words, `-word` excludes, `a OR b` matches either, `title:`, `author:`, `summary:` and `tag:` confine a term to that field. Typos are tolerated by the word\'s length (one from 5 letters, two from 9, never on the first letter); the last word also matches as a prefix; ship names and tag synonyms find their canonical tags (`addek`). A malformed query is a `validation_failed` error that gives the position. Grammar and examples: `docs/query-syntax.md`.',
      'time travel',
    ),
  },
})

const TAGS = group({
  title: 'Tags',
  pattern: '`<kind>`, `<kind>_any`, `<kind>_not`',
  about: `For each kind (${TAG_KINDS.map((kind) => `\`${kind}\``).join(', ')}): \`<kind>\` requires every listed tag, \`<kind>_any\` at least one, \`<kind>_not\` none (works without a tag of the kind qualify). Up to ${MAX_FILTER_VALUES} values each: repeat a query parameter (\`fandom=A&fandom=B\`; values are never split on commas, which tags contain), or give a JSON list; one value alone is a list of one. Each value is resolved through the tag vocabulary before searching, as AO3 does: case does not matter, a synonym finds its canonical tag (\`relationship=Addek\` finds works tagged “Addison Montgomery/Derek Shepherd”), and a meta tag finds its sub-tags (\`fandom=Grey's Anatomy Universe\` also finds Private Practice). Values the vocabulary does not know match tags as written.`,
  fields: tagFields(),
})

const ERA_RANGE = group({
  title: 'Era range',
  about:
    'Together, `era_fandom`, `era_from` and `era_to` find works set in at least one era of the fandom from one era to the other, inclusive, in story order (`era_fandom=GA&era_from=Season 2&era_to=Season 4`). Names and synonyms both work; an unknown fandom or era is a `validation_failed` error naming the parameter. A range combines with `era` (required eras) and `era_not`; with `era_any` only when one contains the other.',
  fields: {
    era_fandom: field(
      name(),
      'The fandom whose eras the era range spans (its name or a synonym, e.g. `GA`). Give it with `era_from` and `era_to`.',
      "Grey's Anatomy",
    ),
    era_from: field(
      name(),
      'The first era of the range, inclusive (a name or synonym, e.g. `Season 2`).',
      'Season 2',
    ),
    era_to: field(
      name(),
      'The last era of the range, inclusive; the bounds may be given either way round.',
      'Season 4',
    ),
  },
})

const WORK = group({
  title: 'Work',
  about: 'Which tags count, who wrote the work, whether it is finished, its language.',
  fields: {
    tag_source: field(
      choice(TAG_SOURCES),
      '`author` to match only the tags authors wrote (and their meta tags) in fandom, relationship, character, era and freeform filters, never tags inferred from the text; `any` (the default) matches both.',
      'author',
    ),
    author: field(names(), 'Works by any of these authors.', ['quillfeather']),
    author_not: field(
      names(),
      'Works by none of these authors (case aside): muting, done by the server rather than hidden by the page. Works without authors qualify.',
      ['quillfeather'],
    ),
    id_not: field(names(), 'Never these works, by id: works a reader has read or muted.', ['no-anesthesia']),
    main_relationship: field(
      names(),
      "Works whose main relationship is any of these: the one the author declared (`main_relationship` in a source file, `mainRelationship` in a write), else the first one tagged; resolved through the vocabulary like `relationship` (`Addek`). A work's other relationships do not count.",
      ['Addison Montgomery/Derek Shepherd'],
    ),
    crossover: field(
      choice(CROSSOVER_CHOICES),
      "AO3's crossover choice: `include` (the default) every work, `exclude` no crossovers, `only` crossovers only. A crossover has two fandoms of which neither is the other or its meta fandom: Grey's Anatomy with Private Practice is one, Grey's Anatomy with Grey's Anatomy Universe is not.",
      'exclude',
    ),
    single_chapter: field(
      flag(),
      '`true` for one-shots only (one chapter, complete), `false` for every other work.',
    ),
    complete: field(flag(), '`true` for complete works only, `false` for works in progress only.'),
    lang: field(names(), 'Works in any of these languages.', ['en']),
  },
})

const RANGES = group({
  title: 'Ranges',
  pattern: '`<field>_min`, `<field>_max`, `<date>_from`, `<date>_to`, `<date>_within`',
  about: `Inclusive bounds: \`_min\`/\`_max\` for ${NUMBER_FIELDS.map((f) => `\`${f}\``).join(', ')}; \`_from\`/\`_to\` for ${DATE_FIELDS.map((f) => `\`${f}\``).join(' and ')}, as YYYY-MM-DD in UTC, where \`_to\` includes the whole day; \`_within\` for the same dates relative to now (\`updated_within=7d\`).`,
  fields: rangeFields(),
})

const RESULTS = group({
  title: 'Results',
  about: 'Order, paging, facet counts, stats and highlights.',
  fields: {
    sort: field(
      choice(SORT_FIELDS),
      `Sort field; \`relevance\` (the default) orders by best match. \`author\` by the first author's name; \`kudos_per_hit\` by kudos per hit, counting fewer than ${KUDOS_PER_HIT_MIN_HITS} hits as ${KUDOS_PER_HIT_MIN_HITS} so that two hits and a kudo do not win (hidden gems); \`bookmarks_per_kudos\` by bookmarks per kudo, counting fewer than ${BOOKMARKS_PER_KUDOS_MIN_KUDOS} kudos as ${BOOKMARKS_PER_KUDOS_MIN_KUDOS}; \`random\` a shuffle chosen by \`seed\`, the same on every page.`,
      'kudos',
    ),
    order: field(
      choice(['asc', 'desc']),
      'Sort direction; defaults to ascending for `title`, `author` and `random`, descending otherwise.',
    ),
    seed: field(
      whole(0, MAX_SEED),
      `The \`random\` sort's seed (default 0): the same seed gives the same order on every page and at every call, while the works stay the same. Seeds pick among ${SHUFFLES} stored shuffles, each in both directions (seed ${SHUFFLES} orders as seed 0). Only with \`sort=random\`.`,
    ),
    page: field(whole(1), '1-based page number.', 1),
    cursor: field(
      text(),
      "Cursor paging, for deep pages and for mirroring the archive: `*` for the first page, then the `cursor` of each answer's `links.next`. A page starts after the last work of the previous one (search-after on the sort key and id), so works added or deleted meanwhile never make a page repeat or skip a work, and page 50 costs what page 1 does. Not with `page`, nor with the relevance sort of a `q`; keep `sort` and `order` while paging.",
    ),
    per_page: field(whole(1, MAX_PER_PAGE), `Hits per page (default 20, at most ${MAX_PER_PAGE}).`, 20),
    facets: field(
      choices(FACET_PARAMS),
      'Tag kinds, and `lang` (the works’ languages), whose values to count over all matching works. A kind filtered with `<kind>_any` (or `lang`) is counted disjunctively, as faceted search pages expect: as if its own any-of filter were absent, every other condition applied, so each value shows the works it would find if chosen. In a query string comma-separated, repeated, or both.',
      ['fandom', 'relationship'],
    ),
    facet_limit: field(
      whole(1, MAX_FACET_VALUES),
      `Values per facet (default 10, at most ${MAX_FACET_VALUES}).`,
      10,
    ),
    stats: field(
      choices(STAT_FIELDS),
      'Fields whose minimum and maximum over all matching works to return. In a query string comma-separated, repeated, or both.',
      ['words', 'published'],
    ),
    highlight: field(flag(), '`true` to return highlighted excerpts with each hit.'),
  },
})

const FACET_SEARCH = group({
  title: 'Facet value search',
  about: 'What to look for among the values of the facet, and how many values to return.',
  fields: {
    facet_query: field(
      text(),
      'Text to find in the values: the start of a value or of one of its words, typos allowed by word length (none in 1–4 letters, one in 5–8, two beyond; never the first letter or a digit), case, accents and punctuation aside; a synonym or ship name finds its canonical tag. Empty or absent: the most common values.',
      'addi',
    ),
    facet_limit: field(
      whole(1, MAX_FACET_VALUES),
      `Values to return (default 10, at most ${MAX_FACET_VALUES}).`,
      10,
    ),
  },
})

/** The groups that choose which works match: what a facet-value search or a count would share. */
export const FILTER_GROUPS = [TEXT, TAGS, ERA_RANGE, WORK, RANGES] as const
/** Every group, in the order of the API reference and of the parameters in links. */
export const SEARCH_GROUPS = [...FILTER_GROUPS, RESULTS] as const

/** Parameters that choose which works match. */
export const FILTER_FIELDS = {
  ...TEXT.fields,
  ...TAGS.fields,
  ...ERA_RANGE.fields,
  ...WORK.fields,
  ...RANGES.fields,
}

/** The parameters of a facet value search: the filters of a search, and what to look for. */
export const FACET_SEARCH_GROUPS = [...FILTER_GROUPS, FACET_SEARCH] as const
export const FACET_SEARCH_FIELDS = { ...FILTER_FIELDS, ...FACET_SEARCH.fields }

/** Every search parameter, in reference order. */
export const SEARCH_FIELDS = { ...FILTER_FIELDS, ...RESULTS.fields }
export type SearchFieldName = keyof typeof SEARCH_FIELDS
