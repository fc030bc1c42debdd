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

/**
 * The canonical eras of a fandom from one era to another, inclusive, in story order (the bounds may be
 * given either way round, and as synonyms such as "Season 2" or "S4").
 * Throws a `TagLookupError` when the fandom or either era is not in the vocabulary.
 *
 * @example
 * expandEraRange(vocab, "Grey's Anatomy", 'S2', 'Season 4')
 * // ["Grey's Anatomy Season 2", "Grey's Anatomy Season 3", "Grey's Anatomy Season 4"]
 */
export function expandEraRange(vocab: Vocabulary, fandom: string, from: string, to: string): string[] {
  const resolved = wrangle(vocab, 'fandom', fandom)
  if (!resolved.wrangled) throw new TagLookupError('fandom', fandom, `unknown fandom "${resolved.canonical}"`)
  const eras = vocab.eras(resolved.canonical)
  if (eras.length === 0)
    throw new TagLookupError('fandom', fandom, `fandom "${resolved.canonical}" has no eras`)
  const orderOf = (value: string): number => {
    const era = wrangle(vocab, 'era', value, { fandoms: [resolved.canonical] })
    const tag = era.tag
    if (tag === undefined || tag.fandoms[0] !== resolved.canonical) {
      throw new TagLookupError('era', value, `"${era.canonical}" is not an era of ${resolved.canonical}`)
    }
    return tag.order!
  }
  const [low, high] = [orderOf(from), orderOf(to)].sort((a, b) => a - b) as [number, number]
  return eras.filter((era) => era.order! >= low && era.order! <= high).map((era) => era.name)
}
