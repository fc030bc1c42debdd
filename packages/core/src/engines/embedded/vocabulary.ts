/**
 * Typo tolerance against the index vocabulary (the `work_search_terms` fts5vocab table): a query word
 * that is not an indexed term (nor, for the last word, a prefix of one) is widened to the indexed terms
 * within its typo allowance. Only the terms sharing the word's first letter and a close length are read.
 * @module
 */
import type Database from 'better-sqlite3'
import type { ExpandTerm } from './fts-query.js'
import { allowedTypos, type IndexedTerm, typoCorrections } from './typo.js'

/** Sorts after every string that starts with the same prefix. */
const AFTER_PREFIX = '\u{10FFFF}'

export class Vocabulary {
  readonly #hasTerm: Database.Statement
  readonly #hasPrefix: Database.Statement
  readonly #candidates: Database.Statement

  constructor(db: Database.Database) {
    this.#hasTerm = db.prepare('SELECT 1 FROM work_search_terms WHERE term = ?').pluck()
    this.#hasPrefix = db
      .prepare('SELECT 1 FROM work_search_terms WHERE term >= ? AND term < ? LIMIT 1')
      .pluck()
    this.#candidates = db.prepare(
      `SELECT term, doc AS docs FROM work_search_terms
       WHERE term >= @from AND term < @to AND length(term) BETWEEN @shortest AND @longest`,
    )
  }

  /** Typo corrections for a folded query token; none when the token is found as it is. */
  readonly expand: ExpandTerm = (token, prefix) => {
    if (this.#hasTerm.get(token) !== undefined) return []
    if (prefix && this.#hasPrefix.get(token, token + AFTER_PREFIX) !== undefined) return []
    const typos = allowedTypos(token)
    if (typos === 0) return []
    const first = String.fromCodePoint(token.codePointAt(0) as number)
    const length = [...token].length
    const terms = this.#candidates.all({
      from: first,
      to: first + AFTER_PREFIX,
      shortest: length - typos,
      longest: length + typos,
    }) as IndexedTerm[]
    return typoCorrections(token, terms)
  }
}
