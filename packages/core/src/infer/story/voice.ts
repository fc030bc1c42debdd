/**
 * The narrative voice of a story: who tells it (first person "I", second person "you", or third person)
 * and in which tense, read from the narration alone (dialogue has every person and tense). A story told
 * in "you" has "you" on nearly every line of narration and few "I"s; a first-person story the reverse;
 * the tense is the share of common verbs in the present among those in the present or past.
 * @module
 */
import type { WorkText } from '../work-text.js'
import { FIRST_PERSON, SECOND_PERSON } from './word-lists.js'

export type Person = 'first' | 'second' | 'third'
export type Tense = 'present' | 'past'

export interface Voice {
  person: Person
  tense: Tense
  /** How clearly the text shows each, 0..1: the share of the winning form among its rivals. */
  personShare: number
  tenseShare: number
  /** The counts the decision was made from, as evidence. */
  counts: { first: number; second: number; third: number; present: number; past: number }
}

const THIRD = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself'])

/** Common verbs as plain, third-person present and past forms: narration tense shows in them. */
const VERBS: readonly [string, string, string][] = [
  ['are', 'is', 'was'],
  ['are', 'are', 'were'],
  ['have', 'has', 'had'],
  ['do', 'does', 'did'],
  ['say', 'says', 'said'],
  ['go', 'goes', 'went'],
  ['come', 'comes', 'came'],
  ['look', 'looks', 'looked'],
  ['think', 'thinks', 'thought'],
  ['know', 'knows', 'knew'],
  ['take', 'takes', 'took'],
  ['get', 'gets', 'got'],
  ['see', 'sees', 'saw'],
  ['turn', 'turns', 'turned'],
  ['stand', 'stands', 'stood'],
  ['sit', 'sits', 'sat'],
  ['find', 'finds', 'found'],
  ['put', 'puts', 'put'],
  ['make', 'makes', 'made'],
  ['hold', 'holds', 'held'],
  ['walk', 'walks', 'walked'],
  ['ask', 'asks', 'asked'],
  ['tell', 'tells', 'told'],
  ['feel', 'feels', 'felt'],
  ['keep', 'keeps', 'kept'],
  ['leave', 'leaves', 'left'],
  ['stop', 'stops', 'stopped'],
  ['open', 'opens', 'opened'],
  ['pull', 'pulls', 'pulled'],
  ['watch', 'watches', 'watched'],
]
const PRESENT = new Set(VERBS.map(([, present]) => present))
const PAST = new Set(VERBS.map(([, , past]) => past))
/** Plain forms ("walk", "look", "am") are present after "I", "you", "we" or "they". */
const PLAIN = new Set(['am', ...VERBS.map(([plain]) => plain)])
const PLAIN_SUBJECTS = new Set(['i', 'you', 'we', 'they'])

/** Narration that holds at least this many pronouns of a person, per 100 words, is told in it. */
const PERSON_RATE = 1.5

export function readVoice(text: WorkText): Voice {
  const counts = { first: 0, second: 0, third: 0, present: 0, past: 0 }
  let words = 0
  text.tokens.forEach((token, index) => {
    if (token.quote >= 0) return
    words++
    const lower = token.text.toLowerCase()
    const before = text.tokens[index - 1]?.text.toLowerCase()
    if (FIRST_PERSON.has(lower) && (lower !== 'i' || token.text === 'I')) counts.first++
    else if (SECOND_PERSON.has(lower)) counts.second++
    else if (THIRD.has(lower)) counts.third++
    if (PRESENT.has(lower) || (PLAIN.has(lower) && PLAIN_SUBJECTS.has(before ?? ''))) counts.present++
    else if (PAST.has(lower)) counts.past++
  })
  const rate = (count: number) => (words === 0 ? 0 : (count / words) * 100)
  const person: Person =
    rate(counts.second) >= PERSON_RATE && counts.second > counts.first * 2
      ? 'second'
      : rate(counts.first) >= PERSON_RATE && counts.first > counts.second
        ? 'first'
        : 'third'
  const personCount = counts[person]
  const tense: Tense = counts.present > counts.past ? 'present' : 'past'
  const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000)
  return {
    person,
    tense,
    personShare: share(personCount, counts.first + counts.second + counts.third),
    tenseShare: share(Math.max(counts.present, counts.past), counts.present + counts.past),
    counts,
  }
}
