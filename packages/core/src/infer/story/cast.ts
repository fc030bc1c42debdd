/**
 * Who is on the page and whose story it is. A character is on the page when they speak, are spoken to
 * by name, or are referred to by the narration more than once; one only talked about in dialogue is
 * mentioned, not present. The viewpoint character is the narrator of a first-person story or the "you"
 * of a second-person one — found by the names others call them ("Dr. Yang." / "Get some sleep,
 * Stevens.") — or, in the third person, the one the narration refers to most.
 * @module
 */

import type { LetterParties } from './letter.js'
import {
  NARRATOR,
  PROTAGONIST,
  type ReadingOptions,
  type Reference,
  type StoryReferences,
} from './references.js'
import type { Voice } from './voice.js'

export interface CastMember {
  entity: string
  /** Narration references by name and by pronoun. */
  names: number
  pronouns: number
  /** Lines spoken, and lines in which someone says their name to them. */
  spoke: number
  addressed: number
  /** Times named in dialogue without being spoken to. */
  talkedAbout: number
  onPage: boolean
}

export interface Cast {
  members: Map<string, CastMember>
  /** The character whose story it is, when known. */
  viewpoint?: string
  /** Why: the names the narrator or "you" is called, or the narration's references. */
  viewpointEvidence: { phrase: string; count: number }[]
}

/** Who the "I" (or "you") is: the one others call by name, who is neither a named speaker nor spoken to by them. */
function identifyTeller(references: StoryReferences, teller: string): { entity?: string; count: number } {
  const votes = new Map<string, number>()
  const excluded = new Set<string>()
  for (const utterance of references.utterances) {
    // A line given to the teller only by turn-taking may be the other side's ("Go away, Evil Spawn"):
    // it cannot overrule a name others were heard to call them.
    if (utterance.speaker === teller && utterance.attributed !== 'turn')
      for (const name of utterance.vocatives) excluded.add(name)
    else if (utterance.speaker !== undefined && utterance.attributed === 'name')
      excluded.add(utterance.speaker)
  }
  for (const utterance of references.utterances) {
    if (utterance.speaker === undefined || utterance.speaker === teller) continue
    // Nobody calls themselves by name: a line that does was given to the wrong one by a "he said" or
    // by turns, and the name is the other side's ("Hikaru," he says — to the "I").
    const misread = utterance.attributed !== 'name'
    for (const name of utterance.vocatives)
      if ((name !== utterance.speaker || misread) && !excluded.has(name))
        votes.set(name, (votes.get(name) ?? 0) + 1)
  }
  const [best, second] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  if (best === undefined || (second !== undefined && second[1] === best[1])) return { count: 0 }
  return { entity: best[0], count: best[1] }
}

/** The references with the teller's "I" or "you" replaced by who they are. */
export function naming(references: StoryReferences, teller: string, entity: string): StoryReferences {
  const swap = (value: string | undefined) => (value === teller ? entity : value)
  return {
    narration: references.narration.map((ref): Reference => ({ ...ref, entity: swap(ref.entity)! })),
    utterances: references.utterances.map((utterance) => {
      const { speaker, addressee, ...rest } = utterance
      const named = { ...rest, vocatives: [...utterance.vocatives], mentioned: [...utterance.mentioned] }
      const who = swap(speaker)
      const to = swap(addressee)
      return {
        ...named,
        ...(who === undefined ? {} : { speaker: who }),
        ...(to === undefined ? {} : { addressee: to }),
      }
    }),
  }
}

/** Tallies each character's part in the story. */
function tally(references: StoryReferences): Map<string, CastMember> {
  const members = new Map<string, CastMember>()
  const member = (entity: string) => {
    let found = members.get(entity)
    if (found === undefined) {
      found = { entity, names: 0, pronouns: 0, spoke: 0, addressed: 0, talkedAbout: 0, onPage: false }
      members.set(entity, found)
    }
    return found
  }
  for (const ref of references.narration) member(ref.entity)[ref.by === 'name' ? 'names' : 'pronouns']++
  for (const utterance of references.utterances) {
    if (utterance.speaker !== undefined) member(utterance.speaker).spoke++
    for (const name of utterance.vocatives) if (name !== utterance.speaker) member(name).addressed++
    for (const name of utterance.mentioned) member(name).talkedAbout++
  }
  for (const found of members.values())
    found.onPage = found.spoke > 0 || found.addressed > 0 || found.names + found.pronouns >= 2
  return members
}

/**
 * Reads the cast and viewpoint; a known narrator or "you" replaces the placeholder in the references.
 * A letter's signer is its narrator, whatever others are heard to call them, and its reader its "you".
 */
export function readCast(
  read: (options: ReadingOptions) => StoryReferences,
  voice: Voice,
  viewpointGuess: string | undefined,
  letter: LetterParties = {},
): { cast: Cast; references: StoryReferences } {
  const teller = voice.person === 'first' ? NARRATOR : voice.person === 'second' ? PROTAGONIST : undefined
  const reading: ReadingOptions = letter.reader === undefined ? {} : { reader: letter.reader }
  let references: StoryReferences
  let viewpoint: string | undefined
  let viewpointEvidence: Cast['viewpointEvidence'] = []
  if (teller !== undefined) {
    // Who the teller is decides whom "he" and "she" can be, so the story is read again once it is known.
    const called = letter.writer === undefined ? identifyTeller(read(reading), teller) : undefined
    const entity = letter.writer?.entity ?? called?.entity
    if (entity !== undefined) {
      references = naming(read({ ...reading, teller: entity }), teller, entity)
      viewpoint = entity
      viewpointEvidence =
        letter.writer === undefined
          ? [{ phrase: `${voice.person}-person narrator called by name`, count: called?.count ?? 0 }]
          : [{ phrase: `letter signed "${letter.writer.signed}"`, count: 1 }]
    } else references = read(reading)
  } else {
    references = read(viewpointGuess === undefined ? {} : { viewpoint: viewpointGuess })
    viewpoint = viewpointGuess
  }
  const members = tally(references)
  if (teller === undefined && viewpoint !== undefined) {
    const member = members.get(viewpoint)
    viewpointEvidence = [
      { phrase: 'narration follows them', count: (member?.names ?? 0) + (member?.pronouns ?? 0) },
    ]
  }
  const member = viewpoint === undefined ? undefined : members.get(viewpoint)
  if (member !== undefined) member.onPage = true
  return {
    cast: { members, ...(viewpoint === undefined ? {} : { viewpoint }), viewpointEvidence },
    references,
  }
}
