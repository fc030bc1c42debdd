/**
 * Friendly names for the API's types, generated from the server's OpenAPI document.
 * @module
 */
import type { components, operations } from './generated/openapi.js'

type Schemas = components['schemas']

/** A work with its metadata, tags, stats and chapter titles (`getWork`). */
export type Work = Schemas['Work']
/** A work as search hits carry it: no chapter titles. */
export type WorkSummary = Schemas['WorkSummary']
/** Where one of a work's tags came from: the author, or inference from the text. */
export type TagProvenance = Schemas['TagProvenance']
/** One chapter's text (`getChapter`). */
export type Chapter = Schemas['Chapter']
/** A page of search results with facets, stats and links. */
export type SearchResult = Schemas['SearchResult']
export type SearchHit = Schemas['SearchHit']
export type Highlights = Schemas['Highlights']
export type Facets = Schemas['Facets']
/** One facet: its top values (with `selected` on those the search filters by), `more`, `disjunctive`. */
export type Facet = Schemas['Facet']
export type FacetValue = Schemas['FacetValue']
/** A tag filter the search applied, with the canonical tag it was read as and whether it is known. */
export type AppliedFilter = Schemas['AppliedFilter']
/** The values of one facet matching typed text (`searchFacetValues`). */
export type FacetValueSearch = Schemas['FacetValueSearch']
/** The filters of a search plus `facet_query` and `facet_limit` (`searchFacetValues`). */
export type SearchFacetValuesParams = NonNullable<operations['searchFacetValues']['parameters']['query']>
export type Stats = Schemas['Stats']
/**
 * A work search: `q`, tag filters (`fandom`, `relationship_any`, `freeform_not`…), ranges
 * (`words_min`, `updated_from`…), `sort`, `page`, `per_page`, `facets`… The names are those of a
 * shareable search URL, the same for `search` (a JSON body) and `searchWorks` (a query string).
 */
export type SearchQuery = Schemas['SearchQuery']
/** The same search as query parameters (`searchWorks`); every search is also a shareable URL. */
export type SearchWorksParams = NonNullable<operations['searchWorks']['parameters']['query']>
/** One of the tag kinds: `rating`, `warning`, `category`, `fandom`, `relationship`, `character`, `era`, `freeform`. */
export type TagKind = keyof Facets
/** Tags found by `searchTags`, the most used first. */
export type TagList = Schemas['TagList']
/** A canonical tag matching typed text, with what matched and how many works use it. */
export type TagHit = Schemas['TagHit']
/** A tag with its synonyms, meta tags, sub-tags and use (`getTag`). */
export type Tag = Schemas['Tag']
/** The parameters of tag autocomplete (`searchTags`). */
export type SearchTagsParams = NonNullable<operations['searchTags']['parameters']['query']>
/** The server's health (`health`). */
export type Health = Schemas['Health']
/** The error document every failed request answers with. */
export type Problem = Schemas['Problem']
/** What went wrong, for programs: `not_found`, `validation_failed`, `unauthorized`… */
export type ProblemCode = Problem['code']
/** One invalid input value of a `validation_failed` problem. */
export type FieldError = Schemas['FieldError']
