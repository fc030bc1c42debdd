/**
 * The ways a text can name a character: the canonical name and its synonyms (full forms: "Addison
 * Montgomery", "Addie", "McDreamy"), and the single words of the canonical name that people use alone
 * (short forms: "Addison", "Montgomery"). Short forms are often shared ("Grey" names four characters of
 * one show), which `find-characters.ts` resolves.
 * @module
 */
import { tagKey, type Vocabulary, type VocabularyTag } from '@ficdex/core'

export type FormKind = 'name' | 'word'

export interface CharacterForm {
  /** As written in the vocabulary, matched case-sensitively. */
  readonly text: string
  readonly kind: FormKind
  readonly tag: VocabularyTag
}

/** AO3's disambiguation suffix: "Miranda Bailey (Grey's Anatomy)" is written "Miranda Bailey" in stories. */
const DISAMBIGUATION = /\s*\([^)]*\)\s*$/u

/**
 * The forms of one character. A synonym written in lower case only ("you") is left out: names are matched
 * by their capitals.
 */
export function characterForms(vocab: Vocabulary, tag: VocabularyTag): CharacterForm[] {
  const name = tag.name.replace(DISAMBIGUATION, '')
  const full = [name, ...tag.synonyms.map((synonym) => synonym.replace(DISAMBIGUATION, ''))].filter(
    (text) => text !== '' && text !== text.toLowerCase(),
  )
  // The vocabulary knows which words of a name are used alone (not titles, particles or initials).
  const usable = (word: string) =>
    (['first', 'other'] as const).some((position) =>
      vocab.charactersNamed(tagKey(word), position).includes(tag),
    )
  const words = name
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '' && usable(word))
  const forms = new Map<string, FormKind>()
  for (const text of full) forms.set(text, 'name')
  for (const word of words) if (!forms.has(word)) forms.set(word, 'word')
  return [...forms].map(([text, kind]) => ({ text, kind, tag }))
}
