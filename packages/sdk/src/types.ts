/**
 * Friendly names for the API's types, generated from the server's OpenAPI document, and the search
 * result typed by the search that asked for it.
 * @module
 */
import type { components, operations } from './generated/openapi.js'

type Schemas = components['schemas']

/** A work with its metadata, tags, stats and chapter titles (`works.get`). */
export type Work = Schemas['Work']
/**
 * A work as a writer sends it to `works.put`: metadata, author tags, stats, chapters. Only these three
 * fields are required (dates may be left out when unknown); the document lists every field as required
 * because the server fills defaults.
 */
export type WorkWrite = Pick<Schemas['WorkWrite'], 'title' | 'words' | 'complete'> &
  Partial<Schemas['WorkWrite']>
/** What `works.put` answers: the stored work, whether it is new, whether anything changed. */
export type WorkWriteResult = Schemas['WorkWriteResult']
/** One line of `works.batch`: a work to store with its id, or a work to delete. */
export type BatchLine = (WorkWrite & { id: string }) | { id: string; delete: true }
/** What `works.batch` answers: how many lines ended in each status, and each line's result. */
export type BatchResult = Schemas['BatchResult']
export type BatchLineResult = Schemas['BatchLineResult']
/** A work as search hits carry it: no chapter titles. */
export type WorkSummary = Schemas['WorkSummary']
/** Where one of a work's tags came from: the author, or inference from the text. */
export type TagProvenance = Schemas['TagProvenance']
/** One chapter's text (`works.chapter`). */
export type Chapter = Schemas['Chapter']
/** A page of search results with facets, stats and links, whatever was asked for. */
export type SearchResult = Schemas['SearchResult']
export type SimilarWorks = Schemas['SimilarWorks']
export type SearchHit = Schemas['SearchHit']
export type Highlights = Schemas['Highlights']
export type Facets = Schemas['Facets']
/** One facet: its top values (with `selected` on those the search filters by), `more`, `disjunctive`. */
export type Facet = Schemas['Facet']
export type FacetValue = Schemas['FacetValue']
/** A tag filter the search applied, with the canonical tag it was read as and whether it is known. */
export type AppliedFilter = Schemas['AppliedFilter']
/** The values of one facet matching typed text (`works.facetValues`). */
export type FacetValueSearch = Schemas['FacetValueSearch']
/** The filters of a search plus `facet_query` and `facet_limit` (`works.facetValues`). */
export type SearchFacetValuesParams = NonNullable<operations['searchFacetValues']['parameters']['query']>
export type Stats = Schemas['Stats']
/**
 * A work search: `q`, tag filters (`fandom`, `relationship_any`, `freeform_not`…), the era range,
 * ranges (`words_min`, `updated_from`…), `sort`, `page`, `per_page`, `facets`, `stats`, `highlight`.
 * The names are those of a shareable search URL; one value may stand for a list of one.
 */
export type SearchQuery = Schemas['SearchQuery']
/** One of the tag kinds: `rating`, `warning`, `category`, `fandom`, `relationship`, `character`, `era`, `freeform` (`TAG_KINDS`). */
export type TagKind = Schemas['TagKind']
/** A name `sort` takes (`SORTS`). */
export type Sort = NonNullable<SearchQuery['sort']>
/** What a search can count values of: a tag kind, or `lang` (the works' languages). */
export type FacetName = keyof Facets
/** A field that `stats` can summarise. */
export type StatField = keyof Stats
/** Tags found by `tags.search`, the most used first. */
export type TagList = Schemas['TagList']
/** A canonical tag matching typed text, with what matched and how many works use it. */
export type TagHit = Schemas['TagHit']
/** A tag with its synonyms, meta tags, sub-tags and use (`tags.get`). */
export type Tag = Schemas['Tag']
/** The parameters of tag autocomplete (`tags.search`). */
export type TagSearch = NonNullable<operations['searchTags']['parameters']['query']>
/** A story and the tags its author has chosen so far (`tags.suggest`). */
export type SuggestTagsRequest = Schemas['SuggestTagsRequest']
/** The tags ficdex would give a story (`tags.suggest`). */
export type TagSuggestions = Schemas['TagSuggestions']
/** One suggested tag, with its confidence, evidence, and whether the indexer would add it. */
export type TagSuggestion = Schemas['TagSuggestion']
/** The server's health (`health`). */
export type Health = Schemas['Health']
/** One work after its latest change: `upsert` with the work, or a `delete` tombstone. */
export type Change = Schemas['Change']
/** A page of the change feed. */
export type Changes = Schemas['Changes']
/** `since` and `limit` of `GET /v1/changes`. */
export type ChangesParams = NonNullable<operations['listChanges']['parameters']['query']>
/** The error document every failed request answers with. */
export type Problem = Schemas['Problem']
/** What went wrong, for programs: `not_found`, `validation_failed`, `unauthorized`… */
export type ProblemCode = Problem['code']
/** One invalid input value of a `validation_failed` problem. */
export type FieldError = Schemas['FieldError']

/** The members of a one-or-many field of a query, as a union. */
type Members<V> = V extends readonly (infer M)[] ? M : V

/** The facets a search asked counts for. */
export type RequestedFacets<Q> = Q extends { facets: infer F } ? Members<F> & FacetName : never
/** The fields a search asked stats for. */
export type RequestedStats<Q> = Q extends { stats: infer S } ? Members<S> & StatField : never

/**
 * The result of a search `Q`: the facets and stats it asked for are present, not optional, so
 * `result.facets.fandom.values` needs no check after `facets: ['fandom']`.
 */
export type SearchResultFor<Q> = Omit<SearchResult, 'facets' | 'stats'> & {
  facets: Facets & { [K in RequestedFacets<Q>]-?: Facet }
  stats: Stats & { [K in RequestedStats<Q>]-?: NonNullable<Stats[K]> | null }
}
