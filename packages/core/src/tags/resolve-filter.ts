/**
 * Query-time resolution: a filter value as a user typed it becomes the canonical tag the engines match
 * against (works store canonical tags and their meta tags, so synonyms and sub-tags are then covered),
 * and an era range becomes the list of eras it spans.
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import type { Vocabulary } from './vocabulary.js'
import { TagLookupError } from './vocabulary-error.js'
import { type WrangleOptions, wrangle } from './wrangle.js'

/**
 * The canonical form of a filter value; an unknown value comes back cleaned, to match unwrangled tags
 * stored as written.
 *
 * @example
 * resolveFilterValue(vocab, 'relationship', 'addek') // 'Addison Montgomery/Derek Shepherd'
 */
export function resolveFilterValue(
  vocab: Vocabulary,
  kind: TagKind,
  value: string,
  options: WrangleOptions = {},
): string {
  return wrangle(vocab, kind, value, options).canonical
}

/** An era range as the vocabulary reads it: canonical names, and the eras it spans in story order. */
export interface ResolvedEraRange {
  fandom: string
  from: string
  to: string
  eras: string[]
}

/**
 * An era range with its fandom and bounds resolved to canonical names, and the canonical eras it spans,
 * inclusive, in story order (the bounds may be given either way round, and as synonyms such as
 * "Season 2" or "S4"). Throws a `TagLookupError` when the fandom or either era is not in the vocabulary.
 *
 * @example
 * resolveEraRange(vocab, 'GA', 'S2', 'Season 4')
 * // { fandom: "Grey's Anatomy", from: "Grey's Anatomy Season 2", to: "Grey's Anatomy Season 4",
 * //   eras: ["Grey's Anatomy Season 2", "Grey's Anatomy Season 3", "Grey's Anatomy Season 4"] }
 */
export function resolveEraRange(
  vocab: Vocabulary,
  fandom: string,
  from: string,
  to: string,
): ResolvedEraRange {
  const resolved = wrangle(vocab, 'fandom', fandom)
  if (!resolved.wrangled) throw new TagLookupError('fandom', fandom, `unknown fandom "${resolved.canonical}"`)
  const eras = vocab.eras(resolved.canonical)
  if (eras.length === 0)
    throw new TagLookupError('fandom', fandom, `fandom "${resolved.canonical}" has no eras`)
  const bound = (value: string) => {
    const era = wrangle(vocab, 'era', value, { fandoms: [resolved.canonical] })
    const tag = era.tag
    if (tag === undefined || tag.fandoms[0] !== resolved.canonical) {
      throw new TagLookupError('era', value, `"${era.canonical}" is not an era of ${resolved.canonical}`)
    }
    return tag
  }
  const [first, last] = [bound(from), bound(to)]
  const [low, high] = [first.order!, last.order!].sort((a, b) => a - b) as [number, number]
  return {
    fandom: resolved.canonical,
    from: first.name,
    to: last.name,
    eras: eras.filter((era) => era.order! >= low && era.order! <= high).map((era) => era.name),
  }
}

/**
 * The canonical eras of a fandom from one era to another, inclusive, in story order (see
 * {@link resolveEraRange}).
 *
 * @example
 * expandEraRange(vocab, "Grey's Anatomy", 'S2', 'Season 4')
 * // ["Grey's Anatomy Season 2", "Grey's Anatomy Season 3", "Grey's Anatomy Season 4"]
 */
export function expandEraRange(vocab: Vocabulary, fandom: string, from: string, to: string): string[] {
  return resolveEraRange(vocab, fandom, from, to).eras
}
