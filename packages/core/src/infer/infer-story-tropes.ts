/**
 * Tropes a story shows by its shape rather than by its words: the point of view and tense it is told in,
 * whether it is a letter,
 * and what its main relationship is at its moment in canon — friends, a mentor and protégé, sisters; exes
 * who stay apart or get back together; a couple already together; a first kiss between two who were
 * never a couple; a romance at work; a love triangle when one of the two is, in canon, married or engaged to a third
 * character who is on the page (and cheating when the two are intimate). Each carries the facts it
 * rests on.
 * Wranglers give second person its tag nearly always, first person in most first-person stories (14 of
 * 22 labelled ones) and present tense in about half: the first two are tagged, present tense only
 * suggested (low confidence).
 * @module
 */
import type { Evidence } from '../model/work.js'
import { formatRelationship } from '../tags/relationship-name.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import {
  type CanonMoment,
  isApart,
  isTogether,
  partnersAt,
  type RelationshipReading,
} from './infer-relationships.js'
import type { InferredTag } from './inferred-tag.js'
import type { Story } from './story/read-story.js'
import type { Voice } from './story/voice.js'
import { INTERACTION_CUES } from './story/word-lists.js'

function trope(tag: string, confidence: number, evidence: Evidence[]): InferredTag {
  return { kind: 'freeform', tag, score: confidence, confidence, evidence }
}

const once = (phrase: string): Evidence => ({ phrase, count: 1 })

/** Words of a shared home, in sentences about the two. */
const DOMESTIC = new Set(INTERACTION_CUES.home.map((phrase) => phrase.replace(/\*$/, '')))

/** Words of the workplace that set a story at work: a chart in passing does not. */
const WORKPLACE_WORDS = 7

/** References and lines a third character needs to make a triangle. */
const THIRD_PRESENCE = 5

/** The tropes of how the text is told: point of view and tense, whatever the fandom. */
export function voiceTropes(voice: Voice): InferredTag[] {
  const { person, tense, counts } = voice
  const tropes: InferredTag[] = []
  if (person === 'second')
    tropes.push(trope('POV Second Person', 0.9, [{ phrase: 'you (narration)', count: counts.second }]))
  if (person === 'first')
    tropes.push(trope('POV First Person', 0.55, [{ phrase: 'I (narration)', count: counts.first }]))
  if (tense === 'present')
    tropes.push(
      trope('Present Tense', 0.35, [{ phrase: 'verbs in the present (narration)', count: counts.present }]),
    )
  return tropes
}

function relationshipTropes(
  vocab: Vocabulary,
  story: Story,
  reading: RelationshipReading,
  moment: CanonMoment,
): InferredTag[] {
  const main = reading.main
  if (main === undefined) return []
  const { pair, bond, canon } = main
  const tropes: InferredTag[] = []
  const apart = canon.statuses.filter(isApart)
  const together = canon.statuses.filter(isTogether)
  if (!main.romantic) {
    const genders = pair.map((name) => vocab.get('character', name)?.gender)
    if (canon.bond === 'mentor')
      tropes.push(trope('Mentor/Protégé', 0.75, [once('canon mentor and protégé')]))
    if (canon.bond === 'siblings') {
      const name = genders.every((g) => g === 'female')
        ? 'Sisters'
        : genders.every((g) => g === 'male')
          ? 'Brothers'
          : 'Siblings'
      tropes.push(trope(name, 0.7, [once('canon siblings')]))
    }
    if (canon.bond === 'family') tropes.push(trope('Family', 0.6, [once('canon family')]))
    if (apart.length > 0) {
      tropes.push(
        trope(
          'Exes',
          0.6,
          apart.map((status) => once(`${status} in canon`)),
        ),
      )
      if (apart.includes('divorced')) tropes.push(trope('Post-Divorce', 0.6, [once('divorced in canon')]))
    }
    const friends = canon.bond === 'friends' || bond.friendship > 0
    if (friends && canon.bond !== 'mentor' && canon.bond !== 'siblings' && canon.bond !== 'family') {
      const evidence = canon.bond === 'friends' ? [once('canon friends')] : bond.evidence.slice(0, 3)
      tropes.push(trope('Friendship', 0.65, evidence))
      if (genders.every((gender) => gender === 'female'))
        tropes.push(trope('Female Friendship', 0.6, evidence))
    }
    return tropes
  }
  // A couple together in canon is tagged an established relationship when the story shows them at
  // home together (the couch, the kitchen, in bed), not for canon alone.
  const home = bond.evidence.filter((entry) => DOMESTIC.has(entry.phrase))
  if (together.some((status) => status !== 'affair')) {
    tropes.push(
      trope('Established Relationship', home.length > 0 ? 0.6 : 0.45, [
        ...together.map((status) => once(`${status} in canon`)),
        ...home,
      ]),
    )
  }
  if (apart.length > 0) {
    const evidence = apart.map((status) => once(`${status} in canon`))
    // Exes who kiss on the page get back together; exes who do not are still in their divorce.
    if (bond.intimacy > 0)
      tropes.push(trope('Exes to Lovers', 0.7, evidence), trope('Getting Back Together', 0.6, evidence))
    if (apart.includes('divorced') || apart.includes('separated'))
      tropes.push(trope('Divorce', 0.6, evidence))
  }
  // Romance at work: a couple neither married nor apart, never shown at home, in a story set where they
  // work.
  if (
    apart.length === 0 &&
    !canon.statuses.includes('married') &&
    home.length === 0 &&
    story.setting.workWords >= WORKPLACE_WORDS
  )
    tropes.push(trope('Workplace Relationship', 0.55, story.setting.work.slice(0, 4)))
  const kissed = bond.evidence.some((entry) => entry.phrase === 'kiss')
  const romantic = vocab.get('relationship', formatRelationship(pair, 'romantic'))
  if (kissed && canon.statuses.length === 0 && (romantic?.canon ?? []).length === 0)
    tropes.push(trope('First Kiss', 0.6, [once('kiss'), once('never a couple in canon')]))
  // A love triangle: one of the two is, in canon, married or engaged to a third character, who is on
  // the page in earnest (not a passing mention).
  for (const [index, member] of pair.entries()) {
    const other = pair[1 - index]
    for (const [partner, statuses] of partnersAt(vocab, member, moment)) {
      const third = story.cast.members.get(partner)
      if (partner === other || third === undefined || !third.onPage) continue
      if (third.names + third.pronouns + third.spoke < THIRD_PRESENCE) continue
      const bound = statuses.filter((status) => status === 'married' || status === 'engaged')
      if (bound.length === 0) continue
      const evidence = [once(`${member} ${bound[0]} to ${partner} in canon`)]
      tropes.push(trope('Love Triangles', 0.6, evidence))
      if (bond.intimacy > 0) tropes.push(trope('Cheating', 0.6, [...evidence, ...bond.evidence.slice(0, 2)]))
      return tropes
    }
  }
  return tropes
}

/** The tropes the story's shape shows, those the vocabulary has: its voice, and its main relationship's. */
export function storyTropes(
  vocab: Vocabulary,
  voice: Voice,
  story: Story | undefined,
  reading: RelationshipReading,
  moment: CanonMoment,
): InferredTag[] {
  const letter = story?.letter
  const shown = [
    ...voiceTropes(voice),
    // Told as a letter from its salutation to its signature: the epistolary form, by its shape.
    ...(letter === undefined
      ? []
      : [
          trope('Epistolary', 0.7, [
            once(`a letter from "${letter.salutation.text}" to "${letter.closing.text}"`),
          ]),
        ]),
    ...(story === undefined ? [] : relationshipTropes(vocab, story, reading, moment)),
  ]
  return shown.filter((tag) => vocab.get('freeform', tag.tag) !== undefined)
}
