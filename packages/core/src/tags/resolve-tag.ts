/**
 * Resolving a written tag to vocabulary entries: by lookup key, narrowed by the work's fandoms when a
 * key is shared, and, for characters, by first name or surname when that is unambiguous.
 * @module
 */
import { withoutTitle } from './character-names.js'
import { tagKey } from './normalize-tag.js'
import type { FandomScope, Vocabulary, VocabularyTag } from './vocabulary.js'

/**
 * Chooses among the tags sharing a key: the tag whose canonical name it is; else the only one; else the
 * only one within the scope. Several left means ambiguous: undefined.
 */
export function pickTag(
  vocab: Vocabulary,
  candidates: readonly VocabularyTag[],
  key: string,
  scope: FandomScope,
): VocabularyTag | undefined {
  if (candidates.length <= 1) return candidates[0]
  const named = candidates.find((tag) => vocab.nameKey(tag) === key)
  if (named !== undefined) return named
  const inScope = candidates.filter((tag) => vocab.inScope(tag, scope))
  return inScope.length === 1 ? inScope[0] : undefined
}

/**
 * The fandom scope of a work from its fandoms as written: each resolved to its canonical tag, plus
 * sub-fandoms. Null (no confinement) when none is known, since then nothing can be said.
 */
export function scopeOf(vocab: Vocabulary, fandoms: readonly string[] | undefined): FandomScope {
  if (fandoms === undefined) return null
  const known: string[] = []
  for (const fandom of fandoms) {
    const key = tagKey(fandom)
    const tag = pickTag(vocab, vocab.byKey('fandom', key), key, null)
    if (tag !== undefined) known.push(tag.name)
  }
  return known.length === 0 ? null : vocab.fandomScope(known)
}

export interface ResolvedCharacter {
  tag: VocabularyTag
  /** `name` for a full name or synonym, `word` for a first name or surname alone. */
  by: 'name' | 'word'
}

/**
 * Resolves a character as written: full name or synonym (with or without a title such as "Dr."); then
 * a single first name, then a single surname, each only when exactly one character in scope has it.
 */
export function resolveCharacter(
  vocab: Vocabulary,
  text: string,
  scope: FandomScope,
): ResolvedCharacter | undefined {
  const key = tagKey(text)
  for (const candidate of [key, withoutTitle(key)]) {
    if (candidate === undefined) continue
    const tag = pickTag(vocab, vocab.byKey('character', candidate), candidate, scope)
    if (tag !== undefined) return { tag, by: 'name' }
  }
  const word = withoutTitle(key) ?? key
  if (!/^[\p{L}\p{N}-]+$/u.test(word)) return undefined
  for (const position of ['first', 'other'] as const) {
    const named = vocab.charactersNamed(word, position).filter((tag) => vocab.inScope(tag, scope))
    if (named.length === 1) return { tag: named[0]!, by: 'word' }
    if (named.length > 1) return undefined
  }
  return undefined
}
