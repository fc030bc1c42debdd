/**
 * Whose eyes a third-person story looks through, read before pronouns are resolved (which lean on it):
 * the character the narration names most, counting thrice each time it names them thinking, knowing or
 * deciding ("Pete decides", "Bailey could respect"), twice the character named first as a sentence's
 * subject, and, for each "he thinks" or "she knew", a point and a half to the characters of that gender.
 * @module
 */
import type { Gender } from '../../tags/vocabulary-schema.js'
import type { Mention } from '../find-characters.js'
import type { WorkText } from '../work-text.js'
import { isVocative } from './references.js'
import { AUXILIARIES, COGNITION_VERBS, THIRD_PERSON } from './word-lists.js'

export interface ViewpointGuess {
  entity: string
  score: number
  /** The next character's score: how clearly the narration follows this one. */
  runnerUp: number
}

/** Whether the words after a name make it the one thinking: "Meredith thought", "Bailey could respect". */
function thinksAfter(text: WorkText, last: number): boolean {
  const next = text.tokens[last + 1]
  if (next === undefined || next.quote >= 0 || next.sentence !== text.tokens[last]!.sentence) return false
  const word = next.text.toLowerCase()
  if (COGNITION_VERBS.has(word)) return thought(text, last + 1)
  const after = text.tokens[last + 2]
  if (!AUXILIARIES.has(word) || after === undefined) return false
  const verb = after.text.toLowerCase() === 'not' ? last + 3 : last + 2
  return COGNITION_VERBS.has(text.tokens[verb]?.text.toLowerCase() ?? '') && thought(text, verb)
}

/**
 * Whether a cognition verb is a thought: wanting is one only with a verb after it ("she wanted to
 * scream"); wanting a thing ("Bailey wanted a discharge summary") is an order, not a point of view.
 */
function thought(text: WorkText, verb: number): boolean {
  if (!WANTING.has(text.tokens[verb]!.text.toLowerCase())) return true
  return text.tokens[verb + 1]?.text.toLowerCase() === 'to'
}

const WANTING: ReadonlySet<string> = new Set(['want', 'wants', 'wanted'])

/** Per gender, how often the narration gives a "he" or "she" a thought: "she knew", "he had decided". */
function thinkingPronouns(text: WorkText): Partial<Record<Gender, number>> {
  const thinking: Partial<Record<Gender, number>> = {}
  text.tokens.forEach((token, index) => {
    const gender = token.quote < 0 ? THIRD_PERSON[token.text.toLowerCase()] : undefined
    if (gender !== undefined && thinksAfter(text, index)) thinking[gender] = (thinking[gender] ?? 0) + 1
  })
  return thinking
}

/** Each character's score as the one the narration follows. */
export function viewpointScores(
  text: WorkText,
  mentions: readonly Mention[],
  genderOf: (entity: string) => Gender | undefined,
): Map<string, number> {
  const scores = new Map<string, number>()
  const spokenTo = new Map<string, number>()
  let first = true
  for (const mention of mentions) {
    const token = text.tokens[mention.first]!
    const entity = mention.tag.name
    if (token.quote >= 0) {
      if (isVocative(text, mention.first, mention.last)) spokenTo.set(entity, (spokenTo.get(entity) ?? 0) + 1)
      continue
    }
    const possessive = text.tokens[mention.last]!.text !== text.tokens[mention.last]!.base
    let score = 1 + (thinksAfter(text, mention.last) ? 3 : 0)
    if (first && token.opensClause && !possessive) {
      score += 2
      first = false
    }
    scores.set(entity, (scores.get(entity) ?? 0) + score)
  }
  // Others talk to the one the story follows: every scene has them in it. Only for one the narration
  // names too: a name only ever said in dialogue ("Addison, Addison, Addison") is someone talked about.
  for (const [entity, count] of spokenTo)
    if (scores.has(entity)) scores.set(entity, scores.get(entity)! + count)
  const thinking = thinkingPronouns(text)
  for (const [entity, score] of scores) {
    const gender = genderOf(entity)
    if (gender !== undefined) scores.set(entity, score + 1.5 * (thinking[gender] ?? 0))
  }
  return scores
}

/** The character the narration follows most, with their score and the runner-up's. */
export function guessViewpoint(
  text: WorkText,
  mentions: readonly Mention[],
  genderOf: (entity: string) => Gender | undefined,
): ViewpointGuess | undefined {
  const scores = viewpointScores(text, mentions, genderOf)
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const gender = pronounGender(text, mentions, genderOf)
  // Close third person calls the one it follows "she" and the others by name: when the narration's
  // pronouns say so clearly, the viewpoint is the best of that gender — unless the narration gives its
  // thoughts to the other ("she knew" more often than "he knew"): then the many "he"s are the man she
  // looks at, or several men each named once.
  const top = ranked[0] === undefined ? undefined : genderOf(ranked[0][0])
  const thinking = thinkingPronouns(text)
  const thinks = (which: Gender | undefined) => (which === undefined ? 0 : (thinking[which] ?? 0))
  const [best, second] =
    gender === undefined || top === gender || thinks(gender) < thinks(top)
      ? ranked
      : [
          ...ranked.filter(([entity]) => genderOf(entity) === gender),
          ...ranked.filter(([entity]) => genderOf(entity) !== gender),
        ]
  return best === undefined ? undefined : { entity: best[0], score: best[1], runnerUp: second?.[1] ?? 0 }
}

/** Narration pronouns a gender needs before it can say whose story it is. */
const MIN_PRONOUNS = 10

/**
 * The gender the narration refers to by pronoun far more than by name (twice the other's rate, per
 * name of a character of that gender), or none when both are alike.
 */
function pronounGender(
  text: WorkText,
  mentions: readonly Mention[],
  genderOf: (entity: string) => Gender | undefined,
): Gender | undefined {
  const pronouns: Partial<Record<Gender, number>> = {}
  for (const token of text.tokens) {
    const gender = token.quote < 0 ? THIRD_PERSON[token.text.toLowerCase()] : undefined
    if (gender !== undefined) pronouns[gender] = (pronouns[gender] ?? 0) + 1
  }
  const names: Partial<Record<Gender, number>> = {}
  for (const mention of mentions) {
    const gender = genderOf(mention.tag.name)
    if (gender !== undefined && text.tokens[mention.first]!.quote < 0)
      names[gender] = (names[gender] ?? 0) + 1
  }
  const rate = (gender: Gender) => (pronouns[gender] ?? 0) / Math.max(1, names[gender] ?? 0)
  for (const [gender, other] of [
    ['female', 'male'],
    ['male', 'female'],
  ] as const)
    if ((pronouns[gender] ?? 0) >= MIN_PRONOUNS && rate(gender) >= 2 * rate(other)) return gender
  return undefined
}
