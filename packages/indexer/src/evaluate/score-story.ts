/**
 * Scoring one story's inferred tags against its label, by the rules of a labelled evaluation set: the
 * fandoms must be the label's exactly; the first relationship must name the label's main pair with the
 * right separator (`/` romantic, `&` platonic), and a story labelled with none may get no romantic one;
 * the first era must be of the label's fandom and within its tolerance of the season, and a story
 * labelled with none may get none; characters are counted against those on the page (one only mentioned
 * is neither right nor wrong); tropes score when one inferred freeform is among the label's.
 * Names on both sides are compared as the wrangler reads them, so synonyms and disambiguation suffixes
 * ("Miranda Bailey (Grey's Anatomy)") count as the same tag. A story from a fandom the vocabulary does
 * not know can only be answered by abstaining: it scores when it gets no fandom, no relationship and no
 * era, and its characters, unknown too, are left out of recall (any character inferred is wrong).
 * @module
 */
import { splitRelationship, type TagKind, tagKey, type Vocabulary, type Work, wrangle } from '@ficdex/core'
import { labelFandoms, type StoryLabel } from './story-label.js'

export interface CharacterScore {
  /** Inferred and on the page. */
  correct: string[]
  /** Inferred, neither on the page nor mentioned. */
  wrong: string[]
  /** On the page, not inferred. */
  missed: string[]
}

export interface StoryScore {
  fandom: boolean
  mainPairing: boolean
  era: boolean
  characters: CharacterScore
  /** Whether one inferred freeform is among the label's tropes. */
  tropeHit: boolean
  /** Inferred freeforms among the label's tropes, and the rest. */
  tropes: { right: string[]; wrong: string[] }
  /** What was inferred, for the table: fandoms, first relationship and first era. */
  inferred: { fandoms: string[]; relationship?: string; era?: string }
}

const DISAMBIGUATION = /\s*\([^)]*\)\s*$/u

/** The comparison key of a tag: its canonical form (in the work's fandoms), without disambiguation. */
function keyOf(vocab: Vocabulary, kind: TagKind, name: string, fandoms: readonly string[]): string {
  const { canonical } = wrangle(vocab, kind, name, { fandoms: [...fandoms] })
  return tagKey(canonical.replace(DISAMBIGUATION, ''))
}

/** A fandom's comparison key: its canonical name's. */
function fandomKey(vocab: Vocabulary, name: string): string {
  return keyOf(vocab, 'fandom', name, [])
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((value) => right.has(value))
}

function scoreMainPairing(
  vocab: Vocabulary,
  label: StoryLabel,
  relationships: readonly string[],
  fandoms: readonly string[],
): boolean {
  const expected = label.main_relationship
  if (expected === null) {
    return !relationships.some((tag) => splitRelationship(tag)?.type === 'romantic')
  }
  const first = relationships[0] === undefined ? undefined : splitRelationship(relationships[0])
  if (first === undefined || first.type !== expected.type || first.parts.length !== 2) return false
  const want = expected.characters.map((name) => keyOf(vocab, 'character', name, fandoms))
  const got = first.parts.map((name) => keyOf(vocab, 'character', name, fandoms))
  return sameSet(want, got)
}

function scoreEra(vocab: Vocabulary, label: StoryLabel, eras: readonly string[]): boolean {
  const expected = label.era
  if (expected === null) return eras.length === 0
  const first = eras[0] === undefined ? undefined : vocab.get('era', eras[0])
  if (first === undefined || first.order === undefined) return false
  if (fandomKey(vocab, first.fandoms[0] ?? '') !== fandomKey(vocab, expected.fandom)) return false
  return Math.abs(first.order - expected.season) <= expected.tolerance
}

function scoreCharacters(
  vocab: Vocabulary,
  label: StoryLabel,
  characters: readonly string[],
  fandoms: readonly string[],
): CharacterScore {
  const key = (name: string) => keyOf(vocab, 'character', name, fandoms)
  const onPage = new Map(label.characters.map((name) => [key(name), name]))
  const mentioned = new Set(label.mentioned_only.map(key))
  const found = new Set<string>()
  const correct: string[] = []
  const wrong: string[] = []
  for (const name of characters) {
    const k = key(name)
    if (onPage.has(k)) {
      found.add(k)
      correct.push(name)
    } else if (!mentioned.has(k)) wrong.push(name)
  }
  const missed = [...onPage].filter(([k]) => !found.has(k)).map(([, name]) => name)
  return { correct, wrong, missed }
}

/** Whether the vocabulary knows a fandom by this name. */
const knows = (vocab: Vocabulary, fandom: string): boolean => wrangle(vocab, 'fandom', fandom).wrangled

/** Scores the tags a work was given (author tags hidden, so all of them inferred) against its label. */
export function scoreStory(vocab: Vocabulary, label: StoryLabel, work: Work): StoryScore {
  const labelFandomNames = labelFandoms(label)
  const fandoms = work.fandoms
  const inferred = {
    fandoms: [...fandoms],
    ...(work.relationships[0] === undefined ? {} : { relationship: work.relationships[0] }),
    ...(work.eras[0] === undefined ? {} : { era: work.eras[0] }),
  }
  const tropeKeys = new Set(label.tropes.map((name) => keyOf(vocab, 'freeform', name, labelFandomNames)))
  const right: string[] = []
  const wrong: string[] = []
  for (const tag of work.freeforms)
    (tropeKeys.has(keyOf(vocab, 'freeform', tag, labelFandomNames)) ? right : wrong).push(tag)
  const tropes = { tropeHit: right.length > 0, tropes: { right, wrong } }
  if (!labelFandomNames.some((name) => knows(vocab, name))) {
    return {
      fandom: fandoms.length === 0,
      mainPairing: work.relationships.length === 0,
      era: work.eras.length === 0,
      characters: { correct: [], wrong: [...work.characters], missed: [] },
      ...tropes,
      inferred,
    }
  }
  const fandom = sameSet(
    fandoms.map((name) => fandomKey(vocab, name)),
    labelFandomNames.map((name) => fandomKey(vocab, name)),
  )
  return {
    fandom,
    mainPairing: scoreMainPairing(vocab, label, work.relationships, labelFandomNames),
    era: scoreEra(vocab, label, work.eras),
    characters: scoreCharacters(vocab, label, work.characters, labelFandomNames),
    ...tropes,
    inferred,
  }
}
