/**
 * Which canon era a text is set in: each era of the work's fandoms scores its cues (places, events, who
 * is where: "Archfield", "ferry crash", "Grey Sloan Memorial", "Lexie Grey"), the best era wins, and its
 * neighbour in canon order joins it when nearly as strong (a story set across a season break).
 * @module
 */
import type { Vocabulary, VocabularyTag } from '@ficdex/core'
import { type CueCounter, confidence } from './cue-score.js'
import type { InferredTag } from './inferred-tag.js'

export interface EraOptions {
  /** The least score the best era needs. */
  minScore: number
  /** An adjacent era joins when it has at least this share of the best era's score. */
  neighbourShare: number
}

export const ERA_DEFAULTS: EraOptions = { minScore: 1, neighbourShare: 0.8 }

export interface EraVote {
  tag: VocabularyTag
  score: number
  evidence: InferredTag['evidence']
}

/**
 * The eras a work in these fandoms can be set in: those of each fandom named, not of its meta or
 * sub-fandoms (an era belongs to one show: a work tagged only "Grey's Anatomy Universe" has none).
 */
export function fandomEras(vocab: Vocabulary, fandoms: readonly string[]): VocabularyTag[] {
  return [...new Set(fandoms)].flatMap((fandom) => vocab.eras(fandom))
}

/** Every era of the fandoms with its score, best first (ties in canon order). */
export function voteEras(vocab: Vocabulary, counter: CueCounter, fandoms: readonly string[]): EraVote[] {
  return fandomEras(vocab, fandoms)
    .map((tag) => {
      const { score, evidence } = counter.score(tag.cues)
      return { tag, score, evidence }
    })
    .filter((vote) => vote.score > 0)
    .sort((a, b) => b.score - a.score || a.tag.order! - b.tag.order!)
}

/**
 * Picks the era from the votes: the best, if strong enough, and an adjacent era of the same fandom that
 * is nearly as strong. Confidence grows with the score and shrinks with a close runner-up.
 */
export function pickEras(votes: readonly EraVote[], options: EraOptions): InferredTag[] {
  const [best, ...rest] = votes
  if (best === undefined || best.score < options.minScore) return []
  const runnerUp = rest[0]?.score ?? 0
  const margin = best.score / (best.score + runnerUp)
  const picked = [best]
  const neighbour = rest.find(
    (vote) =>
      vote.tag.fandoms[0] === best.tag.fandoms[0] &&
      Math.abs(vote.tag.order! - best.tag.order!) === 1 &&
      vote.score >= best.score * options.neighbourShare,
  )
  if (neighbour !== undefined) picked.push(neighbour)
  return picked.map((vote) => ({
    kind: 'era' as const,
    tag: vote.tag.name,
    score: vote.score,
    confidence: Math.round(confidence(vote.score, 1) * margin * 1000) / 1000,
    evidence: vote.evidence,
  }))
}
