/**
 * The ways a text can name a character: the canonical name and its synonyms (full forms: "Addison
 * Montgomery", "Addie", "McDreamy"), a title with the surname ("Dr. Bailey", "Mr. Darcy", "Miss
 * Bingley": titled forms, which say the character's gender), and the single words of the canonical name
 * that people use alone (short forms: "Addison", "Montgomery"). Short and titled forms are often shared
 * ("Grey" names four characters of one show, "Dr. Grey" three), which `find-characters.ts` resolves.
 * @module
 */
import { tagKey } from '../tags/normalize-tag.js'
import type { Vocabulary, VocabularyTag } from '../tags/vocabulary.js'
import type { Gender } from '../tags/vocabulary-schema.js'

export type FormKind = 'name' | 'titled' | 'word'

export interface CharacterForm {
  /** As written in the vocabulary, matched case-sensitively. */
  readonly text: string
  readonly kind: FormKind
  readonly tag: VocabularyTag
}

/** AO3's disambiguation suffix: "Miranda Bailey (Grey's Anatomy)" is written "Miranda Bailey" in stories. */
const DISAMBIGUATION = /\s*\([^)]*\)\s*$/u

/** Titles people put before a surname, and the genders each fits (any, when absent). */
const TITLES: ReadonlyMap<string, readonly Gender[] | undefined> = new Map([
  ['Mr.', ['male']],
  ['Sir', ['male']],
  ['Lord', ['male']],
  ['Mrs.', ['female']],
  ['Miss', ['female']],
  ['Ms.', ['female']],
  ['Lady', ['female']],
  ['Dr.', undefined],
  ['Doctor', undefined],
  ['Captain', undefined],
  ['Commander', undefined],
  ['Lieutenant', undefined],
  ['Ensign', undefined],
  ['Colonel', undefined],
  ['Major', undefined],
  ['Nurse', undefined],
  ['Professor', undefined],
])

/** Whether a word is a title people put before a name ("Captain" in "Captain Solo"). */
export const isTitle = (word: string): boolean => TITLES.has(word)

/** A name written with capitals or digits ("007"); one in lower case only ("you") is no name in a text. */
const isNameLike = (text: string): boolean => text !== '' && (text !== text.toLowerCase() || /\d/.test(text))

/**
 * The forms of one character. A synonym written in lower case only ("you") is left out: names are matched
 * by their capitals.
 */
export function characterForms(vocab: Vocabulary, tag: VocabularyTag): CharacterForm[] {
  const name = tag.name.replace(DISAMBIGUATION, '')
  const full = [name, ...tag.synonyms.map((synonym) => synonym.replace(DISAMBIGUATION, ''))].filter(
    isNameLike,
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
  // A title goes before the surname, or before the one name of a character who has only one ("Spock").
  const surname = words.at(-1)
  if (surname !== undefined && tag.gender !== undefined) {
    for (const [title, genders] of TITLES) {
      const text = `${title} ${surname}`
      if ((genders === undefined || genders.includes(tag.gender)) && !forms.has(text))
        forms.set(text, 'titled')
    }
  }
  for (const word of [...words, ...(tag.addressedAs ?? [])]) if (!forms.has(word)) forms.set(word, 'word')
  return [...forms].map(([text, kind]) => ({ text, kind, tag }))
}
