/**
 * Which fandoms a text belongs to, from the characters it names and the fandom cues it contains
 * (places, nicknames: "Seattle Grace", "McDreamy", "Starfleet"). Evidence for a meta fandom counts for
 * each of its sub-fandoms, and only fandoms without sub-fandoms are proposed: stories are tagged with
 * the show, not the franchise. The best-scoring fandom comes first; another is added (a crossover) only
 * when the evidence the first cannot explain — its own cues and characters outside the fandoms already
 * chosen — is strong too, so Addison Montgomery (Grey's Anatomy and Private Practice) in a Seattle Grace
 * story does not make it a Private Practice story.
 * @module
 */
import type { Evidence, Vocabulary, VocabularyTag } from '@ficdex/core'
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
}

export const FANDOM_DEFAULTS: Omit<FandomOptions, 'declared'> = {
  characterWeight: 0.5,
  guestShare: 0.5,
  minScore: 1.5,
  crossoverShare: 0.3,
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
  const evidence = [...cues.evidence]
  for (const character of characters) {
    const fandoms = character.tag.fandoms
    if (!fandoms.some((fandom) => candidate.reach.has(fandom))) continue
    if (fandoms.some((fandom) => explained.has(fandom))) continue
    const home = candidate.reach.has(fandoms[0]!)
    total += options.characterWeight * (home ? 1 : options.guestShare) * saturate(character.count)
    evidence.push(...character.evidence)
  }
  return { candidate, score: total, evidence: mergeEvidence(evidence) }
}

/** The fandoms a text belongs to, best first; none when the evidence is too thin. */
export function inferFandoms(
  vocab: Vocabulary,
  counter: CueCounter,
  characters: readonly CharacterMentions[],
  options: FandomOptions,
): InferredTag[] {
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
