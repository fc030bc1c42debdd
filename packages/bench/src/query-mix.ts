/**
 * The fixed query mix every engine answers: seven kinds of query, each a list of concrete queries drawn
 * deterministically from the corpus seed. Tag values are taken from generated works, so popular tags are
 * queried more often, as on a real archive; text terms are drawn log-uniformly over word ranks, so both
 * common and rare words are searched.
 * @module
 */
import {
  parseQuery,
  RATINGS,
  type SearchQuery,
  type SearchQueryInput,
  TAG_KINDS,
  type TagKind,
} from '@ficdex/core'
import { buildVocabulary, generateWorks, Rng } from '@ficdex/indexer/generate'

export const QUERY_KINDS = [
  'text',
  'text-filters',
  'browse-facets',
  'faceted',
  'exclusion',
  'deep-page',
  'sort-kudos',
  'sorted-first',
  'cursor-deep',
  'after-write',
] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

/** The kind the targets are set for: what a faceted search page sends on every keystroke or click. */
export const HEADLINE_KIND: QueryKind = 'faceted'

export const QUERY_KIND_LABELS: Record<QueryKind, string> = {
  text: 'text only',
  'text-filters': 'text + two filters',
  'browse-facets': 'filter-only browsing, seven facets',
  faceted: 'text + two filters + seven facets (headline)',
  exclusion: 'exclusion-heavy (9 excluded tags)',
  'deep-page': 'deep page (page 50)',
  'sorted-first': 'sorted, page 1',
  'cursor-deep': 'sorted, page 50 through the cursor',
  'sort-kudos': 'sort by kudos',
  'after-write': 'headline, one work written before each pass (a live archive)',
}

/** Every tag kind a search page shows counts for, except eras (which belong to one fandom each). */
export const SEVEN_FACETS: readonly TagKind[] = TAG_KINDS.filter((kind) => kind !== 'era')

export type QueryMix = Record<QueryKind, SearchQuery[]>

const SAMPLE_WORKS = 3_000
/** The page the cursor kind reads (see `measure/cursor-queries.ts`). */
export const CURSOR_PAGE = 50
const SEVERE_WARNINGS = ['Major Character Death', 'Rape/Non-Con', 'Underage Sex']

/** `perKind` queries of every kind for the corpus generated with `seed`. */
export function buildQueryMix(seed: string, perKind: number): QueryMix {
  const sample = [...generateWorks({ works: SAMPLE_WORKS, seed, bodies: false })]
  const vocabulary = buildVocabulary(seed).words
  const rng = new Rng(seed, 'query-mix')
  const work = () => rng.pick(sample)
  const tagOf = (field: 'fandoms' | 'relationships' | 'characters' | 'freeforms'): string => {
    for (;;) {
      const values = work()[field]
      if (values.length > 0) return rng.pick(values)
    }
  }
  /** Log-uniform rank between `low` and `high`: as many searches for ranks 100–1000 as for 1000–10000. */
  const word = (low: number, high: number) =>
    vocabulary[Math.floor(Math.exp(Math.log(low) + rng.next() * (Math.log(high) - Math.log(low))))] as string
  const text = () => (rng.chance(0.7) ? word(100, 20_000) : `${word(100, 5_000)} ${word(100, 20_000)}`)
  const twoFilters = (): SearchQueryInput['tags'] => {
    const first = rng.chance(0.5)
      ? { fandom: { all: [tagOf('fandoms')] } }
      : { freeform: { all: [tagOf('freeforms')] } }
    const ratings = rng.chance(0.5) ? [rng.pick(RATINGS)] : [rng.pick(RATINGS), rng.pick(RATINGS)]
    return { ...first, rating: { any: [...new Set(ratings)] } }
  }
  const facets = { kinds: [...SEVEN_FACETS], limit: 10 }
  /** What a reader pages deep through: a rating newest first, or a very common word most kudos first. */
  const sorted = (): SearchQueryInput =>
    rng.chance(0.5)
      ? { tags: { rating: { any: [rng.pick(RATINGS)] } }, sort: { field: 'updated' } }
      : { text: word(1, 60), sort: { field: 'kudos' } }

  const make: Record<Exclude<QueryKind, 'cursor-deep' | 'after-write'>, () => SearchQueryInput> = {
    text: () => ({ text: text() }),
    'text-filters': () => ({ text: text(), tags: twoFilters() }),
    'browse-facets': () => ({
      tags: { fandom: { all: [tagOf('fandoms')] } },
      sort: { field: 'updated' },
      facets,
    }),
    faceted: () => ({ text: text(), tags: twoFilters(), facets }),
    exclusion: () => ({
      ...(rng.chance(0.5) ? { text: text() } : { sort: { field: 'updated' as const } }),
      tags: {
        ...(rng.chance(0.5) ? { fandom: { all: [tagOf('fandoms')] } } : {}),
        warning: { exclude: SEVERE_WARNINGS },
        freeform: { exclude: distinct(() => tagOf('freeforms'), 4) },
        relationship: { exclude: [tagOf('relationships')] },
        character: { exclude: [tagOf('characters')] },
      },
    }),
    'deep-page': () =>
      rng.chance(0.5)
        ? { text: word(1, 60), page: 50 }
        : { tags: { rating: { any: [rng.pick(RATINGS)] } }, sort: { field: 'updated' }, page: 50 },
    'sort-kudos': () =>
      rng.chance(0.5)
        ? { text: text(), sort: { field: 'kudos' } }
        : { tags: { fandom: { all: [tagOf('fandoms')] } }, sort: { field: 'kudos' } },
    'sorted-first': sorted,
  }
  const mix = {} as QueryMix
  for (const kind of QUERY_KINDS) {
    if (kind !== 'cursor-deep' && kind !== 'after-write')
      mix[kind] = Array.from({ length: perKind }, () => parseQuery(make[kind]()))
  }
  // The sorted queries again, at page 50: the engine child reaches that page through the cursor.
  mix['cursor-deep'] = mix['sorted-first'].map((query) => ({ ...query, page: CURSOR_PAGE }))
  // The headline queries again: the engine child writes a work before each pass over them.
  mix['after-write'] = mix[HEADLINE_KIND]
  return mix
}

function distinct(draw: () => string, count: number): string[] {
  const found = new Set<string>()
  for (let attempts = 0; found.size < count && attempts < count * 20; attempts++) found.add(draw())
  return [...found]
}
