/**
 * How relationship tags are written: AO3's notation, `A/B` for romantic or sexual relationships and
 * `A & B` for platonic ones, with the characters' canonical names in a fixed order. The order rule is
 * ours and applies to every relationship, in the vocabulary or not: characters sort by their lookup key
 * (case, accents and punctuation folded), which for Western names is alphabetical by first name, the
 * order AO3's wranglers use for most canonical relationship tags.
 * @module
 */
import { tagKey } from './normalize-tag.js'

export type PairingType = 'romantic' | 'platonic'

const SEPARATOR: Record<PairingType, string> = { romantic: '/', platonic: ' & ' }

/** Sorts canonical character names into relationship order. */
export function sortCharacters(names: readonly string[]): string[] {
  return names
    .map((name) => ({ name, key: tagKey(name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name }) => name)
}

/** Writes a relationship tag from canonical character names, in relationship order. */
export function formatRelationship(characters: readonly string[], type: PairingType): string {
  return sortCharacters(characters).join(SEPARATOR[type])
}

export interface SplitRelationship {
  type: PairingType
  parts: string[]
}

/** Fandom shorthand for a romantic pairing: `Addison x Derek`. Only accepted between spaces. */
const X_SEPARATOR = /\s+[x×]\s+/iu

/**
 * Splits a relationship as written into its character parts. `/` and `&` may not be mixed (AO3 has
 * such tags, but they name no single pairing type); `x` is accepted as a romantic separator.
 * Returns undefined when the text is not a pairing of at least two non-empty parts.
 */
export function splitRelationship(written: string): SplitRelationship | undefined {
  // Compatibility forms first, so a fullwidth ／ or ＆ separates like / and &.
  const text = written.normalize('NFKC')
  const hasSlash = text.includes('/')
  const hasAmpersand = text.includes('&')
  if (hasSlash && hasAmpersand) return undefined
  const [type, separator]: [PairingType, string | RegExp] = hasSlash
    ? ['romantic', '/']
    : hasAmpersand
      ? ['platonic', '&']
      : ['romantic', X_SEPARATOR]
  const parts = text.split(separator).map((part) => part.trim())
  if (parts.length < 2 || parts.some((part) => part === '')) return undefined
  return { type, parts }
}
