/**
 * How each pair of characters interacts on the page: lines said to each other, paragraphs shared, and
 * sentences that refer to both with words of touch, intimacy, affection, partnership or friendship
 * (in narration, or in a line one says to the other). A pair is what it does together, not how often
 * its names appear: a decoy talked about more than the couple has no bond at all.
 * @module
 */
import type { Evidence } from '../../model/work.js'
import { findPhrase } from '../find-phrase.js'
import type { WorkText } from '../work-text.js'
import type { StoryReferences } from './references.js'
import { INTERACTION_CUES, type InteractionKind } from './word-lists.js'

export interface Bond {
  /** The two characters, in name order. */
  pair: [string, string]
  /** Lines one says to the other. */
  talk: number
  /** Paragraphs in which both act, speak or are referred to by the narration. */
  together: number
  /** Sentences or lines between them with each kind of interaction word. */
  former: number
  touch: number
  intimacy: number
  affection: number
  partner: number
  home: number
  friendship: number
  /** The interaction words found, with counts. */
  evidence: Evidence[]
  /** All of it weighed into one number (see `strengthOf`). */
  strength: number
}

const KINDS = Object.keys(INTERACTION_CUES) as InteractionKind[]
const US = new Set(['you', 'your', 'yours', 'we', 'us', 'our'])
/** Who a spoken sentence may be about besides "you" and "me": a third, named or not ("kiss somebody"). */
const THIRD = new Set([
  ...['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their'],
  ...['somebody', 'someone', 'anybody', 'anyone', 'everybody', 'everyone'],
])

/** What each kind of evidence is worth towards a bond's strength. */
const WEIGHTS = {
  talk: 1,
  together: 0.5,
  former: 0.5,
  touch: 1,
  intimacy: 2,
  affection: 1.5,
  partner: 0.5,
  home: 0.5,
  friendship: 1,
}

export function strengthOf(bond: Omit<Bond, 'strength' | 'evidence' | 'pair'>): number {
  return (Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]).reduce(
    (sum, key) => sum + WEIGHTS[key] * bond[key],
    0,
  )
}

/**
 * Interaction words by token: for each token that starts a cue phrase, its kind and phrase. Kinds are
 * matched in their order, and a later phrase may not overlap an earlier one ("ex-wife" is not a wife).
 */
function interactionWords(
  text: WorkText,
): Map<number, { kind: InteractionKind; phrase: string; last: number }> {
  const found = new Map<number, { kind: InteractionKind; phrase: string; last: number }>()
  const used = new Uint8Array(text.tokens.length)
  for (const kind of KINDS) {
    for (const phrase of INTERACTION_CUES[kind]) {
      for (const match of findPhrase(text, phrase, false)) {
        if (used.subarray(match.first, match.last + 1).some((flag) => flag === 1)) continue
        used.fill(1, match.first, match.last + 1)
        found.set(match.first, { kind, phrase: phrase.replace(/\*$/, ''), last: match.last })
      }
    }
  }
  return found
}

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** Every pair's bond, strongest first. */
export function readBonds(text: WorkText, references: StoryReferences): Bond[] {
  const tokens = text.tokens
  const words = interactionWords(text)
  type Tally = Omit<Bond, 'strength' | 'evidence'> & { phrases: Map<string, number> }
  const bonds = new Map<string, Tally>()
  const bond = (a: string, b: string): Tally => {
    const id = key(a, b)
    let found = bonds.get(id)
    if (found === undefined) {
      const pair: [string, string] = a < b ? [a, b] : [b, a]
      found = {
        pair,
        talk: 0,
        together: 0,
        former: 0,
        touch: 0,
        intimacy: 0,
        affection: 0,
        partner: 0,
        home: 0,
        friendship: 0,
        phrases: new Map(),
      }
      bonds.set(id, found)
    }
    return found
  }
  const credit = (tally: Tally, from: number, to: number, quoted: boolean) => {
    const kinds = new Set<InteractionKind>()
    for (let i = from; i <= to; i++) {
      const word = words.get(i)
      if (word === undefined || tokens[i]!.quote >= 0 !== quoted) continue
      // Said aloud, touch is no touch, and romance counts only between "you" and "me" ("I love you",
      // "you kissed me"), not about a third ("I love that man", "he's in love with her").
      if (quoted && (word.kind === 'touch' || !betweenUs(i))) continue
      kinds.add(word.kind)
      tally.phrases.set(word.phrase, (tally.phrases.get(word.phrase) ?? 0) + 1)
    }
    for (const kind of kinds) tally[kind]++
  }

  /** Whether the sentence of a spoken word speaks of "you" or "we" and of no third person. */
  const betweenUs = (index: number): boolean => {
    const { sentence, quote } = tokens[index]!
    let us = false
    for (let i = index; i >= 0 && tokens[i]!.sentence === sentence && tokens[i]!.quote === quote; i--) {
      const lower = tokens[i]!.text.toLowerCase()
      if (THIRD.has(lower)) return false
      us ||= US.has(lower)
    }
    for (
      let i = index + 1;
      i < tokens.length && tokens[i]!.sentence === sentence && tokens[i]!.quote === quote;
      i++
    ) {
      const lower = tokens[i]!.text.toLowerCase()
      if (THIRD.has(lower)) return false
      us ||= US.has(lower)
    }
    return us
  }

  // Narration: sentences that refer to two characters.
  const bySentence = new Map<number, Set<string>>()
  const byParagraph = new Map<number, Set<string>>()
  const sentenceSpan = new Map<number, [number, number]>()
  tokens.forEach((token, index) => {
    const span = sentenceSpan.get(token.sentence)
    sentenceSpan.set(token.sentence, span === undefined ? [index, index] : [span[0], index])
  })
  const add = (map: Map<number, Set<string>>, at: number, entity: string) => {
    const set = map.get(at) ?? new Set<string>()
    set.add(entity)
    map.set(at, set)
  }
  for (const ref of references.narration) {
    add(bySentence, tokens[ref.first]!.sentence, ref.entity)
    add(byParagraph, tokens[ref.first]!.paragraph, ref.entity)
  }
  for (const [sentence, entities] of bySentence) {
    const [from, to] = sentenceSpan.get(sentence)!
    const list = [...entities]
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) credit(bond(list[i]!, list[j]!), from, to, false)
  }
  // Dialogue: a line said to someone.
  for (const utterance of references.utterances) {
    if (utterance.speaker !== undefined) add(byParagraph, utterance.paragraph, utterance.speaker)
    if (utterance.speaker === undefined || utterance.addressee === undefined) continue
    if (utterance.speaker === utterance.addressee) continue
    const tally = bond(utterance.speaker, utterance.addressee)
    tally.talk++
    // A line about someone else ("Pete is a man who kisses me") says nothing of the two talking.
    if (utterance.mentioned.length === 0) credit(tally, utterance.first, utterance.last, true)
  }
  for (const entities of byParagraph.values()) {
    const list = [...entities]
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) bond(list[i]!, list[j]!).together++
  }
  return [...bonds.values()]
    .map(({ phrases, ...tally }) => ({
      ...tally,
      evidence: [...phrases]
        .map(([phrase, count]) => ({ phrase, count }))
        .sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : 1)),
      strength: strengthOf(tally),
    }))
    .sort((a, b) => b.strength - a.strength || (a.pair.join('/') < b.pair.join('/') ? -1 : 1))
}
