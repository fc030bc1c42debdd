/**
 * The engine-neutral search query. The server turns HTTP input into this; each engine compiles it.
 * @module
 */
import { z } from 'zod'
import { RANGE_FIELDS, type RangeField } from './range-filters.js'
import { SHUFFLES, type SortValueKey, shuffleOf } from './sort-values.js'
import { TAG_KINDS, type TagKind } from './tag-kind.js'
import type { Visibility } from './work.js'

export { RANGE_FIELDS, type RangeField } from './range-filters.js'

export const SORT_FIELDS = [
  'relevance',
  'updated',
  'published',
  'words',
  'kudos',
  'hits',
  'comments',
  'bookmarks',
  'title',
  'author',
  'kudos_per_hit',
  'bookmarks_per_kudos',
  'random',
] as const
export type SortField = (typeof SORT_FIELDS)[number]

/**
 * What each explicit sort orders by: a range field's value, the title (case and accents aside), or a
 * sort value (`model/sort-values.ts`). Each engine maps these to its own columns or attributes;
 * `relevance` is an engine's own order, and `random` orders by the stored shuffle its seed picks.
 */
export const SORT_KEY = {
  updated: 'updatedAt',
  published: 'publishedAt',
  words: 'words',
  kudos: 'kudos',
  hits: 'hits',
  comments: 'comments',
  bookmarks: 'bookmarks',
  title: 'title',
  author: 'authorKey',
  kudos_per_hit: 'kudosPerHit',
  bookmarks_per_kudos: 'bookmarksPerKudos',
} as const satisfies Record<Exclude<SortField, 'relevance' | 'random'>, SortKey>

export type SortKey = RangeField | 'title' | SortValueKey

/** The key a sort orders by; relevance without text orders by update time. */
export function sortKey(sort: Pick<SearchQuery['sort'], 'field' | 'seed'>): SortKey {
  if (sort.field === 'relevance') return 'updatedAt'
  if (sort.field === 'random') return shuffleOf(sort.seed ?? 0)
  return SORT_KEY[sort.field]
}

/** Every key some sort orders by: what an engine must be able to sort on. */
export const SORTED_KEYS: readonly SortKey[] = [
  ...Object.values(SORT_KEY),
  ...Array.from({ length: SHUFFLES }, (_, n) => shuffleOf(n)),
]

/** Sorts whose default direction is ascending (alphabetical ones, and a shuffle). */
const ASCENDING_BY_DEFAULT: readonly SortField[] = ['title', 'author', 'random']

/** AO3's crossover choices: all works, none that are crossovers, or crossovers only. */
export const CROSSOVER_CHOICES = ['include', 'exclude', 'only'] as const

/**
 * Who is asking: `public` sees public works only; `members` also sees restricted (archive-locked) works;
 * `all` (administrators) also sees hidden works.
 */
export const SCOPES = ['public', 'members', 'all'] as const
export type Scope = (typeof SCOPES)[number]

export const MAX_PER_PAGE = 100
export const MAX_SEED = 2 ** 31 - 1
export const MAX_FACET_VALUES = 100
/** Values one filter may list (tags of one kind, authors, languages). */
export const MAX_FILTER_VALUES = 50
/** Characters of the search text, and of one filter value. */
export const MAX_TEXT_LENGTH = 500

const Values = z.array(z.string().trim().min(1).max(MAX_TEXT_LENGTH)).max(MAX_FILTER_VALUES)

/** Include-all, include-any and exclude for one tag kind. Exclusion keeps works lacking the kind. */
export const TagFilter = z.object({
  all: Values.default([]),
  any: Values.default([]),
  exclude: Values.default([]),
})
export type TagFilter = z.infer<typeof TagFilter>

/** Inclusive bounds; either may be absent. */
export const Range = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max')
export type Range = z.infer<typeof Range>

/**
 * What a search can count values of: every tag kind, and the work's language (one value per work,
 * filtered with any-of `languages`).
 */
export const FACET_FIELDS = [...TAG_KINDS, 'language'] as const
export type FacetField = (typeof FACET_FIELDS)[number]

export const isTagKind = (field: FacetField): field is TagKind => field !== 'language'

export const SearchQuery = z.object({
  text: z.string().trim().max(MAX_TEXT_LENGTH).default(''),
  tags: z.partialRecord(z.enum(TAG_KINDS), TagFilter).default({}),
  /** Works by any of these authors. */
  authors: Values.default([]),
  complete: z.boolean().optional(),
  /** Works by none of these authors (works without authors qualify): muting, done by the server. */
  excludeAuthors: Values.default([]),
  /** Never these works. */
  excludeIds: Values.default([]),
  /** Works whose main relationship (their first) is any of these. */
  mainRelationships: Values.default([]),
  /** Crossovers: works in two fandoms neither of which is the other's meta fandom (`Work.crossover`). */
  crossover: z.enum(CROSSOVER_CHOICES).default('include'),
  /** `true`: one-shots (one chapter, complete); `false`: every other work. */
  singleChapter: z.boolean().optional(),
  /** Works in any of these languages. */
  languages: Values.default([]),
  ranges: z.partialRecord(z.enum(RANGE_FIELDS), Range).default({}),
  scope: z.enum(SCOPES).default('public'),
  sort: z
    .object({
      field: z.enum(SORT_FIELDS),
      order: z.enum(['asc', 'desc']).optional(),
      /** The `random` sort's seed: the same seed gives the same order, page after page. */
      seed: z.number().int().min(0).max(MAX_SEED).optional(),
    })
    .default({ field: 'relevance' }),
  page: z.number().int().min(1).default(1),
  /**
   * Search-after: only the works that sort after this one (its sort value, null for an unknown date,
   * and id), for cursor pagination; `page` is then 1. Not with a relevance sort of text, whose scores are not stable keys.
   */
  after: z.object({ value: z.union([z.number(), z.string()]).nullable(), id: z.string() }).optional(),
  perPage: z.number().int().min(1).max(MAX_PER_PAGE).default(20),
  /**
   * Tag kinds (and the language) to count over all matching works, and how many values to return per
   * kind. A kind filtered with any-of values is counted disjunctively, as faceted search pages expect: as if its own any-of
   * filter were absent (its all-of and exclude filters and every other condition still apply), so that
   * the values not chosen yet show the counts they would add if chosen.
   */
  facets: z
    .object({
      kinds: z.array(z.enum(FACET_FIELDS)).default([]),
      limit: z.number().int().min(1).max(MAX_FACET_VALUES).default(10),
    })
    .default({ kinds: [], limit: 10 }),
  /** Min and max over the matching works of these numeric fields. */
  stats: z.array(z.enum(RANGE_FIELDS)).default([]),
  highlight: z.boolean().default(false),
  /**
   * `author`: tag filters of the free kinds (fandom, relationship, character, era, freeform) match only
   * the tags authors wrote and their meta tags, never tags inferred from the text. `any` matches both.
   */
  tagSource: z.enum(['any', 'author']).default('any'),
})
export type SearchQuery = z.infer<typeof SearchQuery>
export type SearchAfter = NonNullable<SearchQuery['after']>
export type SearchQueryInput = z.input<typeof SearchQuery>

/** Validates a query and fills its defaults. */
export const parseQuery = (input: SearchQueryInput): SearchQuery => SearchQuery.parse(input)

/**
 * The direction a sort takes when the caller names none: AO3's defaults (title and author ascending,
 * the rest descending, best match first); a shuffle ascending.
 */
export function sortOrder(sort: SearchQuery['sort']): 'asc' | 'desc' {
  return sort.order ?? (ASCENDING_BY_DEFAULT.includes(sort.field) ? 'asc' : 'desc')
}

/** The requested facets that count disjunctively: those filtered with any-of values. */
export function disjunctiveKinds(query: Pick<SearchQuery, 'facets' | 'tags' | 'languages'>): FacetField[] {
  return query.facets.kinds.filter((kind) =>
    kind === 'language' ? query.languages.length > 0 : (query.tags[kind]?.any.length ?? 0) > 0,
  )
}

/** The query a disjunctive facet counts over: the same, without that facet's any-of values. */
export function withoutAnyOf(query: SearchQuery, kind: FacetField): SearchQuery {
  if (kind === 'language') return query.languages.length === 0 ? query : { ...query, languages: [] }
  const filter = query.tags[kind]
  if (!filter || filter.any.length === 0) return query
  return { ...query, tags: { ...query.tags, [kind]: { ...filter, any: [] } } }
}

/** A search among the values of one tag kind (`SearchEngine.searchFacet`). */
export interface FacetSearch {
  kind: TagKind
  /** What the user typed; empty lists the most common values. */
  text: string
  /** Values to return at most (1 to `MAX_FACET_VALUES`). */
  limit: number
  /**
   * Values that match whatever the text, as if they matched it without typos: e.g. the canonical tags
   * whose synonyms match it ("Addek" for "Addison Montgomery/Derek Shepherd"), which the caller finds in
   * the vocabulary. Compared after facet normalization.
   */
  alsoMatching?: readonly string[]
}

/** Which works a scope may see. */
export const VISIBLE_IN_SCOPE = {
  public: ['public'],
  members: ['public', 'restricted'],
  all: ['public', 'restricted', 'hidden'],
} as const satisfies Record<Scope, readonly Visibility[]>

/** Whether a scope may see a work of this visibility. */
export function scopeSees(scope: Scope, visibility: Visibility): boolean {
  return (VISIBLE_IN_SCOPE[scope] as readonly Visibility[]).includes(visibility)
}
