/**
 * One synthetic work in the shared source format (a JSONL line), drawn from the world. Each work has its own
 * random streams keyed by seed and index: output never depends on generation order, and its metadata is the
 * same with or without bodies.
 * @module
 */
import { CATEGORIES, type Category, type Rating, type Warning } from '@ficdex/core'
import { Rng } from './prng.js'
import { prose, title } from './prose.js'
import { WeightedTable } from './weighted-table.js'
import type { World } from './world.js'

/** A work as the source format writes it (see the indexer's readers); keys in a fixed order. */
export interface GeneratedWork {
  id: string
  title: string
  authors: string[]
  summary: string
  language: string
  rating: Rating
  warnings: Warning[]
  categories: Category[]
  fandoms: string[]
  relationships: string[]
  characters: string[]
  freeforms: string[]
  /** AO3 style: `posted/expected` or `posted/?`. */
  chapters: string
  complete: boolean
  published: string
  updated: string
  words: number
  kudos: number
  hits: number
  comments: number
  bookmarks: number
  /** The text of a one-chapter work. */
  body?: string
  /** The chapters of a longer work. */
  text?: { title: string; body: string }[]
}

export const MIN_TAGS = 3
export const MAX_TAGS = 40
export const MEDIAN_WORDS = 1_500
export const MAX_WORDS = 100_000
/** Publication dates span fifteen years, fixed so that output does not depend on today's date. */
export const FIRST_DAY = Date.UTC(2010, 0, 1)
export const LAST_DAY = Date.UTC(2024, 11, 31)

const table = <T>(entries: readonly (readonly [T, number])[]) =>
  new WeightedTable(
    entries.map(([item]) => item),
    entries.map(([, weight]) => weight),
  )

const LANGUAGES = table([
  ['en', 87],
  ['es', 3],
  ['fr', 2],
  ['zh', 2],
  ['ru', 2],
  ['de', 1.5],
  ['pt', 1],
  ['it', 0.5],
  ['ja', 0.5],
  ['ko', 0.5],
])
const RATING_TABLE = table<Rating>([
  ['General Audiences', 30],
  ['Teen And Up Audiences', 30],
  ['Mature', 15],
  ['Explicit', 20],
  ['Not Rated', 5],
])
const ROMANCE_CATEGORIES = table<Category>([
  ['M/M', 50],
  ['F/M', 30],
  ['F/F', 15],
  ['Other', 5],
])
const RELATIONSHIP_COUNTS = table([
  [0, 25],
  [1, 45],
  [2, 17],
  [3, 8],
  [4, 5],
])

export function generateWork(world: World, index: number, withBody: boolean): GeneratedWork {
  const rng = new Rng(world.seed, 'work', index)
  const tagCount = clamp(Math.round(rng.logNormal(11, 0.55)), MIN_TAGS, MAX_TAGS)
  const tags = drawTags(world, rng, tagCount)
  const words = clamp(Math.round(rng.logNormal(MEDIAN_WORDS, 1.1)), 50, MAX_WORDS)
  const { posted, expected } = drawChapters(rng, words)
  const published = FIRST_DAY + Math.floor(Math.sqrt(rng.next()) * (LAST_DAY - FIRST_DAY))
  const ongoing = posted > 1 || expected !== posted
  const updated = ongoing
    ? Math.min(LAST_DAY, published + Math.floor(rng.next() ** 2 * 3 * 365 * 86_400_000))
    : published
  const kudos = Math.min(250_000, Math.floor(rng.pareto(20, 1.2) - 20))
  const work: GeneratedWork = {
    id: `w${String(index + 1).padStart(7, '0')}`,
    title: title(rng, world.vocabulary),
    authors: rng.chance(0.05) ? distinct(() => world.drawAuthor(rng), 2) : [world.drawAuthor(rng)],
    summary: prose(rng, world.vocabulary, rng.int(15, 60)),
    language: LANGUAGES.sample(rng),
    rating: RATING_TABLE.sample(rng),
    warnings: drawWarnings(rng),
    categories: drawCategories(rng, tags.relationships),
    fandoms: tags.fandoms,
    relationships: tags.relationships,
    characters: tags.characters,
    freeforms: tags.freeforms,
    chapters: `${posted}/${expected ?? '?'}`,
    complete: expected === posted,
    published: isoDay(published),
    updated: isoDay(updated),
    words,
    kudos,
    hits: kudos + Math.floor(kudos * rng.logNormal(12, 0.6) + rng.pareto(30, 1.5)),
    comments: Math.floor(kudos * rng.logNormal(0.08, 0.9)),
    bookmarks: Math.floor(kudos * rng.logNormal(0.15, 0.7)),
  }
  if (withBody) writeText(work, new Rng(world.seed, 'body', index), world, posted)
  return work
}

interface Tags {
  fandoms: string[]
  relationships: string[]
  characters: string[]
  freeforms: string[]
}

/**
 * Exactly `count` tags across fandoms, relationships, characters and freeforms (fewer only when the freeform
 * list is too short). Relationships take at most a third of the non-fandom tags, so their characters fit.
 */
function drawTags(world: World, rng: Rng, count: number): Tags {
  const fandomCount = rng.chance(0.02) ? 3 : rng.chance(0.08) ? 2 : 1
  const ranks = distinct(() => world.drawFandom(rng), fandomCount)
  const fandoms = ranks.map((rank) => world.fandom(rank))
  const room = count - ranks.length
  const relationshipCount = Math.min(RELATIONSHIP_COUNTS.sample(rng), Math.floor(room / 3))
  const characters = new Set<string>()
  const relationships = distinct(() => {
    const fandom = rng.chance(0.85) ? fandoms[0]! : rng.pick(fandoms)
    const pair = fandom.characters.sampleDistinct(rng, 2).sort()
    for (const name of pair) characters.add(name)
    return pair.join(rng.chance(0.75) ? '/' : ' & ')
  }, relationshipCount)
  const characterTarget = Math.max(
    characters.size,
    clamp(
      Math.round((room - relationships.length) * (0.2 + rng.next() * 0.25)),
      1,
      room - relationships.length,
    ),
  )
  for (let attempts = 0; characters.size < characterTarget && attempts < 100; attempts++) {
    characters.add(rng.pick(fandoms).characters.sample(rng))
  }
  const freeformCount = count - ranks.length - relationships.length - characters.size
  return {
    fandoms: fandoms.map((fandom) => fandom.name),
    relationships,
    characters: [...characters],
    freeforms: world.freeforms.sampleDistinct(rng, freeformCount),
  }
}

function drawChapters(rng: Rng, words: number): { posted: number; expected: number | null } {
  const multi = words >= 4_000 ? rng.chance(0.75) : rng.chance(0.08)
  const posted = multi ? clamp(Math.round(words / rng.logNormal(3_000, 0.5)), 1, Math.min(200, words)) : 1
  if (rng.chance(posted === 1 ? 0.92 : 0.7)) return { posted, expected: posted }
  return { posted, expected: rng.chance(0.5) ? null : posted + rng.int(1, 10) }
}

function drawWarnings(rng: Rng): Warning[] {
  const roll = rng.next()
  if (roll < 0.52) return ['No Archive Warnings Apply']
  if (roll < 0.85) return ['Creator Chose Not To Use Archive Warnings']
  const warnings: Warning[] = []
  if (rng.chance(0.7)) warnings.push('Graphic Depictions Of Violence')
  if (rng.chance(0.35)) warnings.push('Major Character Death')
  if (rng.chance(0.12)) warnings.push('Rape/Non-Con')
  if (rng.chance(0.08)) warnings.push('Underage Sex')
  return warnings.length > 0 ? warnings : ['Graphic Depictions Of Violence']
}

function drawCategories(rng: Rng, relationships: readonly string[]): Category[] {
  const found = new Set<Category>()
  for (const relationship of relationships) {
    found.add(relationship.includes('/') ? ROMANCE_CATEGORIES.sample(rng) : 'Gen')
  }
  if (relationships.length === 0 && rng.chance(0.95)) found.add('Gen')
  if (found.size >= 3 || (found.size > 0 && rng.chance(0.05))) found.add('Multi')
  return CATEGORIES.filter((category) => found.has(category))
}

/** Splits the word count over the posted chapters, each at least one word, with some variation in length. */
function writeText(work: GeneratedWork, rng: Rng, world: World, posted: number): void {
  if (posted === 1) {
    work.body = prose(rng, world.vocabulary, work.words)
    return
  }
  const shares = Array.from({ length: posted }, () => 0.5 + rng.next())
  const total = shares.reduce((sum, share) => sum + share, 0)
  let left = work.words
  work.text = shares.map((share, i) => {
    const words =
      i === posted - 1
        ? left
        : Math.max(1, Math.min(left - (posted - 1 - i), Math.round((work.words * share) / total)))
    left -= words
    return { title: `Chapter ${i + 1}`, body: prose(rng, world.vocabulary, words) }
  })
}

function distinct<T>(draw: () => T, count: number): T[] {
  const found = new Set<T>()
  for (let attempts = 0; found.size < count && attempts < count * 20; attempts++) found.add(draw())
  return [...found]
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
