/**
 * The people a story names, known to the vocabulary or not: words written with a capital where English
 * does not need one (not opening a sentence or a line of dialogue), never written in lower case in the
 * same text, and used as people are at least once — owning something ("Cuddy's office"), speaking or
 * thinking ("Wilson said", "said Foreman", "House thought"), titled ("Dr. Cameron") or spoken to
 * ("Chase,") — which leaves out places and teams ("San Francisco", "the Lakers"). Fandom inference reads
 * them to tell a story of a canon it knows from one of a canon it does not: a story whose people are
 * mostly strangers to the vocabulary is not in the vocabulary's fandoms, however many hospitals it
 * shares with them.
 * @module
 */
import { COGNITION_VERBS, SPEECH_VERBS } from './story/word-lists.js'
import type { WorkText } from './work-text.js'

const NOT_NAMES = new Set(
  (
    'I Im Id Ill Ive Mr Mrs Ms Miss Dr Doctor Sir Madam Lady Lord God OK Okay Monday Tuesday Wednesday ' +
    'Thursday Friday Saturday Sunday January February March April May June July August September October ' +
    'November December Christmas English American TV ' +
    // Kin called by what they are to the speaker ("Mamma will have her hysterics"): nobody's name.
    'Mom Dad Mum Mama Mamma Mummy Mommy Daddy Papa Pa Ma Mother Father Grandma Grandpa Granny Gran Nana'
  ).split(' '),
)

const TITLES = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Doctor',
  'Nurse',
  'Captain',
  'Detective',
  'Officer',
  'Agent',
])
/** Verbs only people do, after a name: "House limped", "Wilson sighed". */
const PERSON_VERBS = new Set(
  'smiled smiles laughed laughs nodded nods shrugged shrugs sighed sighs grinned grins frowned frowns winced winces limped limps'.split(
    ' ',
  ),
)

/** Whether the name at a token is used as a person's there. */
function asPerson(text: WorkText, index: number): boolean {
  const token = text.tokens[index]!
  const before = text.tokens[index - 1]
  const after = text.tokens[index + 1]
  // "the Lakers", "the Enterprise": things and groups, not people.
  if (before !== undefined && before.text.toLowerCase() === 'the') return false
  if (token.text !== token.base) return true
  const sameSentence = (other: typeof token | undefined) =>
    other !== undefined && other.sentence === token.sentence
  if (sameSentence(before) && (TITLES.has(before!.text) || SPEECH_VERBS.has(before!.text.toLowerCase())))
    return true
  if (sameSentence(after) && after!.quote === token.quote) {
    const word = after!.text.toLowerCase()
    if (SPEECH_VERBS.has(word) || COGNITION_VERBS.has(word) || PERSON_VERBS.has(word)) return true
  }
  // Spoken to: a name set off by a comma inside a line of dialogue.
  return token.quote >= 0 && after !== undefined && /^\s*,/.test(text.text.slice(token.end, after.start))
}

/**
 * Each proper name used as a person's somewhere (as written, without a possessive) with the tokens it
 * stands at, most used first.
 */
export function properNames(text: WorkText): Map<string, number[]> {
  const names = new Map<string, number[]>()
  const people = new Set<string>()
  text.tokens.forEach((token, index) => {
    const word = token.base
    if (token.opensClause || !/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return
    if (NOT_NAMES.has(word.replace(/'/g, '')) || text.hasLowerCase(word)) return
    names.set(word, [...(names.get(word) ?? []), index])
    if (asPerson(text, index)) people.add(word)
  })
  return new Map(
    [...names]
      .filter(([word]) => people.has(word))
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)),
  )
}

/**
 * The share of the story's most used proper names (those used at least twice, up to `top` of them,
 * weighted by use) that the vocabulary knows: `known` says which tokens a character name or a fandom cue
 * covers. 1 when the story has no such names.
 */
export function knownNameShare(text: WorkText, known: (token: number) => boolean, top = 5): number {
  let total = 0
  let recognised = 0
  let taken = 0
  for (const positions of properNames(text).values()) {
    if (positions.length < 2 || taken === top) break
    taken++
    total += positions.length
    recognised += positions.filter(known).length
  }
  return total === 0 ? 1 : recognised / total
}
