/**
 * The unwrangled-tag report behind `ficdex tags report`: which tags of a set of works the vocabulary
 * does not know, how many works use each, and the nearest canonical tags, so maintainers can add
 * synonyms or new tags where it matters most. Pure: works in, report out.
 * @module
 */
import {
  FREE_TAG_KINDS,
  type FreeTagKind,
  suggest,
  type TagSuggestion,
  tagKey,
  type Vocabulary,
  type Work,
  wrangleWork,
} from '@ficdex/core'

export interface UnwrangledTagUsage {
  /** The tag as most works write it (cleaned). */
  tag: string
  /** Number of works using it in any spelling the vocabulary would treat as the same. */
  works: number
  /** Every spelling seen, most used first; more than one when works write it differently. */
  spellings: string[]
  /** Ids of the first works using it, in input order (at most `EXAMPLE_WORKS`). */
  examples: string[]
  /** The nearest canonical tags of the kind, best first, within the fandoms of the works using it. */
  suggestions: TagSuggestion[]
}

export interface UnwrangledKind {
  kind: FreeTagKind
  /** Distinct unwrangled tags of the kind, listed or not. */
  distinct: number
  /** Uses of the kind's unwrangled tags: a work counts once per tag. */
  uses: number
  /** Most used first, then by name (the first `limit` of them). */
  tags: UnwrangledTagUsage[]
}

export interface TagsReport {
  /** Works read. */
  works: number
  /** Works with at least one unwrangled tag. */
  worksWithUnwrangled: number
  /** Distinct unwrangled tags over all kinds. */
  tags: number
  /** Uses over all kinds. */
  uses: number
  /** Kinds with unwrangled tags, in the order of `FREE_TAG_KINDS`. */
  kinds: UnwrangledKind[]
}

export interface TagsReportOptions {
  /** Suggestions per tag (default 3; 0 for none). */
  suggestions?: number
  /** List at most this many tags per kind, the most used (default: all). Totals always count all. */
  limit?: number
}

/** How many work ids each tag lists, enough to find the tag in the sources. */
export const EXAMPLE_WORKS = 3

interface Tally {
  kind: FreeTagKind
  works: number
  spellings: Map<string, number>
  examples: string[]
  fandoms: Set<string>
}

/**
 * Wrangles each work against `vocab` and tallies the tags left unwrangled.
 *
 * @example
 * const report = buildTagsReport(defaultVocabulary(), works)
 * report.kinds[0] // { kind: 'freeform', uses: 9, tags: [{ tag: 'coffee shop conversations', works: 1, … }] }
 */
export function buildTagsReport(
  vocab: Vocabulary,
  works: Iterable<Work>,
  options: TagsReportOptions = {},
): TagsReport {
  const tallies = new Map<string, Tally>()
  let read = 0
  let worksWithUnwrangled = 0
  for (const work of works) {
    read++
    const { work: wrangled, unwrangled } = wrangleWork(vocab, work)
    if (unwrangled.length > 0) worksWithUnwrangled++
    for (const { kind, tag } of unwrangled) {
      const id = `${kind}\u0000${tagKey(tag)}`
      let tally = tallies.get(id)
      if (tally === undefined) {
        tally = { kind, works: 0, spellings: new Map(), examples: [], fandoms: new Set() }
        tallies.set(id, tally)
      }
      tally.works++
      tally.spellings.set(tag, (tally.spellings.get(tag) ?? 0) + 1)
      if (tally.examples.length < EXAMPLE_WORKS) tally.examples.push(work.id)
      for (const fandom of wrangled.fandoms) tally.fandoms.add(fandom)
    }
  }

  const kinds: UnwrangledKind[] = []
  for (const kind of FREE_TAG_KINDS) {
    const ofKind = [...tallies.values()].filter((tally) => tally.kind === kind)
    if (ofKind.length === 0) continue
    const ranked = ofKind
      .map((tally) => ({ tally, spellings: spellingsOf(tally) }))
      .sort((a, b) => b.tally.works - a.tally.works || compareNames(a.spellings[0]!, b.spellings[0]!))
    kinds.push({
      kind,
      distinct: ofKind.length,
      uses: ofKind.reduce((sum, tally) => sum + tally.works, 0),
      tags: ranked.slice(0, options.limit ?? ranked.length).map(({ tally, spellings }) => ({
        tag: spellings[0]!,
        works: tally.works,
        spellings,
        examples: tally.examples,
        suggestions: suggest(vocab, kind, spellings[0]!, options.suggestions ?? 3, {
          // A fandom tag is not within a fandom; other kinds are judged within the works' fandoms.
          ...(kind === 'fandom' || tally.fandoms.size === 0 ? {} : { fandoms: [...tally.fandoms] }),
        }),
      })),
    })
  }
  return {
    works: read,
    worksWithUnwrangled,
    tags: tallies.size,
    uses: kinds.reduce((sum, kind) => sum + kind.uses, 0),
    kinds,
  }
}

/** Most used first; among equals, the first seen (Map order). */
function spellingsOf(tally: Tally): string[] {
  return [...tally.spellings].sort(([, a], [, b]) => b - a).map(([spelling]) => spelling)
}

/** Case-insensitive, then case-sensitive, the same on every machine. */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0)
}
