/**
 * Relationships from how characters interact on the page (see `story/bonds.ts`), not from how often they
 * are named. The main pair is the strongest bond between two characters on the page — one of them the
 * viewpoint character, when the story has one (a story is about the one whose eyes it looks through: a
 * couple the narrator watches across the table is the decoy, not the pair), with romance shown in the
 * text weighing more — and it is romantic (`A/B`) when
 * the romance between the two, with what canon says of them, passes a bar, else platonic (`A & B`). Canon
 * counts both ways: a couple together in the story's season needs less to be read as one, exes, siblings
 * and mentors need more. Other pairs are added only for romance the text itself shows. A weak bond gives
 * no relationship at all: a wrong main pairing is worse than none.
 * @module
 */
import type { Evidence } from '../model/work.js'
import { formatRelationship } from '../tags/relationship-name.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import type { Bond as CanonBond, CanonStatus } from '../tags/vocabulary-schema.js'
import { confidence } from './cue-score.js'
import type { InferredTag } from './inferred-tag.js'
import type { Bond } from './story/bonds.js'
import type { Story } from './story/read-story.js'
import { NARRATOR, PROTAGONIST } from './story/references.js'

const isTeller = (entity: string): boolean => entity === NARRATOR || entity === PROTAGONIST

export interface RelationshipOptions {
  /** The least bond strength a relationship needs. */
  minStrength: number
  /** The least bond strength a romantic relationship needs, per thousand words (never below `minStrength`). */
  romanticStrengthPerThousandWords: number
  /** The romance score a pair needs to be romantic. */
  romance: number
  /** The least share of the strongest bond's strength a romantic pair needs to lead instead. */
  romanceShare: number
  /** What a second romantic pair needs of intimacy and affection shown, beside a romantic reading. */
  secondaryShown: number
}

export const RELATIONSHIP_DEFAULTS: RelationshipOptions = {
  minStrength: 2,
  romanticStrengthPerThousandWords: 3,
  romance: 2,
  romanceShare: 0.4,
  secondaryShown: 3.5,
}

/** Where the story stands in canon: its fandoms and, per fandom, the era (season order) inferred. */
export interface CanonMoment {
  fandoms: readonly string[]
  eraOrder: ReadonlyMap<string, number>
}

/** The bond strength (lines, shared paragraphs, touch) of a pair a two-hander is about: a few scenes' worth. */
const TWO_HANDER_STRENGTH = 10

const TOGETHER = new Set(['together', 'engaged', 'married', 'affair'])
const APART = new Set(['separated', 'divorced', 'exes'])
/** What a platonic bond costs a pair's romance: nobody reads siblings as a couple without strong cause. */
const BOND_PRIOR = { siblings: -4, family: -4, mentor: -3, friends: -1, colleagues: -1 } as const

/** The romance shown in the text between the two, less what says they are exes or friends. */
export function textRomance(bond: Bond): number {
  return (
    2 * bond.intimacy +
    1.5 * bond.affection +
    0.5 * bond.partner +
    0.5 * bond.touch -
    0.5 * bond.former -
    0.5 * bond.friendship
  )
}

export interface CanonPrior {
  score: number
  evidence: Evidence[]
  /** The couple's canon statuses at the story's moment. */
  statuses: CanonStatus[]
  /** The platonic bond canon gives the two, if any. */
  bond?: CanonBond
  /** Whether canon ever has them as a couple. */
  canonCouple: boolean
}

/** What canon says of the pair as a couple, at the story's moment, with the reasons. */
export function canonPrior(
  vocab: Vocabulary,
  pair: readonly [string, string],
  moment: CanonMoment,
): CanonPrior {
  const evidence: Evidence[] = []
  const statuses: CanonStatus[] = []
  let score = 0
  const romantic = vocab.get('relationship', formatRelationship(pair, 'romantic'))
  if (romantic?.canon !== undefined && romantic.canon.length > 0) {
    score += 2
    evidence.push({ phrase: 'a canon couple', count: 1 })
    for (const span of romantic.canon) {
      const order = moment.eraOrder.get(span.fandom)
      if (order === undefined || !span.orders.has(order)) continue
      const era = vocab.eras(span.fandom).find((tag) => tag.order === order)?.name ?? span.fandom
      if (TOGETHER.has(span.status)) score += 1
      else if (APART.has(span.status)) score -= 2.5
      statuses.push(span.status)
      evidence.push({ phrase: `${span.status} in ${era}`, count: 1 })
    }
  } else if (romantic !== undefined) {
    score += 1
    evidence.push({ phrase: 'a known pairing', count: 1 })
  }
  const bond = vocab.get('relationship', formatRelationship(pair, 'platonic'))?.bond
  if (bond !== undefined) {
    score += BOND_PRIOR[bond]
    evidence.push({ phrase: `canon ${bond}`, count: 1 })
  }
  const canonCouple = (romantic?.canon ?? []).length > 0
  return { score, evidence, statuses, canonCouple, ...(bond === undefined ? {} : { bond }) }
}

/** The canon statuses of every couple a character is in at the story's moment, by partner. */
export function partnersAt(
  vocab: Vocabulary,
  character: string,
  moment: CanonMoment,
): Map<string, CanonStatus[]> {
  const partners = new Map<string, CanonStatus[]>()
  for (const tag of vocab.tags('relationship')) {
    if (tag.pairing !== 'romantic' || tag.characters?.length !== 2 || !tag.characters.includes(character))
      continue
    const partner = tag.characters.find((name) => name !== character)!
    for (const span of tag.canon ?? []) {
      const order = moment.eraOrder.get(span.fandom)
      if (order !== undefined && span.orders.has(order))
        partners.set(partner, [...(partners.get(partner) ?? []), span.status])
    }
  }
  return partners
}

/** Whether a status is a couple's being together (not apart). */
export const isTogether = (status: CanonStatus): boolean => TOGETHER.has(status)
export const isApart = (status: CanonStatus): boolean => APART.has(status)

/** The main relationship as read, for what else it implies (tropes). */
export interface MainRelationship {
  pair: [string, string]
  romantic: boolean
  bond: Bond
  canon: CanonPrior
}

export interface RelationshipReading {
  main?: MainRelationship
  tags: InferredTag[]
}

function bondEvidence(bond: Bond): Evidence[] {
  const counts: Evidence[] = [
    { phrase: 'lines to each other', count: bond.talk },
    { phrase: 'paragraphs together', count: bond.together },
  ]
  return [...counts.filter((entry) => entry.count > 0), ...bond.evidence]
}

export function readRelationships(
  vocab: Vocabulary,
  story: Story,
  moment: CanonMoment,
  options: RelationshipOptions,
): RelationshipReading {
  const { members, viewpoint } = story.cast
  // A bond with a teller nobody names ("I" never called by name) may be the story's main one; then the
  // main pair cannot be named, and no other pair stands in for it.
  const scored = story.bonds
    .filter(
      (bond) =>
        bond.strength >= options.minStrength &&
        bond.pair.every(
          (entity) =>
            isTeller(entity) || (members.get(entity)?.onPage === true && vocab.get('character', entity)),
        ),
    )
    .map((bond) => {
      const shown = textRomance(bond)
      const prior = canonPrior(vocab, bond.pair, moment)
      return {
        bond,
        shown,
        prior,
        romance: shown + prior.score,
        choice: bond.strength + 2 * Math.max(0, shown),
      }
    })
    .sort((a, b) => b.choice - a.choice || (a.bond.pair.join('/') < b.bond.pair.join('/') ? -1 : 1))
  const theirs = viewpoint === undefined ? [] : scored.filter((entry) => entry.bond.pair.includes(viewpoint))
  const candidates = theirs.length > 0 ? theirs : scored
  const least = Math.max(options.minStrength, (options.romanticStrengthPerThousandWords * story.words) / 1000)
  // Touch and talk of marriage make no couple of two that canon never paired: that needs a kiss, or
  // love said or shown.
  // A kiss on the page between two that canon once paired is romance whatever their season says: it is
  // what an exes-to-lovers story is made of.
  const isRomantic = (entry: (typeof scored)[number]) =>
    (entry.romance >= options.romance ||
      (entry.prior.canonCouple && entry.bond.intimacy > 0 && entry.shown > 0)) &&
    entry.bond.strength >= least &&
    (entry.prior.canonCouple || entry.bond.intimacy + entry.bond.affection > 0)
  // A story with a romance lists it first, as authors do: the strongest romantic pair leads when it is
  // a fair share of the strongest bond ("Mark is the friend with all the banter; Callie is the wife").
  // Romance the text shows (a kiss, love said) outranks romance canon alone lends: the friend she
  // leans on, once her boyfriend in canon, is not the man she kisses.
  const top = candidates[0]
  const shownRomance = (entry: (typeof scored)[number]) => entry.bond.intimacy + entry.bond.affection > 0
  const couple =
    candidates.find((entry) => isRomantic(entry) && shownRomance(entry)) ?? candidates.find(isRomantic)
  const main =
    couple !== undefined &&
    top !== undefined &&
    couple.bond.strength >= top.bond.strength * options.romanceShare
      ? couple
      : top
  const runnerUp = candidates.find((entry) => entry !== main)
  if (main === undefined || main.bond.pair.some(isTeller)) return { tags: [] }
  const tag = (entry: (typeof scored)[number], romantic: boolean): InferredTag => ({
    kind: 'relationship',
    tag: formatRelationship(entry.bond.pair, romantic ? 'romantic' : 'platonic'),
    score: entry.choice,
    confidence:
      confidence(entry.bond.strength, 8) *
      (runnerUp === undefined || entry !== main ? 1 : main.choice / (main.choice + runnerUp.choice / 2)),
    evidence: [...bondEvidence(entry.bond), ...entry.prior.evidence],
  })
  const romantic = isRomantic(main)
  // A platonic reading needs something platonic to rest on: canon's word for the bond (unless canon
  // also has them as a couple, and this story is not set when they are apart), exes, the text's
  // friendship words, or a story where no one else on the page talks or is talked to, whose pair's bond carries a story (a
  // two-hander is about the two; a four-line exchange is not a story about anyone). A bond
  // with nothing to say what it is gets no tag.
  const onPage = [...members.values()]
    .filter((member) => member.onPage && member.spoke + member.addressed > 0)
    .map((member) => member.entity)
  const twoHander = onPage.length === 2 && main.bond.pair.every((entity) => onPage.includes(entity))
  const platonic =
    (main.prior.bond !== undefined && !main.prior.canonCouple) ||
    main.prior.statuses.some(isApart) ||
    main.bond.friendship > 0 ||
    (twoHander && !main.prior.canonCouple && main.bond.strength >= TWO_HANDER_STRENGTH)
  if (!romantic && !platonic) return { tags: [] }
  const relationships = [tag(main, romantic)]
  // Other couples only for romance the text shows, not for canon alone.
  for (const entry of scored.slice(1))
    if (
      entry !== main &&
      isRomantic(entry) &&
      entry.bond.intimacy > 0 &&
      2 * entry.bond.intimacy + 1.5 * entry.bond.affection >= options.secondaryShown &&
      !entry.bond.pair.some(isTeller)
    )
      relationships.push(tag(entry, true))
  return {
    main: { pair: main.bond.pair, romantic, bond: main.bond, canon: main.prior },
    tags: relationships.map((relationship) => ({
      ...relationship,
      confidence: Math.round(relationship.confidence * 1000) / 1000,
    })),
  }
}
