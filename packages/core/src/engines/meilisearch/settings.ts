/**
 * The index settings of the works index. They are applied before any document is added, because
 * changing searchable, filterable, sortable or ranking settings re-indexes every document.
 * @module
 */
import { createHash } from 'node:crypto'
import type { Settings } from 'meilisearch'
import { MAX_FACET_VALUES, RANGE_FIELDS, SORTED_KEYS } from '../../model/query.js'
import { FREE_TAG_KINDS, TAG_KINDS } from '../../model/tag-kind.js'
import {
  AUTHOR_FILTER_FIELD,
  CROSSOVER_ATTRIBUTE,
  FACET_FIELD,
  FILTER_FIELD,
  ID_ATTRIBUTE,
  LANGUAGE_ATTRIBUTE,
  MAIN_RELATIONSHIP_ATTRIBUTE,
  RANGE_ATTRIBUTE,
  SEARCHABLE_ATTRIBUTES,
  SORT_ATTRIBUTE,
  TIEBREAK_ATTRIBUTE,
} from './fields.js'

/**
 * Finite pagination reports `totalHits` capped at this, and `SearchResult.total` promises the exact
 * count, so the cap must exceed any archive we serve. The cost of a high cap is paid only by deep
 * pages (the ranking has to reach them); counts and facets are computed on the full candidate set
 * either way. One million covers AO3-sized fandoms; raise it for a larger archive.
 */
export const DEFAULT_MAX_TOTAL_HITS = 1_000_000

/**
 * Values returned per facet before we cut to the query's limit. With count ordering the server
 * returns the most frequent first, so anything above `MAX_FACET_VALUES` is exact for the top values
 * and tells whether a facet has more; the headroom keeps ties at the cut from depending on the
 * server's tie order. A facet value search looks among these values only: on a kind with more
 * distinct values among the current results, it finds the most common 1,000.
 */
export const DEFAULT_MAX_VALUES_PER_FACET = 1000

/**
 * Relevance first, `sort` after the rules that decide what matches best (Meilisearch's own order
 * since v1.36, spelled out so older defaults cannot creep in), and the id last so works of equal
 * rank always come back in the same order.
 */
export const RANKING_RULES = [
  'words',
  'typo',
  'proximity',
  'attributeRank',
  'sort',
  'wordPosition',
  'exactness',
  `${TIEBREAK_ATTRIBUTE}:asc`,
] as const

export interface MeilisearchSettingsOptions {
  /** Word → words it also matches (one-way unless listed both ways), e.g. tag synonyms. */
  synonyms?: Record<string, string[]>
  maxTotalHits?: number
  maxValuesPerFacet?: number
}

/**
 * The attributes filters and facets may use. `id` is among them so a single work can be read through
 * search, with the visibility filter applied by the server and a search-only key sufficing.
 */
export function filterableAttributes(): string[] {
  return [
    ID_ATTRIBUTE,
    'visibility',
    'authors',
    LANGUAGE_ATTRIBUTE,
    'complete',
    CROSSOVER_ATTRIBUTE,
    MAIN_RELATIONSHIP_ATTRIBUTE,
    ...TAG_KINDS.map((kind) => FACET_FIELD[kind]),
    ...TAG_KINDS.map((kind) => FILTER_FIELD[kind]),
    ...FREE_TAG_KINDS.map((kind) => AUTHOR_FILTER_FIELD[kind]),
    ...RANGE_FIELDS.map((field) => RANGE_ATTRIBUTE[field]),
  ]
}

/** Every sort of the query model, plus the id tiebreak. */
export function sortableAttributes(): string[] {
  return [...new Set([...SORTED_KEYS.map((key) => SORT_ATTRIBUTE[key]), TIEBREAK_ATTRIBUTE])]
}

export function buildSettings(options: MeilisearchSettingsOptions = {}): Settings {
  const maxTotalHits = options.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS
  const maxValuesPerFacet = options.maxValuesPerFacet ?? DEFAULT_MAX_VALUES_PER_FACET
  if (!Number.isInteger(maxTotalHits) || maxTotalHits < 1)
    throw new RangeError(`maxTotalHits must be a positive integer, got ${maxTotalHits}`)
  // One value beyond the largest facet limit, so that a facet can tell whether it has more values.
  if (!Number.isInteger(maxValuesPerFacet) || maxValuesPerFacet <= MAX_FACET_VALUES)
    throw new RangeError(
      `maxValuesPerFacet must be an integer > ${MAX_FACET_VALUES}, got ${maxValuesPerFacet}`,
    )
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    displayedAttributes: ['*'],
    filterableAttributes: filterableAttributes(),
    sortableAttributes: sortableAttributes(),
    rankingRules: [...RANKING_RULES],
    faceting: { maxValuesPerFacet, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits },
    // Numbers are years, chapter counts and word counts: `2024` must not match `2025`.
    typoTolerance: {
      enabled: true,
      disableOnNumbers: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    },
    // Without synonyms the key is left out: a settings update then keeps the index's synonyms
    // instead of clearing them.
    ...(options.synonyms && { synonyms: sortedSynonyms(options.synonyms) }),
    stopWords: [],
  }
}

/**
 * A digest of the settings, stored beside the index so that a process opening it can tell whether
 * the index carries exactly these settings without reading (or being allowed to read) them. `layout`
 * is what else an engine version keeps beside the index (its scope copies): a version that keeps more
 * finds the hash changed and builds what is missing.
 */
export function settingsHash(settings: Settings, layout: unknown = null): string {
  return createHash('sha256').update(JSON.stringify({ settings, layout })).digest('hex').slice(0, 32)
}

/** A copy with keys and lists in a stable order, so equal vocabularies give equal settings. */
function sortedSynonyms(synonyms: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.keys(synonyms)
      .sort()
      .map((word) => [word, [...new Set(synonyms[word])].sort()]),
  )
}
