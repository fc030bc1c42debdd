/**
 * Pronounceable invented words and names, so the synthetic corpus reads like prose and tags without
 * borrowing anyone's characters or titles.
 * @module
 */
import type { Rng } from './prng.js'

const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
].concat(['sh', 'st', 't', 'th', 'tr', 'v', 'w', 'z', 'el', 'an', 'or'])
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ae', 'ia', 'ou', 'y', 'ei', 'a', 'e', 'o']
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'th', 'm', 'nd', 'rk', 'x', 'st', 'v']

/** One invented word of 1 to `maxSyllables` syllables (fewer more likely), lower case. */
export function pseudoWord(rng: Rng, maxSyllables = 3): string {
  const syllables = Math.min(rng.int(1, maxSyllables), rng.int(1, maxSyllables + 1))
  let word = ''
  for (let i = 0; i < syllables; i++) word += rng.pick(ONSETS) + rng.pick(NUCLEI) + rng.pick(CODAS)
  return word
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** "Given Family", both invented. */
export function personName(rng: Rng): string {
  return `${capitalize(pseudoWord(rng, 2))} ${capitalize(pseudoWord(rng, 3))}`
}

const MEDIA = ['TV', 'Anime', 'Video Game', 'Comics', 'Movies', 'Manga', 'Cartoon', 'Podcast', 'Web Series']

/** A fandom named the way AO3 names them: "Title (Medium)" or "Title - Author". */
export function fandomName(rng: Rng): string {
  const words = rng.int(1, 3)
  const title = Array.from({ length: words }, () => capitalize(pseudoWord(rng, 3))).join(' ')
  if (rng.chance(0.3)) return `${title} - ${personName(rng)}`
  return `${rng.chance(0.3) ? 'The ' : ''}${title} (${rng.pick(MEDIA)})`
}

/** A user name: an invented word, sometimes with digits or an underscore. */
export function userName(rng: Rng): string {
  const base = pseudoWord(rng, 3)
  const roll = rng.next()
  if (roll < 0.3) return `${base}${rng.int(1, 999)}`
  if (roll < 0.45) return `${base}_${pseudoWord(rng, 2)}`
  return capitalize(base)
}
