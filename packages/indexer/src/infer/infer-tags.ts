/**
 * Tag inference for works with missing or partial metadata: from a work's text (title, summary,
 * chapters) and the vocabulary's names and cues, propose the fandoms, characters, romantic
 * relationships, canon era, tropes, and (conservatively) rating and warnings it lacks, each with a
 * confidence and the phrases that support it. Author tags always win: an inferred tag never replaces or
 * repeats one. Pure and deterministic: the same vocabulary and work give the same result.
 * @module
 */
import {
  type Cue,
  FREE_TAG_KINDS,
  type FreeTagKind,
  TAG_FIELD,
  type TagKind,
  type TagProvenance,
  tagKey,
  type Vocabulary,
  type Work,
} from '@ficdex/core'
import { CueCounter, confidence } from './cue-score.js'
import { type CharacterMentions, findCharacters, mayFindCharacters } from './find-characters.js'
import { type CueRule, inferByCues, TROPE_RULE } from './infer-by-cues.js'
import { inferCrossover } from './infer-crossover.js'
import { ERA_DEFAULTS, type EraOptions, fandomEras, pickEras, voteEras } from './infer-eras.js'
import { FANDOM_DEFAULTS, type FandomOptions, inferFandoms } from './infer-fandoms.js'
import { inferRating, inferWarnings } from './infer-rating-warnings.js'
import { inferRelationships, RELATIONSHIP_DEFAULTS, type RelationshipOptions } from './infer-relationships.js'
import type { InferredTag } from './inferred-tag.js'
import { mergeInferred } from './merge-inferred.js'
import { workText } from './work-text.js'

export type InferKind = Exclude<TagKind, 'category'>
export const INFER_KINDS: readonly InferKind[] = [
  'fandom',
  'character',
  'relationship',
  'era',
  'freeform',
  'rating',
  'warning',
]

export interface InferOptions {
  /** The kinds to infer (default: all of `INFER_KINDS`). */
  kinds?: readonly InferKind[]
  /**
   * `missing` (default): infer a list kind only when the author gave no tag of it, so partial metadata
   * is completed, not second-guessed. `add`: also add to kinds the author filled (never repeating theirs).
   */
  fill?: 'missing' | 'add'
  /** Mentions a character needs to be tagged (default 1: a story naming Bailey once is about her too). */
  minMentions?: number
  /** The freeform tag whose cues are the romance cues relationships are found by (default "Romance"). */
  romanceTag?: string
  fandoms?: Partial<Omit<FandomOptions, 'declared'>>
  relationships?: Partial<RelationshipOptions>
  eras?: Partial<EraOptions>
  tropes?: Partial<CueRule>
}

export interface InferResult {
  /** The work with the inferred tags added to its tag lists, filter tags and provenance. */
  work: Work
  /** One provenance entry per inferred tag, `source: 'inferred'`, with confidence and evidence. */
  inferred: TagProvenance[]
}

export const DEFAULT_ROMANCE_TAG = 'Romance'

/** Multi-word fandom cues (places: "Grey Sloan Memorial") whose words must not be read as names. */
const masks = new WeakMap<Vocabulary, string[]>()
function placeMasks(vocab: Vocabulary): string[] {
  let list = masks.get(vocab)
  if (list === undefined) {
    list = [
      ...new Set(
        vocab
          .tags('fandom')
          .flatMap((tag) => tag.cues.map((cue) => cue.phrase))
          .filter((phrase) => /\s/.test(phrase.trim())),
      ),
    ]
    masks.set(vocab, list)
  }
  return list
}

/**
 * Proposes the tags a work lacks, per kind, strongest first, without changing the work. `inferTags`
 * adds them; this is the step to inspect or evaluate.
 */
export function proposeTags(vocab: Vocabulary, work: Work, options: InferOptions = {}): InferredTag[] {
  const kinds = new Set(options.kinds ?? INFER_KINDS)
  const wants = (kind: FreeTagKind) =>
    kinds.has(kind) && (options.fill === 'add' || work[TAG_FIELD[kind]].length === 0)
  const wantsRating = kinds.has('rating') && work.rating === 'Not Rated'
  const wantsWarnings = kinds.has('warning') && work.warnings.length === 0

  // Once the work's fandoms are settled (given, not inferred), the vocabulary alone bounds what its text
  // can yield: eras are voted among the eras of those very fandoms, characters are sought in their
  // scope, and relationships pair found characters. Archive works never carry an era and are mostly in
  // fandoms the vocabulary does not know; there none of these can be found, so not seeking them changes
  // no result. A work left with nothing to seek, like a fully tagged one, costs nothing: its text is
  // never read. (Tropes are not narrowed: most fit any fandom.)
  const declared = [...work.fandoms]
  const settled = !wants('fandom')
  let charactersFindable: boolean | undefined
  const findsCharacters = (): boolean =>
    (charactersFindable ??=
      !settled || mayFindCharacters(vocab, declared.length === 0 ? null : vocab.fandomScope(declared)))
  const seeks = (kind: FreeTagKind): boolean => {
    if (!wants(kind)) return false
    if (settled && kind === 'era') return fandomEras(vocab, declared).length > 0
    if (kind === 'character' || kind === 'relationship') return findsCharacters()
    return true
  }
  if (!FREE_TAG_KINDS.some(seeks) && !wantsRating && !wantsWarnings) return []

  const text = workText(work)
  const mask = placeMasks(vocab)
  const proposed: InferredTag[] = []
  let unscoped: CharacterMentions[] | undefined
  const anywhere = () => {
    unscoped ??= findCharacters(vocab, text, { scope: null, mask }).characters
    return unscoped
  }
  const fandoms = wants('fandom')
    ? inferFandoms(vocab, new CueCounter(text), anywhere(), {
        ...FANDOM_DEFAULTS,
        ...options.fandoms,
        declared,
      })
    : []
  proposed.push(...fandoms)
  const workFandoms = [...declared, ...fandoms.map((fandom) => fandom.tag)]

  // Without a fandom, a lone first name could be anyone's: only full names and synonyms count then.
  const found = !findsCharacters()
    ? []
    : workFandoms.length === 0
      ? anywhere().filter((character) => character.named)
      : findCharacters(vocab, text, { scope: vocab.fandomScope(workFandoms), mask }).characters
  const characters = found.filter((character) => character.count >= (options.minMentions ?? 1))
  if (seeks('character')) {
    proposed.push(
      ...characters.map((character) => ({
        kind: 'character' as const,
        tag: character.tag.name,
        score: character.count,
        confidence: confidence(character.count, 2),
        evidence: character.evidence,
      })),
    )
  }

  if (seeks('relationship')) {
    const romance: readonly Cue[] =
      vocab.get('freeform', options.romanceTag ?? DEFAULT_ROMANCE_TAG)?.cues ?? []
    proposed.push(
      ...inferRelationships(vocab, text, characters, romance, {
        ...RELATIONSHIP_DEFAULTS,
        ...options.relationships,
      }),
    )
  }

  const counter = new CueCounter(
    text,
    new Map(characters.map((character) => [character.tag.name, character.count])),
  )
  if (seeks('era'))
    proposed.push(...pickEras(voteEras(vocab, counter, workFandoms), { ...ERA_DEFAULTS, ...options.eras }))

  if (wants('freeform')) {
    const scope = workFandoms.length === 0 ? null : vocab.fandomScope(workFandoms)
    const romanceTag = options.romanceTag ?? DEFAULT_ROMANCE_TAG
    const tropes = vocab
      .tags('freeform')
      .filter((tag) => tag.name !== romanceTag && vocab.inScope(tag, scope))
    proposed.push(...inferByCues(counter, tropes, { ...TROPE_RULE, ...options.tropes }))
    const crossover = inferCrossover(vocab, [...declared.map((tag) => ({ tag, confidence: 1 })), ...fandoms])
    if (crossover !== undefined) proposed.push(crossover)
  }

  if (wantsRating) {
    const rating = inferRating(vocab, counter, work)
    if (rating !== undefined) proposed.push(rating)
  }
  if (wantsWarnings) proposed.push(...inferWarnings(vocab, counter, work))

  return withoutAuthorTags(work, proposed)
}

/** Drops proposals the author already has (by lookup key, so spelling variants count as the same tag). */
function withoutAuthorTags(work: Work, proposed: readonly InferredTag[]): InferredTag[] {
  const authors = new Map<TagKind, Set<string>>()
  const have = (kind: TagKind): Set<string> => {
    let keys = authors.get(kind)
    if (keys === undefined) {
      const value = work[TAG_FIELD[kind]]
      // The rating is one value, only ever proposed in place of "Not Rated": nothing to repeat.
      keys = new Set(typeof value === 'string' ? [] : value.map(tagKey))
      authors.set(kind, keys)
    }
    return keys
  }
  const seen = new Set<string>()
  return proposed.filter((tag) => {
    const key = `${tag.kind}\u0000${tagKey(tag.tag)}`
    if (seen.has(key) || have(tag.kind).has(tagKey(tag.tag))) return false
    seen.add(key)
    return true
  })
}

/**
 * Infers the tags a work lacks and adds them: to the kind's list, to `filterTags` with their meta tags
 * (through the core wrangler), and to `provenance` as `source: 'inferred'` with confidence and evidence.
 * Call it on a wrangled work, so author tags are canonical when compared.
 *
 * @example
 * const { work: wrangled } = wrangleWork(vocab, normalizeWork(source))
 * const { work: tagged, inferred } = inferTags(vocab, wrangled)
 * inferred[0] // { kind: 'fandom', tag: "Grey's Anatomy", source: 'inferred', confidence: 0.84, evidence: [...] }
 */
export function inferTags(vocab: Vocabulary, work: Work, options: InferOptions = {}): InferResult {
  return mergeInferred(vocab, work, proposeTags(vocab, work, options))
}
