/**
 * Which fandoms a text belongs to, from the characters it names and the fandom cues it contains
 * (places, nicknames: "Seattle Grace", "McDreamy", "Starfleet"). Evidence for a meta fandom counts for
 * each of its sub-fandoms, and only fandoms without sub-fandoms are proposed: stories are tagged with
 * the show, not the franchise. The best-scoring fandom comes first; another is added (a crossover) only
 * when the evidence the first cannot explain — its own cues, and characters whose home fandom (the one
 * the vocabulary lists first) is not yet chosen, two of them in none of the chosen fandoms — is strong
 * too: Addison Montgomery in a Seattle Grace story does not make it a Private Practice story, nor do
 * Derek and Mark talked of in an Oceanside one; Addison with Archer, Naomi, Sam, Pete and Bizzy does. And none at all when most of the story's people are strangers to
 * the vocabulary (a hospital drama of another canon is not Grey's Anatomy for sharing a surname with it).
 * @module
 */
import type { Evidence } from '../model/work.js'
import type { Vocabulary, VocabularyTag } from '../tags/vocabulary.js'
import { type CueCounter, confidence, mergeEvidence, saturate } from './cue-score.js'
import type { CharacterMentions } from './find-characters.js'
import type { InferredTag } from './inferred-tag.js'

export interface FandomOptions {
  /** What one character weighs against cues: each character adds this times its saturated mention count. */
  characterWeight: number
  /**
   * The share of that weight a character lends to fandoms other than its first-listed one: the vocabulary
   * lists a character's home fandom first (Naomi Bennett: Private Practice, then Grey's Anatomy).
   */
  guestShare: number
  /** The least score a fandom needs. */
  minScore: number
  /** Another fandom needs at least this share of the best fandom's score from evidence of its own. */
  crossoverShare: number
  /** Fandoms the work already has (the author's): they explain evidence as chosen fandoms do. */
  declared: readonly string[]
  /** The least share of the story's most used proper names the vocabulary must know (`proper-names.ts`). */
  minKnownNames: number
  /** That share for this story (1 when not measured). */
  knownNames: number
}

export const FANDOM_DEFAULTS: Omit<FandomOptions, 'declared' | 'knownNames'> = {
  characterWeight: 0.5,
  guestShare: 0.5,
  minScore: 1.5,
  crossoverShare: 0.3,
  minKnownNames: 0.5,
}

interface Candidate {
  tag: VocabularyTag
  /** The fandom and its meta fandoms: where its cues and characters may be declared. */
  reach: ReadonlySet<string>
  order: number
}

/** Fandoms without sub-fandoms, with what they reach, in vocabulary order. */
function leafFandoms(vocab: Vocabulary): Candidate[] {
  const fandoms = vocab.tags('fandom')
  const metas = new Set(fandoms.flatMap((tag) => tag.parents))
  return fandoms
    .filter((tag) => !metas.has(tag.name))
    .map((tag, order) => ({ tag, reach: new Set([tag.name, ...tag.ancestors]), order }))
}

interface Scored {
  candidate: Candidate
  score: number
  evidence: Evidence[]
  /** How many characters of none of the chosen fandoms lent it weight. */
  characters: number
  /** The cue score alone. */
  cues: number
}

/** Scores a fandom, leaving out evidence the `explained` fandoms (and their meta fandoms) account for. */
function score(
  vocab: Vocabulary,
  candidate: Candidate,
  counter: CueCounter,
  characters: readonly CharacterMentions[],
  explained: ReadonlySet<string>,
  options: FandomOptions,
): Scored {
  const cueTags = [...candidate.reach]
    .filter((name) => !explained.has(name))
    .map((name) => vocab.get('fandom', name))
  const cues = counter.score(cueTags.flatMap((tag) => tag?.cues ?? []))
  let total = cues.score
  let lent = 0
  const evidence = [...cues.evidence]
  for (const character of characters) {
    const fandoms = character.tag.fandoms
    if (!fandoms.some((fandom) => candidate.reach.has(fandom))) continue
    // A chosen fandom explains its own people; a character at home elsewhere still speaks for home.
    if (explained.has(fandoms[0]!)) continue
    const home = candidate.reach.has(fandoms[0]!)
    total += options.characterWeight * (home ? 1 : options.guestShare) * saturate(character.count)
    // Only those of none of the chosen fandoms make the case for another one in the same universe.
    if (!fandoms.some((fandom) => explained.has(fandom))) lent++
    evidence.push(...character.evidence)
  }
  return { candidate, score: total, evidence: mergeEvidence(evidence), characters: lent, cues: cues.score }
}

/** The fandoms a text belongs to, best first; none when the evidence is too thin. */
export function inferFandoms(
  vocab: Vocabulary,
  counter: CueCounter,
  characters: readonly CharacterMentions[],
  options: FandomOptions,
): InferredTag[] {
  if (options.knownNames < options.minKnownNames) return []
  const candidates = leafFandoms(vocab)
  const explained = new Set<string>()
  const explain = (fandom: string) => {
    for (const name of vocab.fandomScope([fandom])) explained.add(name)
  }
  for (const fandom of options.declared) explain(fandom)
  const chosen: InferredTag[] = []
  let best = 0
  for (;;) {
    const scored = candidates
      .filter((candidate) => !explained.has(candidate.tag.name))
      .map((candidate) => score(vocab, candidate, counter, characters, explained, options))
      .sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order)
    const top = scored[0]
    if (top === undefined) break
    const floor = Math.max(options.minScore, best * options.crossoverShare)
    if (top.score < floor) break
    // Within one universe (a show and its spin-off) a second fandom needs two people at home there, or
    // strong cues of its own; a canon unrelated to those chosen needs only its evidence.
    const related = [...explained].some((name) => top.candidate.reach.has(name))
    if (related && top.characters < 2 && top.cues < 1) break
    best = Math.max(best, top.score)
    chosen.push({
      kind: 'fandom',
      tag: top.candidate.tag.name,
      score: top.score,
      confidence: confidence(top.score, 3),
      evidence: top.evidence,
    })
    explain(top.candidate.tag.name)
  }
  return chosen
}
