/**
 * The vocabulary's synonyms as Meilisearch text-search synonyms, so a full-text search for "Addek" or
 * "McDreamy" finds works tagged with the canonical tag, and a search for a canonical name finds works
 * whose text uses a synonym. Filters need none of this: they match canonical tags (see `resolveQuery`).
 * @module
 */
import { ascending } from '../../model/lower-bound.js'
import { FREE_TAG_KINDS } from '../../model/tag-kind.js'
import { cleanTag } from '../../tags/normalize-tag.js'
import type { Vocabulary } from '../../tags/vocabulary.js'

/** Meilisearch looks up synonyms only for terms of one to three words; longer keys never apply. */
const MAX_KEY_WORDS = 3
/** Meilisearch's per-term limits (phrases, and words across them); a key beyond them is too vague anyway. */
const MAX_PHRASES_PER_KEY = 50
const MAX_WORDS_PER_KEY = 100
/** Synonyms this short ("GA", "T", "S3") would match unrelated words all over the text. */
const MIN_SYNONYM_CHARS = 3

const COMBINING_MARKS = /\p{M}/gu

/** The words Meilisearch sees: lower case, accents dropped, split at anything not a letter or digit. */
function wordsOf(text: string): string[] {
  return cleanTag(text)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.every((word) => large.includes(word))
}

interface Phrase {
  /** The text to send: the spelling as written, lower-cased (Meilisearch normalizes the rest itself). */
  text: string
  words: string[]
}

/**
 * Synonyms for the Meilisearch engine's `synonyms` option: for each canonical tag of the kinds text
 * search covers (fandoms, relationships, characters, eras, freeforms), each synonym maps to the
 * canonical name and the canonical name to each synonym. Bounded to pairs that help:
 * - a synonym made only of words of the canonical name ("Derek", "Season 3") is left out: the name
 *   already contains it, and the other direction would turn "Derek Shepherd" into every Derek;
 * - synonyms under three letters or digits ("GA", "T") are left out;
 * - a direction is left out when the target's words contain the key's (already found), when the key has
 *   more than three words (Meilisearch never looks it up), or when a key would exceed Meilisearch's
 *   per-term limits (50 phrases, 100 words).
 * Keys and lists are sorted, so equal vocabularies give equal settings.
 *
 * @example
 * meilisearchSynonyms(vocab)['addek'] // ['addison montgomery/derek shepherd']
 */
export function meilisearchSynonyms(vocab: Vocabulary): Record<string, string[]> {
  const byKey = new Map<string, { key: Phrase; targets: Map<string, Phrase> }>()
  const add = (from: Phrase, to: Phrase): void => {
    if (from.words.length > MAX_KEY_WORDS || isSubset(from.words, to.words)) return
    const id = from.words.join(' ')
    let entry = byKey.get(id)
    if (entry === undefined) {
      entry = { key: from, targets: new Map() }
      byKey.set(id, entry)
    }
    const target = to.words.join(' ')
    if (!entry.targets.has(target)) entry.targets.set(target, to)
  }
  const phrase = (text: string): Phrase => ({ text: cleanTag(text).toLowerCase(), words: wordsOf(text) })

  for (const kind of FREE_TAG_KINDS) {
    for (const tag of vocab.tags(kind)) {
      const name = phrase(tag.name)
      for (const synonym of tag.synonyms.map(phrase)) {
        if (synonym.words.join('').length < MIN_SYNONYM_CHARS || isSubset(synonym.words, name.words)) continue
        add(synonym, name)
        add(name, synonym)
      }
    }
  }

  const synonyms: Record<string, string[]> = {}
  const entries = [...byKey.values()].sort((a, b) => ascending(a.key.text, b.key.text))
  for (const { key, targets } of entries) {
    const phrases = [...targets.values()]
    const words = phrases.reduce((sum, target) => sum + target.words.length, 0)
    if (phrases.length > MAX_PHRASES_PER_KEY || words > MAX_WORDS_PER_KEY) continue
    synonyms[key.text] = phrases.map((target) => target.text).sort(ascending)
  }
  return synonyms
}
