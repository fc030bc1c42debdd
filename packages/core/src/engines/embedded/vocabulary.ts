/**
 * Decides how each query word matches, from what the index holds:
 * - a word that is an indexed term matches as typed;
 * - otherwise the last word matches as a prefix when some term starts with it (the word being typed);
 * - otherwise the word is widened to the indexed terms within its typo allowance (see `typo.ts`), among
 *   the terms sharing its first letter. fts5vocab counts every posting of each term it lists, so reading
 *   a letter's terms is slow on a large index; they are kept in memory until the database changes.
 *
 * Every decision is made from the works the searching scope may see: a word, prefix or correction that
 * only a work above the scope holds does not count, so how a query is read reveals nothing of them. The
 * cheap whole-index checks run first; only a yes is confirmed within the scope.
 *
 * Unlike Meilisearch, a complete word is not also prefix-matched: over full texts a common word's prefix
 * expands to many long posting lists (measured 10–400 ms at 20k works), while an exact term costs well
 * under a millisecond.
 * @module
 */
import type Database from 'better-sqlite3'
import { allowedTypos, type IndexedTerm, typoCorrections } from '../../engine/text/typo.js'
import type { Scope } from '../../model/query.js'
import { scopeRank } from './codes.js'
import { type DataVersion, MapUntilChange } from './data-version.js'
import { IN_FILTERS, IN_TEXT, visibilityToken } from './filter-tokens.js'
import { group, type ResolveWord, type WordMatch } from './fts-query.js'

/** Sorts after every string that starts with the same prefix. */
const AFTER_PREFIX = '\u{10FFFF}'

/** Corrections tried per word at most. */
const CORRECTIONS = 10

const AS_TYPED: WordMatch = { prefix: false, corrections: [] }
const AS_PREFIX: WordMatch = { prefix: true, corrections: [] }

export class Vocabulary {
  readonly #hasTerm: Database.Statement
  readonly #hasPrefix: Database.Statement
  readonly #candidates: Database.Statement
  /** Terms by first letter. */
  readonly #terms: MapUntilChange<string, IndexedTerm[]>

  constructor(db: Database.Database, version: DataVersion) {
    this.#terms = new MapUntilChange(version)
    // A MATCH stops at the first posting; fts5vocab would count every posting of the term first.
    this.#hasTerm = db.prepare('SELECT 1 FROM work_search WHERE work_search MATCH ? LIMIT 1').pluck()
    this.#hasPrefix = db
      .prepare('SELECT 1 FROM work_search_terms WHERE term >= ? AND term < ? LIMIT 1')
      .pluck()
    this.#candidates = db.prepare(
      'SELECT term, doc AS docs FROM work_search_terms WHERE term >= ? AND term < ?',
    )
  }

  /** How words match for a caller in `scope`. */
  resolverFor(scope: Scope): ResolveWord {
    const rank = scopeRank(scope)
    const seen =
      rank >= scopeRank('all')
        ? (expression: string) => this.#hasTerm.get(expression) !== undefined
        : (expression: string) => {
            const ranks = Array.from({ length: rank + 1 }, (_, r) => visibilityToken(r))
            return this.#hasTerm.get(`${expression} AND ${IN_FILTERS} ${group(ranks, 'OR')}`) !== undefined
          }
    return (token, last) => {
      if (seen(`${IN_TEXT} "${token}"`)) return AS_TYPED
      if (
        last &&
        this.#hasPrefix.get(token, token + AFTER_PREFIX) !== undefined &&
        (rank >= scopeRank('all') || seen(`${IN_TEXT} "${token}"*`))
      ) {
        return AS_PREFIX
      }
      return { prefix: false, corrections: this.#corrections(token, (term) => seen(`${IN_TEXT} "${term}"`)) }
    }
  }

  #corrections(token: string, visible: (term: string) => boolean): string[] {
    const typos = allowedTypos(token)
    if (typos === 0) return []
    const length = [...token].length
    const close = this.#termsStartingLike(token).filter((t) => Math.abs(t.term.length - length) <= typos)
    // Ranked among every close term, then kept only where the scope sees them, before the limit applies.
    return typoCorrections(token, close, Number.POSITIVE_INFINITY).filter(visible).slice(0, CORRECTIONS)
  }

  #termsStartingLike(token: string): IndexedTerm[] {
    const byLetter = this.#terms.entries()
    const first = String.fromCodePoint(token.codePointAt(0) as number)
    let terms = byLetter.get(first)
    if (!terms) {
      terms = this.#candidates.all(first, first + AFTER_PREFIX) as IndexedTerm[]
      byLetter.set(first, terms)
    }
    return terms
  }
}
