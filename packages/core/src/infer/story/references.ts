/**
 * Who each stretch of a story refers to. Narration: every name, and every pronoun resolved to the last
 * character of its gender named in the scene (or, before any, to the story's most named character of
 * that gender); "I" is the narrator of a first-person story and "you" the protagonist of a second-person
 * one. Dialogue: each quotation's speaker (from "…," she said / said Lexie / the paragraph's actor / turn
 * taking) and addressee (a name said to someone, "Goodnight, Mark.", else whoever spoke before), and the
 * characters it only talks about.
 * @module
 */
import type { Gender } from '../../tags/vocabulary-schema.js'
import type { Mention } from '../find-characters.js'
import { findPhrase } from '../find-phrase.js'
import type { Token, WorkText } from '../work-text.js'
import type { Voice } from './voice.js'
import { FIRST_PERSON, SECOND_PERSON, SPEECH_VERBS, THIRD_PERSON } from './word-lists.js'

/** The "I" of a first-person story, until it is known who that is. */
export const NARRATOR = '@narrator'
/** The "you" of a second-person story, until it is known who that is. */
export const PROTAGONIST = '@you'

/** A mention of someone in narration: a name, a resolved pronoun, or the narrator's "I"/"you". */
export interface Reference {
  entity: string
  /** First and last token. */
  first: number
  last: number
  by: 'name' | 'pronoun'
}

/** One quotation: who says it, to whom, and whom it names. */
export interface Utterance {
  first: number
  last: number
  paragraph: number
  scene: number
  speaker?: string
  addressee?: string
  /** Characters named as the one spoken to ("Izzie." / "Goodnight, Mark."). */
  vocatives: string[]
  /** Characters named in it otherwise: talked about. */
  mentioned: string[]
  /** How the speaker was found: named in a speech tag ("said Lexie"), a pronoun in one ("she said"),
   * the paragraph's actor, or turn taking. */
  attributed?: 'name' | 'pronoun' | 'actor' | 'turn'
}

export interface StoryReferences {
  narration: Reference[]
  utterances: Utterance[]
}

type Binary = Exclude<Gender, 'nonbinary'>

function tokenRange(tokens: readonly Token[], from: number, step: 1 | -1, within: (t: Token) => boolean) {
  const out: number[] = []
  for (let i = from; i >= 0 && i < tokens.length && within(tokens[i]!); i += step) out.push(i)
  return out
}

/** What is known before reading: who tells the story, or through whose eyes it looks. */
export interface ReadingOptions {
  /** Who the "I" or "you" is: no "he" or "she" is them. */
  teller?: string
  /** Whom a first-person narration says "you" to: a letter's reader. */
  reader?: string
  /** Whose eyes a third-person story looks through: a pronoun of their gender is theirs, unless another
   * character of that gender was named in the sentence or the one before. */
  viewpoint?: string
  /** Who speaks or is spoken to, by the sentence they do it in (from a first reading of the dialogue). */
  participants?: ReadonlyMap<number, readonly string[]>
}

/** Words after which "her" is an object ("held her and", "to her.") rather than a possessive ("her hand"). */
const AFTER_OBJECT = new Set(
  'and to in on at with for from up down back again too as like that into onto over off out away close there here so very now then before after until while when if but because or'.split(
    ' ',
  ),
)

/** Words after which a name or pronoun starts a clause of its own: "and Meredith bumped…". */
const CLAUSE_OPENERS = new Set(
  'and but then while when as because so until after before if though although who once since'.split(' '),
)

/**
 * Whether the name or pronoun at this token is a subject: opening its sentence or a clause, with
 * something after it (a fragment that only names, "And Bailey.", goes on a list; it does nothing).
 */
function inSubjectPosition(text: WorkText, index: number): boolean {
  const token = text.tokens[index]!
  if (text.tokens[index + 1]?.sentence !== token.sentence) return false
  if (token.opensClause) return true
  const before = text.tokens[index - 1]
  if (before === undefined || before.sentence !== token.sentence) return true
  return (
    CLAUSE_OPENERS.has(before.text.toLowerCase()) ||
    /[,;:\u2013\u2014]/u.test(text.text.slice(before.end, token.start))
  )
}

/** Which clause of its sentence a token is in: a semicolon, colon or dash starts a new one. */
function clauseOf(text: WorkText, index: number): number {
  const token = text.tokens[index]!
  let clause = 0
  for (let i = index - 1; i >= 0 && text.tokens[i]!.sentence === token.sentence; i--)
    if (/[;:\u2013\u2014]/u.test(text.text.slice(text.tokens[i]!.end, text.tokens[i + 1]!.start))) clause++
  return -clause
}

function isObject(text: WorkText, index: number): boolean {
  const token = text.tokens[index]!
  const lower = token.text.toLowerCase()
  if (lower === 'him') return true
  if (lower !== 'her') return false
  const next = text.tokens[index + 1]
  if (next === undefined || next.sentence !== token.sentence || next.quote !== token.quote) return true
  return /[^\s]/u.test(text.text.slice(token.end, next.start)) || AFTER_OBJECT.has(next.text.toLowerCase())
}

/** Words after a name that make what it does a supposition: "Derek would say". */
const MODALS = new Set(['would', 'could', 'might', 'should', "wouldn't", "couldn't", "'d"])

/**
 * Whether a name is someone supposed rather than there: followed by a modal ("Derek would say it"), or
 * in an if-clause just before it ("if I told Derek").
 */
export function isHypothetical(text: WorkText, mention: Pick<Mention, 'first' | 'last'>): boolean {
  const after = text.tokens[mention.last + 1]
  const sentence = text.tokens[mention.first]!.sentence
  if (after !== undefined && after.sentence === sentence && MODALS.has(after.text.toLowerCase())) return true
  for (let i = mention.first - 1; i >= Math.max(0, mention.first - 4); i--) {
    const token = text.tokens[i]!
    if (token.sentence !== sentence) break
    if (token.text.toLowerCase() === 'if') return true
  }
  return false
}

/** Resolves the narration's names and pronouns to characters. */
function readNarration(
  text: WorkText,
  mentions: readonly Mention[],
  voice: Voice,
  genderOf: (entity: string) => Gender | undefined,
  options: ReadingOptions,
): Reference[] {
  const mentionAt = new Map(mentions.map((mention) => [mention.first, mention]))
  const binary = (entity: string): Binary | undefined => {
    const gender = genderOf(entity)
    return gender === 'male' || gender === 'female' ? gender : undefined
  }
  // Before anyone of a gender is named in a scene, a pronoun of that gender is the story's most named,
  // counting only those named as being there, not as someone who would do a thing or if told one.
  const named = new Map<string, number>()
  for (const mention of mentions)
    if (!isHypothetical(text, mention)) named.set(mention.tag.name, (named.get(mention.tag.name) ?? 0) + 1)
  const ranked: Record<Binary, string[]> = { male: [], female: [] }
  for (const [entity] of [...named].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const gender = binary(entity)
    if (gender !== undefined && entity !== options.teller) ranked[gender].push(entity)
  }
  const viewpointGender = options.viewpoint === undefined ? undefined : binary(options.viewpoint)
  const leaves = new Set<number>()
  for (const phrase of EXITS)
    for (const match of findPhrase(text, phrase, false))
      if (text.tokens[match.first]!.quote < 0) leaves.add(text.tokens[match.first]!.sentence)
  const references: Reference[] = []
  let scene = -1
  let sentence = -1
  /** Named in this scene, most recent first, with the sentence of the last naming. */
  let recent: { entity: string; gender: Binary; sentence: number }[] = []
  /**
   * How much each character has been referred to (or has spoken, or been spoken to) lately in this
   * scene: each reference adds, and every sentence fades what came before.
   */
  let salience = new Map<string, number>()
  const heard = (entity: string, weight = 1) => salience.set(entity, (salience.get(entity) ?? 0) + weight)
  const seen = (entity: string) => {
    const gender = binary(entity)
    if (gender === undefined || entity === options.teller) return
    recent = [{ entity, gender, sentence }, ...recent.filter((entry) => entry.entity !== entity)]
  }
  /** Per gender, the subject of the current sentence so far, and the clause it is in. */
  let subjects: Partial<Record<Binary, { entity: string; clause: number }>> = {}
  /** The character last referred to in this sentence: "he kissed him" switches only straight after. */
  let lastReferred: string | undefined
  const subjectAt = (index: number, entity: string | undefined, gender: Binary | undefined) => {
    if (entity === undefined || gender === undefined || entity === options.teller) return
    if (inSubjectPosition(text, index)) subjects[gender] = { entity, clause: clauseOf(text, index) }
  }
  for (let i = 0; i < text.tokens.length; i++) {
    const token = text.tokens[i]!
    if (token.scene !== scene) {
      scene = token.scene
      recent = []
      salience = new Map()
    }
    if (token.sentence !== sentence) {
      // One who leaves ("then she's gone", "he walked out") is no longer who "she" or "he" is.
      if (leaves.has(sentence))
        for (const { entity } of Object.values(subjects)) {
          recent = recent.filter((entry) => entry.entity !== entity)
          salience.delete(entity)
        }
      sentence = token.sentence
      subjects = {}
      lastReferred = undefined
      for (const [entity, weight] of salience) salience.set(entity, weight * FADE)
      // Who speaks or is spoken to here is in the scene, as much as one named.
      for (const entity of options.participants?.get(sentence) ?? []) {
        seen(entity)
        heard(entity)
      }
    }
    const mention = mentionAt.get(i)
    if (mention !== undefined) {
      const entity = mention.tag.name
      const narrated = token.quote < 0
      // Named in narration, or spoken to by name: either way, in the scene — unless only named to be
      // compared with ("more than Mr. Collins ever said"): the "he" that follows is still the other.
      if (isCompared(text, i)) {
        if (narrated) references.push({ entity, first: i, last: mention.last, by: 'name' })
      } else if (narrated || isVocative(text, i, mention.last)) {
        if (narrated) {
          references.push({ entity, first: i, last: mention.last, by: 'name' })
          lastReferred = entity
        }
        seen(entity)
        const possessive = text.tokens[mention.last]!.text !== text.tokens[mention.last]!.base
        if (narrated && !possessive) subjectAt(i, entity, binary(entity))
        heard(entity)
      }
      i = mention.last
      continue
    }
    if (token.quote >= 0) continue
    const lower = token.text.toLowerCase()
    const person =
      voice.person === 'first' && FIRST_PERSON.has(lower) && (lower !== 'i' || token.text === 'I')
        ? NARRATOR
        : voice.person === 'second' && SECOND_PERSON.has(lower)
          ? PROTAGONIST
          : voice.person === 'first' && SECOND_PERSON.has(lower)
            ? options.reader
            : undefined
    if (person !== undefined) {
      references.push({ entity: person, first: i, last: i, by: 'pronoun' })
      lastReferred = person
      continue
    }
    if (PLURAL.has(lower) || (voice.person === 'first' && FIRST_PLURAL.has(lower))) {
      // "they" (or the narrator's "we") are the scene's two most recent characters ("they'd become
      // friends"), not counting the sentence's subject ("Lexie watched them").
      const subjectsHere = new Set(Object.values(subjects).map((entry) => entry.entity))
      const two = recent
        .filter((entry) => !subjectsHere.has(entry.entity))
        .slice(0, FIRST_PLURAL.has(lower) ? 1 : 2)
        .map((entry) => entry.entity)
      if (FIRST_PLURAL.has(lower)) two.unshift(NARRATOR)
      if (two.length === 2)
        for (const entity of two) references.push({ entity, first: i, last: i, by: 'pronoun' })
      continue
    }
    const gender = THIRD_PERSON[lower]
    if (gender === undefined) continue
    const ofGender = recent.filter((entry) => entry.gender === gender)
    // The sentence's subject of that gender is who "he" or "she" is ("Meredith bumped Lexie's shoulder
    // with her own"); else the last of that gender named (or speaking) in this sentence or the one
    // before; else the viewpoint character; else whoever of that gender the scene has lately referred
    // to most (one named in passing does not take over from the one the scene is about); else the
    // story's most named. An object in the subject's own clause is someone else in the scene ("he
    // kissed him").
    const subject = subjects[gender]
    const local = ofGender.find((entry) => entry.sentence >= sentence - 1)
    const salient = [...ofGender].sort(
      (a, b) => (salience.get(b.entity) ?? 0) - (salience.get(a.entity) ?? 0),
    )[0]
    let entity: string | undefined =
      subject?.entity ??
      local?.entity ??
      (gender === viewpointGender ? options.viewpoint : (salient?.entity ?? ranked[gender][0]))
    const sameClause = subject !== undefined && subject.clause === clauseOf(text, i)
    if (sameClause && lastReferred === subject.entity && isObject(text, i)) {
      // Someone else in the scene: one only the rest of the story names is no likelier than the subject.
      const others = [
        ...ofGender.map((entry) => entry.entity),
        ...(gender === viewpointGender ? [options.viewpoint!] : []),
      ]
      entity = others.find((other) => other !== subject!.entity) ?? entity
    } else if (SUBJECTS.has(lower)) subjectAt(i, entity, gender)
    if (entity !== undefined) {
      references.push({ entity, first: i, last: i, by: 'pronoun' })
      lastReferred = entity
      // A pronoun keeps its character as current as a name would: "Derek let her. He watched her".
      seen(entity)
      heard(entity, 0.5)
    }
  }
  return references
}

/** Whether a name stands just after "than", in its sentence: someone compared with, not there. */
function isCompared(text: WorkText, index: number): boolean {
  const before = text.tokens[index - 1]
  return before?.sentence === text.tokens[index]!.sentence && before.text.toLowerCase() === 'than'
}

/** How many lines back an exchange is looked for: the other side of a conversation is near. */
const EXCHANGE = 4

/** Phrases that take the sentence's subject out of the scene. */
const EXITS = [
  "she's gone",
  "he's gone",
  'she was gone',
  'he was gone',
  'walked out',
  'walks out',
  'left the room',
  'leaves the room',
  'out the door',
  'door closed behind',
  'door closes behind',
  'door shut behind',
]

/**
 * How many times a story is read: a speaker found by turns in one reading settles a "he said" in the
 * next, and that settles the turns after it in the one after.
 */
const READINGS = 3

/** What every sentence keeps of a character's salience from the one before. */
const FADE = 0.7

const PLURAL = new Set(['they', 'them', 'their', 'themselves'])
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ourselves'])

/** Subject pronouns: a reference in this form near the start of a sentence is who acts in it. */
const SUBJECTS = new Set(['he', 'she', 'i', 'you', 'we'])
/** Words that may come before a sentence's subject: "And now he looks", "Then she said". */
const LEAD_WORDS = 3

/**
 * Whether a narration reference is the subject of its sentence: a name or subject pronoun leading it,
 * with something after it ("And Bailey." only names).
 */
function isSubject(text: WorkText, ref: Reference): boolean {
  const token = text.tokens[ref.first]!
  const possessive = text.tokens[ref.last]!.text !== text.tokens[ref.last]!.base
  if (possessive) return false
  if (ref.by === 'pronoun' && !SUBJECTS.has(token.text.toLowerCase())) return false
  if (text.tokens[ref.last + 1]?.sentence !== token.sentence) return false
  for (let i = ref.first, lead = 0; i >= 0; i--, lead++) {
    const at = text.tokens[i]!
    if (at.sentence !== token.sentence || at.quote >= 0) return lead <= LEAD_WORDS
    if (at.opensClause) return lead <= LEAD_WORDS
  }
  return true
}

/** Whether a name inside a quotation is said to someone: alone, or set off by commas or stops. */
export function isVocative(text: WorkText, first: number, last: number): boolean {
  const tokens = text.tokens
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  const quote = tokens[first]!.quote
  const opens = before === undefined || before.quote !== quote || tokens[first]!.opensSentence
  const setOffBefore = opens || /[,\u2013\u2014]/u.test(text.text.slice(before!.end, tokens[first]!.start))
  const closes = after === undefined || after.quote !== quote
  const gapAfter = text.text.slice(tokens[last]!.end, after?.start ?? text.text.length)
  const setOffAfter = closes || /^\s*[,.!?\u2026\u2014]/u.test(gapAfter)
  return setOffBefore && setOffAfter && !(closes && continuesAfterTag(text, last))
}

/**
 * Whether a quotation ending at this token goes on after its speech tag in mid-sentence:
 * `"Richard," said his mother, "thinks…"` — then the name before the tag is the sentence's subject,
 * not someone spoken to.
 */
function continuesAfterTag(text: WorkText, last: number): boolean {
  const tokens = text.tokens
  const quote = tokens[last]!.quote
  for (let i = last + 1; i < tokens.length && tokens[i]!.paragraph === tokens[last]!.paragraph; i++) {
    const token = tokens[i]!
    if (token.quote < 0) continue
    return token.quote !== quote && !token.opensSentence && /^\p{Ll}/u.test(token.text)
  }
  return false
}

/** Reads every quotation: who says it, to whom, and whom it names. */
function readDialogue(
  text: WorkText,
  mentions: readonly Mention[],
  narration: readonly Reference[],
  voice: Voice,
  viewpoint: string | undefined,
): Utterance[] {
  const tokens = text.tokens
  const refAt = new Map(narration.map((reference) => [reference.first, reference]))
  const refEndingAt = new Map(narration.map((reference) => [reference.last, reference]))
  const mentionsIn = new Map<number, Mention[]>()
  for (const mention of mentions) {
    const quote = tokens[mention.first]!.quote
    if (quote >= 0) mentionsIn.set(quote, [...(mentionsIn.get(quote) ?? []), mention])
  }
  const utterances: Utterance[] = []
  const byQuote = new Map<number, Utterance>()
  tokens.forEach((token, index) => {
    if (token.quote < 0) return
    const current = byQuote.get(token.quote)
    if (current !== undefined) current.last = index
    else {
      const utterance: Utterance = {
        first: index,
        last: index,
        paragraph: token.paragraph,
        scene: token.scene,
        vocatives: [],
        mentioned: [],
      }
      byQuote.set(token.quote, utterance)
      utterances.push(utterance)
    }
  })
  for (const [quote, utterance] of byQuote) {
    for (const mention of mentionsIn.get(quote) ?? []) {
      const list = isVocative(text, mention.first, mention.last) ? utterance.vocatives : utterance.mentioned
      if (!list.includes(mention.tag.name)) list.push(mention.tag.name)
    }
  }
  const sameParagraph = (paragraph: number) => (t: Token) => t.paragraph === paragraph && t.quote < 0
  const isSpeech = (index: number) => {
    const token = tokens[index]
    return token !== undefined && token.quote < 0 && SPEECH_VERBS.has(token.text.toLowerCase())
  }
  for (const utterance of utterances) {
    const inParagraph = sameParagraph(utterance.paragraph)
    const after = tokenRange(tokens, utterance.last + 1, 1, inParagraph)
    const before = tokenRange(tokens, utterance.first - 1, -1, inParagraph)
    let tag: Reference | undefined
    // "…," she said. / "…," said Lexie. / "…," Addison said pleasantly.
    const next = after[0]
    if (next !== undefined) {
      const ref = refAt.get(next)
      if (ref !== undefined && isSpeech(ref.last + 1)) tag = ref
      // "said his mother" names no speaker: only a name or a subject pronoun after the verb does.
      else if (isSpeech(next)) {
        const after = refAt.get(next + 1)
        if (
          after !== undefined &&
          (after.by === 'name' || SUBJECTS.has(tokens[next + 1]!.text.toLowerCase()))
        )
          tag = after
      }
    }
    // Bailey said, "…"
    const previous = before[0]
    if (tag === undefined && previous !== undefined && isSpeech(previous)) tag = refEndingAt.get(previous - 1)
    let speaker = tag?.entity
    if (tag !== undefined) utterance.attributed = tag.by
    else {
      // The paragraph's actor: a line of dialogue belongs to the one the paragraph's narration is about
      // (never to one the line speaks to by name).
      const actor = narration.find(
        (ref) =>
          tokens[ref.first]!.paragraph === utterance.paragraph &&
          isSubject(text, ref) &&
          !utterance.vocatives.includes(ref.entity),
      )
      if (actor !== undefined) {
        speaker = actor.entity
        utterance.attributed = 'actor'
      }
    }
    if (speaker !== undefined) utterance.speaker = speaker
  }
  // Unattributed lines: the same speaker within a paragraph; else the other side of the exchange — the
  // one the neighbouring line spoke to by name, else whoever spoke just before it, else the teller (the
  // "I" or "you", or whose eyes a third-person story looks through), who is in every conversation the
  // story hears with nobody else in it: a voice on the phone talks to them.
  const teller = voice.person === 'first' ? NARRATOR : voice.person === 'second' ? PROTAGONIST : viewpoint
  // The viewpoint character is in a scene only where the narration refers to them.
  const present = new Set(
    narration.filter((ref) => ref.entity === viewpoint).map((ref) => tokens[ref.first]!.scene),
  )
  const inScene = (who: string | undefined, scene: number) =>
    who !== undefined && (who !== viewpoint || present.has(scene))
  const otherSide = (index: number, neighbour: Utterance): string | undefined => {
    const speaker = neighbour.speaker!
    const named = neighbour.vocatives.find((name) => name !== speaker)
    if (named !== undefined) return named
    for (let back = index - 1; back >= Math.max(0, index - EXCHANGE); back--) {
      const earlier = utterances[back]!
      if (earlier.scene !== neighbour.scene) break
      if (earlier.speaker !== undefined && earlier.speaker !== speaker) return earlier.speaker
    }
    if (inScene(teller, neighbour.scene) && teller !== speaker) return teller
    // Or whoever speaks next, when the exchange opens before anyone in it is named.
    for (let ahead = index + 1; ahead < Math.min(utterances.length, index + EXCHANGE); ahead++) {
      const later = utterances[ahead]!
      if (later.scene !== neighbour.scene) break
      if (later.speaker !== undefined && later.speaker !== speaker) return later.speaker
    }
    return undefined
  }

  // Until no line changes: a speaker found late in an exchange carries back to its opening lines.
  for (let changed = true; changed; ) {
    changed = false
    utterances.forEach((utterance, index) => {
      if (utterance.speaker !== undefined) return
      for (const step of [-1, 1]) {
        const neighbour = utterances[index + step]
        if (neighbour?.speaker === undefined || neighbour.scene !== utterance.scene) continue
        const speaker =
          neighbour.paragraph === utterance.paragraph ? neighbour.speaker : otherSide(index + step, neighbour)
        // Nobody calls themselves by name.
        if (speaker !== undefined && !utterance.vocatives.includes(speaker)) {
          utterance.speaker = speaker
          utterance.attributed = 'turn'
          changed = true
          return
        }
      }
    })
  }
  // Addressees: a name said to someone; else the one who spoke before, or after, in the scene.
  const listener = teller
  utterances.forEach((utterance, index) => {
    const vocative = utterance.vocatives.find((name) => name !== utterance.speaker)
    if (vocative !== undefined) {
      utterance.addressee = vocative
      return
    }
    for (const other of [utterances[index - 1], utterances[index + 1]]) {
      if (
        other?.scene === utterance.scene &&
        other.speaker !== undefined &&
        other.speaker !== utterance.speaker
      ) {
        utterance.addressee = other.speaker
        return
      }
    }
    if (
      inScene(listener, utterance.scene) &&
      utterance.speaker !== undefined &&
      utterance.speaker !== listener
    )
      utterance.addressee = listener
  })
  return utterances
}

/** Reads who the narration and the dialogue of a story refer to. */
export function readReferences(
  text: WorkText,
  mentions: readonly Mention[],
  voice: Voice,
  genderOf: (entity: string) => Gender | undefined,
  options: ReadingOptions = {},
): StoryReferences {
  // Who speaks, found from one reading, helps tell whom "he" and "she" are in the next. A speaker found
  // only from a "he said" is the narration's own guess: fed back, a wrong guess would confirm itself, so
  // only speakers found otherwise (a name, turns, the paragraph's actor) and those spoken to are.
  let narration = readNarration(text, mentions, voice, genderOf, options)
  let utterances = readDialogue(text, mentions, narration, voice, options.viewpoint)
  for (let pass = 1; pass < READINGS; pass++) {
    const participants = new Map<number, string[]>()
    for (const utterance of utterances) {
      const sentence = text.tokens[utterance.first]!.sentence
      const speaker = utterance.attributed === 'pronoun' ? undefined : utterance.speaker
      for (const who of [speaker, utterance.addressee])
        if (who !== undefined && who !== NARRATOR && who !== PROTAGONIST)
          participants.set(sentence, [...(participants.get(sentence) ?? []), who])
    }
    narration = readNarration(text, mentions, voice, genderOf, { ...options, participants })
    utterances = readDialogue(text, mentions, narration, voice, options.viewpoint)
  }
  return { narration, utterances }
}
