/**
 * The values sorts order by that a work does not hold as a field: the author's sort key, the two
 * quality ratios, and the keys of the seeded shuffles. Declared once, like the range table: the
 * embedded engine stores one column per entry and Meilisearch one attribute, the contract's sort
 * oracle reads the same functions, so the engines cannot disagree on what a sort means.
 * @module
 */
import { normalizeFacet } from './normalize-facet.js'
import type { WorkSummary } from './work.js'

/**
 * Kudos per hit counts a work's hits as at least this many, so a work read twice with one kudo
 * (a ratio of 0.5) does not outrank one read ten thousand times with 2,000 (0.2).
 */
export const KUDOS_PER_HIT_MIN_HITS = 100
/** Bookmarks per kudos counts a work's kudos as at least this many, for the same reason. */
export const BOOKMARKS_PER_KUDOS_MIN_KUDOS = 20
/** Ratios are stored as whole millionths, so every engine compares them exactly. */
export const RATIO_SCALE = 1_000_000
/** The stored shuffles a `random` sort's seed picks among (in either direction). */
const SHUFFLE_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7] as const
export const SHUFFLES = SHUFFLE_NUMBERS.length
type ShuffleKey = `shuffle${(typeof SHUFFLE_NUMBERS)[number]}`

const ratio = (part: number, whole: number, floor: number): number =>
  Math.floor((part * RATIO_SCALE) / Math.max(whole, floor, 1))

/** A 32-bit hash of a string (FNV-1a, then Murmur3's finalizer so neighbouring ids scatter). */
function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** A work's place in stored shuffle `n`: a hash of the id, so it never changes while the work does. */
export const shuffleKey = (id: string, n: number): number => hash32(`${n}:${id}`)

export interface SortValueSpec {
  /** The embedded engine's column, and the Meilisearch attribute. */
  column: string
  type: 'text' | 'number'
  value: (work: WorkSummary) => number | string
}

const shuffle = (n: number): SortValueSpec => ({
  column: `shuffle_${n}`,
  type: 'number',
  value: (work) => shuffleKey(work.id, n),
})

const FIXED = {
  /** The first author's name, case and accents folded as facets fold them; no author sorts first. */
  authorKey: { column: 'author_key', type: 'text', value: (w) => normalizeFacet(w.authors[0] ?? '') },
  kudosPerHit: {
    column: 'kudos_per_hit',
    type: 'number',
    value: (w) => ratio(w.kudos, w.hits, KUDOS_PER_HIT_MIN_HITS),
  },
  bookmarksPerKudos: {
    column: 'bookmarks_per_kudos',
    type: 'number',
    value: (w) => ratio(w.bookmarks, w.kudos, BOOKMARKS_PER_KUDOS_MIN_KUDOS),
  },
} satisfies Record<string, SortValueSpec>

export type SortValueKey = keyof typeof FIXED | ShuffleKey

export const SORT_VALUES = {
  ...FIXED,
  ...Object.fromEntries(SHUFFLE_NUMBERS.map((n) => [`shuffle${n}`, shuffle(n)])),
} as Record<SortValueKey, SortValueSpec>

export const SORT_VALUE_KEYS = Object.keys(SORT_VALUES) as SortValueKey[]

/** The stored shuffle a seed picks. */
export const shuffleOf = (seed: number): SortValueKey => `shuffle${seed % SHUFFLES}` as ShuffleKey

/** Each sort value of a work. */
export function sortValues(work: WorkSummary): Record<SortValueKey, number | string> {
  return Object.fromEntries(SORT_VALUE_KEYS.map((key) => [key, SORT_VALUES[key].value(work)])) as Record<
    SortValueKey,
    number | string
  >
}
