/**
 * Tag inference for works with missing or partial metadata: from a work's text (title, summary,
 * chapters) and the vocabulary's names and cues, propose the fandoms, characters, romantic
 * relationships, canon era, tropes, and (conservatively) rating and warnings it lacks, each with a
 * confidence and the phrases that support it. Author tags always win: an inferred tag never replaces or
 * repeats one. Pure and deterministic: the same vocabulary and work give the same result.
 * @module
 */
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD, type TagKind } from '../model/tag-kind.js'
import type { TagProvenance, Work } from '../model/work.js'
import { tagKey } from '../tags/normalize-tag.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import { CueCounter, confidence } from './cue-score.js'
import { type FoundCharacters, findCharacters, mayFindCharacters } from './find-characters.js'
import { findPhrase } from './find-phrase.js'
import { type CueRule, inferByCues, TROPE_RULE } from './infer-by-cues.js'
import { inferCrossover } from './infer-crossover.js'
import { ERA_DEFAULTS, type EraOptions, fandomEras, pickEras, voteEras } from './infer-eras.js'
import { FANDOM_DEFAULTS, type FandomOptions, inferFandoms } from './infer-fandoms.js'
import { inferRating, inferWarnings } from './infer-rating-warnings.js'
import { RELATIONSHIP_DEFAULTS, type RelationshipOptions, readRelationships } from './infer-relationships.js'
import { storyTropes } from './infer-story-tropes.js'
import type { InferredTag } from './inferred-tag.js'
import { mergeInferred } from './merge-inferred.js'
import { knownNameShare } from './proper-names.js'
import { readStory, type Story } from './story/read-story.js'
import { readVoice } from './story/voice.js'
import { type WorkText, workText } from './work-text.js'

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
  /**
   * The least confidence a trope (freeform) needs to be added to the work (default 0.5). Weaker ones are
   * still proposed, as suggestions for authors: "POV First Person" fits, but few authors tag it.
   */
  minTropeConfidence?: number
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
export const DEFAULT_MIN_TROPE_CONFIDENCE = 0.5

/** Fandom cue phrases per vocabulary: places and things a canon's stories name ("Pemberley", "Vulcan"). */
const fandomCues = new WeakMap<Vocabulary, string[]>()

/** Which tokens the vocabulary knows as names: a character's form, or a fandom's cue. */
function known(vocab: Vocabulary, text: WorkText, found: FoundCharacters): (token: number) => boolean {
  let phrases = fandomCues.get(vocab)
  if (phrases === undefined) {
    phrases = [...new Set(vocab.tags('fandom').flatMap((tag) => tag.cues.map((cue) => cue.phrase)))]
    fandomCues.set(vocab, phrases)
  }
  const cued = new Uint8Array(text.tokens.length)
  for (const phrase of phrases)
    for (const match of findPhrase(text, phrase, false)) cued.fill(1, match.first, match.last + 1)
  return (token) => found.covered(token) || cued[token] === 1
}

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
  let unscoped: FoundCharacters | undefined
  const anywhere = () => {
    unscoped ??= findCharacters(vocab, text, { scope: null, mask })
    return unscoped.characters
  }
  const fandoms = wants('fandom')
    ? inferFandoms(vocab, new CueCounter(text), anywhere(), {
        ...FANDOM_DEFAULTS,
        ...options.fandoms,
        declared,
        knownNames: knownNameShare(text, known(vocab, text, unscoped!)),
      })
    : []
  proposed.push(...fandoms)
  const workFandoms = [...declared, ...fandoms.map((fandom) => fandom.tag)]

  // Without a fandom, a lone first name could be anyone's: only full names and synonyms count then.
  const scoped =
    findsCharacters() && workFandoms.length > 0
      ? findCharacters(vocab, text, { scope: vocab.fandomScope(workFandoms), mask })
      : undefined
  const found = !findsCharacters()
    ? []
    : scoped === undefined
      ? anywhere().filter((character) => character.named)
      : scoped.characters
  const characters = found.filter((character) => character.count >= (options.minMentions ?? 1))
  // Who the story is about, read once for eras, relationships and tropes; only with the fandoms known.
  const story: Story | undefined =
    scoped !== undefined && (seeks('era') || wants('relationship') || wants('freeform'))
      ? readStory(vocab, text, scoped.mentions)
      : undefined
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
    // A narrator the story never names (a letter signed with an initial) is in it all the same.
    const teller = story?.cast.viewpoint
    if (
      teller !== undefined &&
      vocab.get('character', teller) !== undefined &&
      !characters.some((character) => character.tag.name === teller)
    )
      proposed.push({
        kind: 'character',
        tag: teller,
        score: 1,
        confidence: confidence(1, 2),
        evidence: story!.cast.viewpointEvidence,
      })
  }

  const counter = new CueCounter(
    text,
    new Map(characters.map((character) => [character.tag.name, character.count])),
  )
  const eraOptions = { ...ERA_DEFAULTS, ...options.eras }
  const eras = seeks('era')
    ? pickEras(voteEras(vocab, counter, workFandoms, story, eraOptions), eraOptions)
    : []
  proposed.push(...eras)

  // Where the story stands in canon: its fandoms and the era of each (the author's, else inferred).
  const eraOrder = new Map<string, number>()
  for (const name of [...work.eras, ...eras.map((era) => era.tag)]) {
    const era = vocab.get('era', name)
    if (era?.order !== undefined && !eraOrder.has(era.fandoms[0]!)) eraOrder.set(era.fandoms[0]!, era.order)
  }
  const moment = { fandoms: workFandoms, eraOrder }
  const relationships =
    story === undefined
      ? { tags: [] }
      : readRelationships(vocab, story, moment, { ...RELATIONSHIP_DEFAULTS, ...options.relationships })
  if (seeks('relationship')) proposed.push(...relationships.tags)

  if (wants('freeform')) {
    proposed.push(...storyTropes(vocab, story?.voice ?? readVoice(text), story, relationships, moment))
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
  const least = options.minTropeConfidence ?? DEFAULT_MIN_TROPE_CONFIDENCE
  const proposed = proposeTags(vocab, work, options).filter(
    (tag) => tag.kind !== 'freeform' || tag.confidence >= least,
  )
  return mergeInferred(vocab, work, proposed)
}
