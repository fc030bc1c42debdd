/**
 * Wrangling one tag: mapping what an author wrote to its canonical tag and meta tags, as AO3's tag
 * wranglers do by hand. Unknown tags are kept as written (cleaned) and marked unwrangled.
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import { BoundedCache } from './bounded-cache.js'
import { getOrCreate } from './get-or-create.js'
import { cleanTag, tagKey } from './normalize-tag.js'
import { formatRelationship, splitRelationship } from './relationship-name.js'
import { pickTag, resolveCharacter, scopeOf } from './resolve-tag.js'
import type { FandomScope, Vocabulary, VocabularyTag } from './vocabulary.js'

export interface WrangleOptions {
  /**
   * The work's fandoms (as written or canonical). They decide between tags that share a synonym
   * ("Season 3") and let pairings use first names ("Addison/Derek").
   */
  fandoms?: readonly string[]
}

export interface WrangleResult {
  /** The canonical tag; for an unknown tag, the tag as written, cleaned. */
  canonical: string
  /** False when the tag is not in the vocabulary and was kept as written. */
  wrangled: boolean
  /** All meta tags of the canonical tag, transitively, nearest first. */
  ancestors: string[]
  /**
   * The vocabulary entry. Absent for unknown tags, and for relationships that are not in the vocabulary
   * but whose characters all are: those are written canonically (`wrangled: true`) with no entry.
   */
  tag?: VocabularyTag
}

const found = (tag: VocabularyTag): WrangleResult => ({
  canonical: tag.name,
  wrangled: true,
  ancestors: [...tag.ancestors],
  tag,
})

/**
 * A pairing of known characters. Without a fandom scope, characters matched by a first name or surname
 * alone must share a fandom, or "Jane/Mark" could pair characters of unrelated works.
 */
function resolvePairing(vocab: Vocabulary, text: string, scope: FandomScope): WrangleResult | undefined {
  const split = splitRelationship(text)
  if (split === undefined) return undefined
  const resolved = split.parts.map((part) => resolveCharacter(vocab, part, scope))
  if (resolved.some((character) => character === undefined)) return undefined
  const characters = resolved.map((character) => character!.tag)
  const names = characters.map((character) => character.name)
  if (new Set(names).size !== names.length) return undefined
  if (scope === null && resolved.some((character) => character!.by === 'word')) {
    const bound = characters.filter((character) => character.fandoms.length > 0)
    const shared = bound[0]?.fandoms.filter((fandom) =>
      bound.every((other) => other.fandoms.includes(fandom)),
    )
    if (shared !== undefined && shared.length === 0) return undefined
  }
  const canonical = formatRelationship(names, split.type)
  const tag = vocab.get('relationship', canonical)
  return tag === undefined ? { canonical, wrangled: true, ancestors: [] } : found(tag)
}

/** Results per vocabulary: indexing repeats the same few thousand tags across every work. */
const results = new WeakMap<Vocabulary, BoundedCache<string, WrangleResult>>()

function compute(vocab: Vocabulary, kind: TagKind, raw: string, options: WrangleOptions): WrangleResult {
  const clean = cleanTag(raw)
  const key = tagKey(clean)
  const unknown: WrangleResult = { canonical: clean, wrangled: false, ancestors: [] }
  if (key === '') return unknown
  const scope = scopeOf(vocab, options.fandoms)
  const direct = pickTag(vocab, vocab.byKey(kind, key), key, scope)
  if (direct !== undefined) return found(direct)
  if (kind === 'character') {
    const character = resolveCharacter(vocab, clean, scope)
    return character === undefined ? unknown : found(character.tag)
  }
  if (kind === 'relationship') return resolvePairing(vocab, clean, scope) ?? unknown
  return unknown
}

/**
 * Maps a tag as written to its canonical form. Insensitive to case, spacing, HTML entities, Unicode
 * variants, accents and apostrophe styles; resolves synonyms (nicknames, ship names, short forms), and for
 * relationships also reversed order and first names (see `WrangleOptions.fandoms`).
 *
 * @example
 * wrangle(vocab, 'relationship', 'Derek/Addison', { fandoms: ["Grey's Anatomy"] })
 * // { canonical: 'Addison Montgomery/Derek Shepherd', wrangled: true, ancestors: [], tag: … }
 */
export function wrangle(
  vocab: Vocabulary,
  kind: TagKind,
  raw: string,
  options: WrangleOptions = {},
): WrangleResult {
  const cache = getOrCreate(results, vocab, () => new BoundedCache<string, WrangleResult>(100_000))
  const id = `${kind}\u0000${options.fandoms?.join('\u0001') ?? ''}\u0000${raw}`
  const result = cache.through(id, () => compute(vocab, kind, raw, options))
  return { ...result, ancestors: [...result.ancestors] }
}
