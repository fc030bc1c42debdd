/**
 * Which canon era (season) a story is set in. Each era of the work's fandoms is scored on three kinds of
 * evidence: its cues (events, places and states of affairs of that season, from the vocabulary's eras
 * and timeline: "the merger", "Seattle Grace Mercy West", "the trailer"); who is in the story, read
 * against the characters' seasons — a character on the page must be on the show that season, one only
 * talked about must at least have appeared by then (the dead and departed are talked about; the not yet
 * arrived are not), and when the people on the page were all on the show together in only a season or
 * two, that says as much as a cue; and the canon couples on the page, as the text shows them (married,
 * together, or exes) against when canon has them so. The best era wins when its cues are strong enough
 * and it stands clear of its rivals; otherwise there is no era: a story with no such evidence, or a
 * canon without seasons, gets none.
 * @module
 */
import type { Evidence } from '../model/work.js'
import { formatRelationship } from '../tags/relationship-name.js'
import type { Vocabulary, VocabularyTag } from '../tags/vocabulary.js'
import type { CanonStatus } from '../tags/vocabulary-schema.js'
import { type CueCounter, confidence } from './cue-score.js'
import { isApart, isTogether } from './infer-relationships.js'
import type { InferredTag } from './inferred-tag.js'
import type { Story } from './story/read-story.js'

type Cast = Story['cast']

export interface EraOptions {
  /** The least cue score the best era needs. */
  minScore: number
  /** The least share of the best score and its rival's (the best era not next to it) the best must have. */
  minMargin: number
  /** A neighbouring era with at least this share of the best score joins it (a story across a break). */
  neighbourShare: number
  /** What a character on the page outside their seasons costs an era, at full presence. */
  absentCost: number
  /** What each character on the page within their seasons adds, at full presence. */
  presentGain: number
  /** What a character talked about before their first season costs an era. */
  earlyCost: number
  /** What the only seasons that hold everyone on the page (one or two of them) gain, as a cue. */
  onlyTogether: number
  /** What a season gains, as a cue, when canon has a couple on the page as the text shows them. */
  coupleStatus: number
}

export const ERA_DEFAULTS: EraOptions = {
  minScore: 0.6,
  minMargin: 0.52,
  neighbourShare: 0.85,
  absentCost: 1.5,
  presentGain: 0.2,
  earlyCost: 0.6,
  onlyTogether: 0.6,
  coupleStatus: 0.4,
}

/**
 * The eras a work in these fandoms can be set in: those of each fandom named, not of its meta or
 * sub-fandoms (an era belongs to one show: a work tagged only "Grey's Anatomy Universe" has none).
 */
export function fandomEras(vocab: Vocabulary, fandoms: readonly string[]): VocabularyTag[] {
  return [...new Set(fandoms)].flatMap((fandom) => vocab.eras(fandom))
}

/**
 * Whether inference places a story of this fandom in an era at all: only where its eras have cues of
 * their own. A novel's volumes have none — readers do not place a story in a volume as in a season —
 * so what the cast or a couple says of them would be a guess.
 */
const placeable = (vocab: Vocabulary, fandom: string) => vocab.eras(fandom).some((era) => era.cues.length > 0)

export interface EraVote {
  tag: VocabularyTag
  /** Cue score plus what the cast says. */
  score: number
  /** The cue score alone. */
  cues: number
  /** How many of the cast fully on the page are in this era. */
  cast: number
  evidence: Evidence[]
}

type Member = Cast['members'] extends Map<string, infer M> ? M : never

/** What a character only narrated of (never talking) counts against a season they are not in. */
const NARRATED_ONLY = 1 / 3

/** Presence at which a character counts as on the page in earnest, for what their seasons say. */
const FULLY_PRESENT = 0.6

/** How present a character is, 0..1: five references or lines make them fully present. */
function presence(member: Member): number {
  return Math.min(1, (member.names + member.pronouns + member.spoke + member.addressed) / 5)
}

/** The seasons of a fandom in which everyone fully on the page was on the show, when that is one or two. */
function onlyTogether(vocab: Vocabulary, fandom: string, cast: Cast): { orders: Set<number>; who: string[] } {
  let orders: Set<number> | undefined
  const who: string[] = []
  for (const member of cast.members.values()) {
    const seasons = vocab.get('character', member.entity)?.seasons?.get(fandom)
    // Only those talking in the scene: one narrated of may be a memory.
    if (seasons === undefined || !member.onPage || member.spoke + member.addressed === 0) continue
    if (presence(member) < FULLY_PRESENT) continue
    orders = new Set([...(orders ?? seasons)].filter((order) => seasons.has(order)))
    who.push(member.entity)
  }
  return orders !== undefined && orders.size > 0 && orders.size <= 2
    ? { orders, who }
    : { orders: new Set(), who: [] }
}

/** What a canon couple on the page says of one season, and what that is worth as a cue. */
interface CoupleSign {
  evidence: Evidence
  weight: number
}

/**
 * What the canon couples on the page say of the season: a couple the text shows together (as partners,
 * or intimate) points to the seasons canon has them together, one it shows as exes to the seasons apart.
 * Shown as canon has them in only one or two seasons, that pins the season as firmly as the cast that
 * is only then together; a wedding on the page is the season canon marries them.
 */
function couplesShown(
  vocab: Vocabulary,
  fandom: string,
  story: Story,
  options: EraOptions,
): Map<number, CoupleSign[]> {
  const shown = new Map<number, CoupleSign[]>()
  const sign = (order: number, phrase: string, weight: number) =>
    shown.set(order, [...(shown.get(order) ?? []), { evidence: { phrase, count: 1 }, weight }])
  for (const bond of story.bonds) {
    const tag = vocab.get('relationship', formatRelationship(bond.pair, 'romantic'))
    if (tag?.canon === undefined) continue
    const said = new Set(bond.evidence.map((entry) => entry.phrase))
    const married = MARRIED_WORDS.some((word) => said.has(word))
    const together = bond.partner + bond.intimacy + bond.affection > 0 || bond.touch >= COUPLE_TOUCH
    const apart = bond.former > 0
    // Each season once per couple, however many of its statuses fit.
    const orders = new Map<number, CanonStatus>()
    for (const span of tag.canon) {
      if (span.fandom !== fandom) continue
      const fits =
        (apart && isApart(span.status)) ||
        (together && isTogether(span.status) && (span.status !== 'married' || married))
      if (fits) for (const order of span.orders) if (!orders.has(order)) orders.set(order, span.status)
    }
    const weight = orders.size <= 2 ? options.onlyTogether : options.coupleStatus
    for (const [order, status] of orders) sign(order, `${tag.name}: ${status}`, weight)
    if (WEDDING_WORDS.some((word) => said.has(word)))
      for (const span of tag.canon)
        if (span.fandom === fandom && span.status === 'married' && span.orders.size > 0)
          sign(Math.min(...span.orders), `${tag.name}: their wedding`, options.coupleStatus)
  }
  return shown
}

/** Sentences of touch that show a canon couple together, with no word for it. */
const COUPLE_TOUCH = 3

/** Words that say a couple is married, not only together. */
const MARRIED_WORDS = ['husband', 'wife', 'married', 'marriage', 'got married']

/** Words of a couple's wedding day. */
const WEDDING_WORDS = ['wedding', 'got married', 'get married', 'getting married']

/** Every era of the fandoms with its score, best first (ties in canon order). */
export function voteEras(
  vocab: Vocabulary,
  counter: CueCounter,
  fandoms: readonly string[],
  story: Story | undefined,
  options: EraOptions,
): EraVote[] {
  const votes: EraVote[] = []
  const cast = story?.cast
  const perFandom = new Map<
    string,
    { together: ReturnType<typeof onlyTogether>; couples: Map<number, CoupleSign[]> }
  >()
  for (const tag of fandomEras(vocab, fandoms)) {
    const fandom = tag.fandoms[0]!
    if (!placeable(vocab, fandom)) continue
    let known = perFandom.get(fandom)
    if (known === undefined) {
      known = {
        together: cast === undefined ? { orders: new Set(), who: [] } : onlyTogether(vocab, fandom, cast),
        couples: story === undefined ? new Map() : couplesShown(vocab, fandom, story, options),
      }
      perFandom.set(fandom, known)
    }
    const scored = counter.score(tag.cues)
    let cues = scored.score
    const evidence = [...scored.evidence]
    if (known.together.orders.has(tag.order!)) {
      cues += options.onlyTogether
      evidence.push({ phrase: `only then on the show together: ${known.together.who.join(', ')}`, count: 1 })
    }
    for (const couple of known.couples.get(tag.order!) ?? []) {
      cues += couple.weight
      evidence.push(couple.evidence)
    }
    let score = cues
    const castEvidence: Evidence[] = []
    for (const member of cast?.members.values() ?? []) {
      const seasons = vocab.get('character', member.entity)?.seasons?.get(fandom)
      if (seasons === undefined) continue
      const within = seasons.has(tag.order!)
      if (member.onPage) {
        // Talking (or being talked to) puts a character in the scene; being narrated may be a memory.
        const talks = member.spoke + member.addressed > 0 ? 1 : NARRATED_ONLY
        score += within
          ? options.presentGain * presence(member)
          : -options.absentCost * presence(member) * talks
        if (within && presence(member) >= FULLY_PRESENT)
          castEvidence.push({ phrase: member.entity, count: 1 })
      } else if (tag.order! < Math.min(...seasons)) score -= options.earlyCost
    }
    votes.push({ tag, score, cues, cast: castEvidence.length, evidence: [...evidence, ...castEvidence] })
  }
  return votes.sort((a, b) => b.score - a.score || a.tag.order! - b.tag.order!)
}

/**
 * Picks the era from the votes: the best, when its cues reach the least score and it stands clear of
 * its rival — the best era not next to it with evidence of its own (an era that only fits the cast, as
 * many seasons do, is no rival). Confidence grows with the score and the margin.
 */
export function pickEras(votes: readonly EraVote[], options: EraOptions): InferredTag[] {
  const [best, ...rest] = votes
  if (best === undefined || best.score <= 0) return []
  if (best.cues < options.minScore) return castWindow(votes)
  const near = (vote: EraVote) =>
    vote.tag.fandoms[0] === best.tag.fandoms[0] && Math.abs(vote.tag.order! - best.tag.order!) === 1
  const rival = Math.max(0, rest.find((vote) => !near(vote) && vote.cues > 0)?.score ?? 0)
  const margin = best.score / (best.score + rival)
  if (margin < options.minMargin) return []
  const picked = [best]
  const neighbour = rest.find((vote) => near(vote) && vote.score >= best.score * options.neighbourShare)
  if (neighbour !== undefined) picked.push(neighbour)
  return picked.map((vote) => ({
    kind: 'era' as const,
    tag: vote.tag.name,
    score: vote.score,
    confidence: Math.round(confidence(vote.score, 1) * margin * 1000) / 1000,
    evidence: vote.evidence,
  }))
}

/** The most seasons a cast window may span to be told, and the least share of the show it must leave out. */
const WINDOW_SEASONS = 3
const WINDOW_SHARE = 0.5
/** Characters fully on the page a window needs: one alone is anywhere in their run. */
const WINDOW_CAST = 2

/**
 * With no cue, the seasons the cast on the page is together in: when those are a few seasons of a long
 * show (a wrangler places such a story by who is in it), the middle one, with little confidence. A show
 * whose cast is together in most of its seasons says nothing this way, and gets no era.
 */
function castWindow(votes: readonly EraVote[]): InferredTag[] {
  // What the cast alone says: a cue too weak to place the story does not narrow the window either.
  const castScore = (vote: EraVote) => vote.score - vote.cues
  const best = [...votes].sort((a, b) => castScore(b) - castScore(a))[0]!
  const fandom = best.tag.fandoms[0]
  const seasons = votes.filter((vote) => vote.tag.fandoms[0] === fandom)
  const window = seasons
    .filter((vote) => castScore(vote) >= castScore(best) - 1e-9)
    .sort((a, b) => a.tag.order! - b.tag.order!)
  const orders = window.map((vote) => vote.tag.order!)
  const contiguous = orders.every((order, at) => at === 0 || order === orders[at - 1]! + 1)
  if (
    !contiguous ||
    window.length > WINDOW_SEASONS ||
    window.length > seasons.length * WINDOW_SHARE ||
    best.cast < WINDOW_CAST
  )
    return []
  const middle = window[Math.floor((window.length - 1) / 2)]!
  return [
    {
      kind: 'era' as const,
      tag: middle.tag.name,
      score: middle.score,
      confidence: Math.round((0.3 / window.length) * 1000) / 1000,
      evidence: [
        { phrase: `the cast together only in ${window.map((vote) => vote.tag.name).join(', ')}`, count: 1 },
        ...middle.evidence,
      ],
    },
  ]
}
