/**
 * Which words of a character's name people use on their own ("Addison", "Karev"), so that pairings
 * written with first names or surnames can be matched to canonical characters.
 * @module
 */
import { keyWords, tagKey } from './normalize-tag.js'

/** Leading words that are titles, not first names: "Mr. Bennet" has no first name to match on. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'doctor',
  'lady',
  'lord',
  'sir',
  'captain',
  'colonel',
])
/** Name particles and initials identify nobody on their own. */
const PARTICLES = new Set(['de', 'del', 'la', 'le', 'van', 'von', 'of', 'the', 'and'])

/** A canonical character name's first name (if it starts with one) and its other usable words. */
export function nameWords(name: string): { first?: string; others: string[] } {
  const withoutDisambiguation = name.replace(/\s*\([^)]*\)\s*$/u, '')
  const words = keyWords(tagKey(withoutDisambiguation))
  const usable = words.filter((word) => word.length > 1 && !TITLES.has(word) && !PARTICLES.has(word))
  const [first, ...others] = usable
  if (first === undefined || first !== words[0]) return { others: usable }
  return { first, others }
}

/** A written name without a leading title ("Dr. Bailey" → "bailey"), as a lookup key; undefined if none. */
export function withoutTitle(key: string): string | undefined {
  const space = key.indexOf(' ')
  if (space < 0 || !TITLES.has(key.slice(0, space))) return undefined
  return key.slice(space + 1)
}
