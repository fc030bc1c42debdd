/**
 * Romantic relationships from co-occurrence: every sentence holding a romance cue ("kissed", "ex-wife",
 * "in love") lends its weight to each pair of characters named within a few sentences of it. Pairs the
 * vocabulary knows as relationship tags get a bonus (they are what fans write about); the strongest pair
 * is the main relationship and comes first.
 * @module
 */
import type { Evidence } from '@ficdex/core'
import { type Cue, formatRelationship, type Vocabulary } from '@ficdex/core'
import { confidence } from './cue-score.js'
import type { CharacterMentions } from './find-characters.js'
import { findPhrase } from './find-phrase.js'
import type { InferredTag } from './inferred-tag.js'
import type { WorkText } from './work-text.js'

export interface RelationshipOptions {
  /** Sentences either side of a cue in which both characters must be named. */
  window: number
  /** Multiplier for pairs that are relationship tags in the vocabulary. */
  canonicalBonus: number
  /** The least score a pair needs. */
  minScore: number
  /** Pairs after the first need at least this share of its score. */
  share: number
}

export const RELATIONSHIP_DEFAULTS: RelationshipOptions = {
  window: 2,
  canonicalBonus: 1.25,
  minScore: 0.8,
  share: 0.5,
}

/** A sentence holding romance cues: the weightiest cue speaks for it, so "kissed her husband" counts once. */
interface CueSentence {
  sentence: number
  weight: number
  phrase: string
}

/** The romance cues found, one entry per sentence. */
export function cueSentences(text: WorkText, cues: readonly Cue[]): CueSentence[] {
  const best = new Map<number, CueSentence>()
  for (const cue of cues) {
    for (const match of findPhrase(text, cue.phrase, false)) {
      const sentence = text.tokens[match.first]!.sentence
      const current = best.get(sentence)
      if (current === undefined || cue.weight > current.weight)
        best.set(sentence, { sentence, weight: cue.weight, phrase: cue.phrase })
    }
  }
  return [...best.values()].sort((a, b) => a.sentence - b.sentence)
}

export interface PairScore {
  /** Canonical character names in relationship order. */
  characters: [string, string]
  score: number
  /** Cue phrases that fired near both, with how many sentences they fired in. */
  evidence: Evidence[]
}

/** How many sentences the nearest of a sorted list of sentences is from `sentence`. */
function distance(sentences: readonly number[], sentence: number): number {
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sentences[middle]! < sentence) low = middle + 1
    else high = middle
  }
  const after = low < sentences.length ? sentences[low]! - sentence : Number.POSITIVE_INFINITY
  const before = low > 0 ? sentence - sentences[low - 1]! : Number.POSITIVE_INFINITY
  return Math.min(after, before)
}

/**
 * Co-occurrence scores of every pair of characters near romance cues, unweighted by the vocabulary,
 * highest first. A cue lends a pair its full weight when both are named in its sentence, and less the
 * farther the farther of them is (weight / (1 + sentences away)): in a short scene everyone is within
 * the window, but the two in the kissing sentence are the couple.
 */
export function scorePairs(
  cueHits: readonly CueSentence[],
  characters: readonly CharacterMentions[],
  window: number,
): PairScore[] {
  const pairs = new Map<
    string,
    { characters: [string, string]; score: number; phrases: Map<string, number> }
  >()
  for (const hit of cueHits) {
    const present = characters
      .map((character) => ({ name: character.tag.name, away: distance(character.sentences, hit.sentence) }))
      .filter((character) => character.away <= window)
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const names = formatRelationship([present[i]!.name, present[j]!.name], 'romantic').split('/') as [
          string,
          string,
        ]
        const key = names.join('\u0000')
        const pair = pairs.get(key) ?? { characters: names, score: 0, phrases: new Map<string, number>() }
        pair.score += hit.weight / (1 + Math.max(present[i]!.away, present[j]!.away))
        pair.phrases.set(hit.phrase, (pair.phrases.get(hit.phrase) ?? 0) + 1)
        pairs.set(key, pair)
      }
    }
  }
  return [...pairs.values()]
    .map(({ characters: names, score, phrases }) => ({
      characters: names,
      score,
      evidence: [...phrases]
        .map(([phrase, count]) => ({ phrase, count }))
        .sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : 1)),
    }))
    .sort((a, b) => b.score - a.score || (a.characters.join('/') < b.characters.join('/') ? -1 : 1))
}

/**
 * The romantic relationships of a text, main one first. Names in a relationship tag come from the
 * vocabulary's relationship order, so the pair reads as the vocabulary's tag when there is one.
 */
export function inferRelationships(
  vocab: Vocabulary,
  text: WorkText,
  characters: readonly CharacterMentions[],
  cues: readonly Cue[],
  options: RelationshipOptions,
): InferredTag[] {
  const scored = scorePairs(cueSentences(text, cues), characters, options.window)
    .map((pair) => {
      const name = formatRelationship(pair.characters, 'romantic')
      const known = vocab.get('relationship', name) !== undefined
      return { name, score: pair.score * (known ? options.canonicalBonus : 1), evidence: pair.evidence }
    })
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
  const best = scored[0]?.score ?? 0
  const floor = Math.max(options.minScore, best * options.share)
  return scored
    .filter((pair) => pair.score >= floor)
    .map((pair) => ({
      kind: 'relationship' as const,
      tag: pair.name,
      score: pair.score,
      confidence: confidence(pair.score, 2),
      evidence: pair.evidence,
    }))
}
