/**
 * Decides how each query word matches, as Meilisearch does:
 * - the last word also matches as a prefix, whole word or not ("ferry" finds "ferryboatfeelings");
 * - every word is widened to the indexed terms within its typo allowance (see `typo.ts`), among the
 *   terms sharing its first letter. The allowance depends on the query word alone, never on whether some
 *   other work happens to contain the word as typed: "harbor" finds "harbour" on every index.
 * Those terms are kept in memory by first letter, across writes (`letter-terms.ts`). A common whole word
 * as a prefix expands to many posting lists (measured 10–400 ms at 20k works); that is the price of
 * matching as documented.
 * A one-letter last word has no prefix postings of its own, so it is matched as the two-letter prefixes
 * its terms start with, whose postings the index keeps: at 100k works with bodies, every work holding a
 * word in "a" took 0.9–1.3 s to find through FTS5's own expansion and 0.13 s through its 24 prefixes.
 *
 * Corrections and "did you mean" suggestions come from the works the searching scope may see: a term
 * that only a work above the scope holds is never offered, so how a query is read reveals nothing of
 * them. The cheap whole-index lists come first; only a candidate is confirmed within the scope.
 *
 * How a word matches is kept, per scope, until the works change: a search page sends the same words again
 * at every keystroke and click, and each time its typo distance to every close term, then an index lookup
 * per candidate, took about a tenth of a search (at 100k works with bodies, the headline mix's 200
 * queries each run three times, with and without keeping them, alternated: p50 9.97 -> 8.86 ms, mean
 * 11.66 -> 10.31; text only p50 8.09 -> 7.31, mean 11.09 -> 10.13).
 * @module
 */
import type Database from 'better-sqlite3'
import {
  allowedTypos,
  codePointLength,
  SUGGESTIONS,
  spellingSuggestions,
  termCounts,
  typoCorrections,
} from '../../engine/text/typo.js'
import type { Scope } from '../../model/query.js'
import { scopeRank } from './codes.js'
import { type DataVersion, MapUntilChange } from './data-version.js'
import { IN_FILTERS, inText, scopeTokens } from './filter-tokens.js'
import { group, type PrefixCover, type ResolveWord, type WordMatch } from './fts-query.js'
import { COVER_LENGTH, LetterTermLists } from './letter-terms.js'
import { PREFIX_LENGTHS } from './schema.js'

/** Words whose match is kept at most (the first kept goes first); each holds a few dozen terms at most. */
const RESOLVED_WORDS = 10_000

/** Corrections tried per word at most. */
const CORRECTIONS = 10

/** A last word longer than this has no prefix postings in the index: FTS5 merges its terms' postings. */
const LONGEST_PREFIX = Math.max(...PREFIX_LENGTHS)

/**
 * A longer last word's terms, when at most this many, are matched as whole terms instead: FTS5 copies
 * every posting of a prefix's terms into one list before matching, while an OR of the terms reads them
 * in step (at 100k works with bodies, counting "light"* took 12.5 ms, its 7 terms 3.8, the word alone
 * 1.7); with many terms the OR is the slower (the 134 terms of "star", measured when four-letter
 * prefixes had no postings: 20 against 31 ms).
 */
const MAX_WHOLE_TERMS = 16

/**
 * With other words required, more terms still pay when they are common: the OR then skips to the works
 * the other words hold, while the prefix first copies every posting of its terms; but FTS5 steps an OR
 * through all its terms at each work, so rare terms are better merged. At 100k works with bodies, "nest
 * mouth" ("mouth"* starts 31 terms held by 92,915 works in all) was counted in 2.7 ms against 12.0 and
 * its best 41 scored in 12.9 against 27.2; "elian brerk" (59 terms, 43,725) was no faster as whole terms
 * and its typo-widened count slower (22 against 17 ms). Alone, the 31 terms of "mouth" scored slower
 * (49.6 against 39.9 ms): BM25 counts the works of each phrase.
 */
const MAX_NARROWED_WHOLE_TERMS = 64
/** Works holding each term, summed, per term: "mouth" 2,997, "brerk" 741. */
const MIN_WORKS_PER_TERM = 1500

/**
 * Whether a longer last word's `count` terms, held by `termWorks` works summed over the terms, are better
 * read in step as whole terms than merged as a prefix; `alone` when no other word is required with it.
 */
export function readInStep(count: number, termWorks: number, alone: boolean): boolean {
  if (count <= MAX_WHOLE_TERMS) return true
  return !alone && count <= MAX_NARROWED_WHOLE_TERMS && termWorks >= MIN_WORKS_PER_TERM * count
}

export class Vocabulary {
  readonly #hasTerm: Database.Statement
  readonly #lists: LetterTermLists
  readonly #resolved: MapUntilChange<string, WordMatch>

  constructor(db: Database.Database, version: DataVersion) {
    this.#lists = new LetterTermLists(db, version)
    this.#resolved = new MapUntilChange(version, RESOLVED_WORDS)
    // A MATCH stops at the first posting; fts5vocab would count every posting of the term first.
    this.#hasTerm = db.prepare('SELECT 1 FROM work_search WHERE work_search MATCH ? LIMIT 1').pluck()
  }

  /** How words match for a caller in `scope` (kept until the works change, see the module comment). */
  resolverFor(scope: Scope): ResolveWord {
    const visible = this.#visibleIn(scope)
    const resolve = (token: string, last: boolean, alone: boolean): WordMatch => {
      const match: WordMatch = { prefix: last, corrections: this.#corrections(token, visible) }
      return last ? this.#withCover(match, token, alone) : match
    }
    // Only a last word's match depends on whether it is alone (`#wholeTerms`).
    return (token, last, alone) =>
      this.#resolved.through(`${scope} ${last ? (alone ? 'alone' : 'last') : 'word'} ${token}`, () =>
        resolve(token, last, alone),
      )
  }

  /**
   * For a caller in `scope`: the indexed terms (and `extra` words, such as ship names) a word that found
   * little may have been meant as (see `spellingSuggestions`); none when the scope sees the word itself.
   */
  suggesterFor(scope: Scope, extra: Iterable<string> = []): (token: string) => string[] {
    const visible = this.#visibleIn(scope)
    const words = [...extra].filter((w) => !w.includes(' '))
    const extraTerms = termCounts(words.map((word) => [word, 0] as const))
    const extraWords = new Set(words)
    return (token) => {
      if (visible(token)) return []
      const close = spellingSuggestions(token, [this.#lists.of(token), extraTerms], Infinity)
      return close.filter((term) => extraWords.has(term) || visible(term)).slice(0, SUGGESTIONS)
    }
  }

  /** Whether a work the scope may see holds a term. */
  #visibleIn(scope: Scope): (term: string) => boolean {
    const { unseen } = scopeTokens(scopeRank(scope))
    const inScope = unseen.length === 0 ? '' : ` NOT ${IN_FILTERS} ${group(unseen, 'OR')}`
    return (term) => this.#hasTerm.get(`${inText(`"${term}"`)}${inScope}`) !== undefined
  }

  /** A last word's terms where the index keeps no postings for the word as a prefix. */
  #withCover(match: WordMatch, token: string, alone: boolean): WordMatch {
    const length = codePointLength(token)
    const cover =
      length < COVER_LENGTH
        ? this.#lists.of(token).coverOf(token)
        : length > LONGEST_PREFIX
          ? this.#wholeTerms(token, alone)
          : undefined
    return cover ? { ...match, cover } : match
  }

  /** A longer last word's terms, as whole terms, where reading them in step beats merging their postings. */
  #wholeTerms(token: string, alone: boolean): PrefixCover | undefined {
    const terms = this.#lists.of(token).startingWith(token, MAX_NARROWED_WHOLE_TERMS)
    if (terms === undefined || terms.length === 0) return undefined
    const termWorks = terms.reduce((sum, t) => sum + t.docs, 0)
    return readInStep(terms.length, termWorks, alone)
      ? { terms: terms.map((t) => t.term), prefixes: [] }
      : undefined
  }

  #corrections(token: string, visible: (term: string) => boolean): string[] {
    const typos = allowedTypos(token)
    if (typos === 0) return []
    const length = codePointLength(token)
    const close = this.#lists.of(token).ofLength(length - typos, length + typos)
    // Ranked among every close term, then kept only where the scope sees them, before the limit applies:
    // each is looked up in the index, so only until the limit is reached.
    const kept: string[] = []
    for (const term of typoCorrections(token, close, Number.POSITIVE_INFINITY)) {
      if (kept.length === CORRECTIONS) break
      if (visible(term)) kept.push(term)
    }
    return kept
  }
}
