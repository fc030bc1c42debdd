/**
 * The index's terms by first letter, which typo corrections, prefix covers and suggestions are drawn from
 * (see `vocabulary.ts`), kept across writes.
 *
 * fts5vocab counts every posting of each term it lists, so reading a letter's terms is slow on a large
 * index: at 100k works with bodies, 3.2–3.4 s for the 26 letters. Dropped at every write, as they were,
 * the lists were read again by the searches after it: the headline mix's next 200 searches took 5.1–5.4 s
 * instead of 2.0–2.8, p99 41 -> 212–250 ms, for one work written. A live archive written every minute paid
 * that every minute. So a write's works are added instead: the change log names the works written since the
 * lists were read, and their text is tokenized as FTS5 tokenizes it (`tokens.ts`).
 *
 * What stays approximate, and why it may: a term no work holds any more stays listed, and counts only
 * grow (a rewritten work counts again). The lists only propose: every correction and suggestion is
 * confirmed against the index before use (`Vocabulary`), and a cover's or whole-term expansion's extra
 * term matches nothing. Counts order equally close corrections. After `REREAD_AFTER` changed works, or
 * when the schema changes (a rebuild swaps its tables in), the lists are read again.
 * @module
 */
import type Database from 'better-sqlite3'
import { tokenize } from '../../engine/text/tokens.js'
import { codePointLength, type IndexedTerm, type TermCounts, termCounts } from '../../engine/text/typo.js'
import { ascending, lowerBound } from '../../model/lower-bound.js'
import type { DataVersion } from './data-version.js'
import type { PrefixCover } from './fts-query.js'
import { CHANGED_ROWIDS, type LogPosition, LogPositions } from './log-position.js'
import { PREFIX_LENGTHS, TEXT_COLUMNS } from './schema.js'

/** A shorter last word has no prefix postings of its own: it is covered by prefixes of this length. */
export const COVER_LENGTH = Math.min(...PREFIX_LENGTHS)

/**
 * Longer prefixes than this for one word (a script with thousands of characters) are left for FTS5 to
 * expand: an expression of that many phrases would cost more than the merge it saves.
 */
const MAX_COVER = 100

/** Sorts after every string that starts with the same prefix. */
const AFTER_PREFIX = '\u{10FFFF}'

/**
 * Works changed since the lists were read beyond which they are read again. At 100k works with bodies,
 * adding a work with a 10,000-character text took ~1 ms (10 works 10.7 ms), and making a letter's list
 * again with it ~2 ms, where reading the 26 letters took 3.2–3.4 s: a hundred works are added in less time
 * than one letter is read, and the counts drift by at most that many works.
 */
const REREAD_AFTER = 100

/** The first letter of a term or word, as the lists are keyed. */
const firstLetter = (word: string): string => String.fromCodePoint(word.codePointAt(0) as number)

/**
 * The index terms of one first letter, shortest first: the terms within a word's typos are within as many
 * code points of its length, one slice of the list. Held as two arrays (`TermCounts`): at 100k works with
 * bodies the 26 letters' 147k terms took 15.1 MB of each searching thread's memory as an object a term, with
 * a second copy of the list sorted, and take 7.4 MB so.
 */
export class LetterTerms implements TermCounts {
  /** Shortest first; within a length in code-unit order, however the list was made (read, or added to). */
  readonly terms: readonly string[]
  readonly docs: Int32Array
  /** `starts[n]`: where the terms of `n` or more code points start; `terms.length` past the longest. */
  readonly #starts: number[]
  readonly #covers = new Map<string, PrefixCover | undefined>()
  /** The terms in code-unit order, each with its place in `terms`, for finding those with a given start;
   * made when first needed. */
  #byText: { terms: string[]; at: Int32Array } | undefined

  constructor({ terms, docs }: TermCounts) {
    const lengths = terms.map(codePointLength)
    const order = [...terms.keys()].sort(
      (a, b) =>
        (lengths[a] as number) - (lengths[b] as number) || ascending(terms[a] as string, terms[b] as string),
    )
    this.terms = order.map((i) => terms[i] as string)
    this.docs = Int32Array.from(order, (i) => docs[i] as number)
    this.#starts = []
    order.forEach((i, at) => {
      while (this.#starts.length <= (lengths[i] as number)) this.#starts.push(at)
    })
  }

  /** The terms of `min` to `max` code points. */
  ofLength(min: number, max: number): TermCounts {
    const at = (length: number) => this.#starts[length] ?? this.terms.length
    const [from, to] = [at(Math.max(0, min)), at(max + 1)]
    return { terms: this.terms.slice(from, to), docs: this.docs.subarray(from, to) }
  }

  /**
   * The terms starting with `word` (shorter than `COVER_LENGTH`) as the shorter whole terms and the
   * distinct prefixes of `COVER_LENGTH`; undefined when there are none or too many.
   */
  coverOf(word: string): PrefixCover | undefined {
    if (this.#covers.has(word)) return this.#covers.get(word)
    const starting = ({ terms }: TermCounts) => terms.filter((term) => term.startsWith(word))
    const terms = starting(this.ofLength(0, COVER_LENGTH - 1))
    const longer = starting(this.ofLength(COVER_LENGTH, Number.POSITIVE_INFINITY))
    const prefixes = [...new Set(longer.map((term) => [...term].slice(0, COVER_LENGTH).join('')))].sort()
    const size = terms.length + prefixes.length
    const cover = size === 0 || size > MAX_COVER ? undefined : { terms, prefixes }
    this.#covers.set(word, cover)
    return cover
  }

  /** The terms starting with `word`, in code-unit order; undefined when there are more than `max`. */
  startingWith(word: string, max: number): IndexedTerm[] | undefined {
    this.#byText ??= this.#inTextOrder()
    const { terms, at } = this.#byText
    const found: IndexedTerm[] = []
    for (let i = lowerBound(terms, word); i < terms.length && (terms[i] as string).startsWith(word); i++) {
      if (found.length === max) return undefined
      found.push({ term: terms[i] as string, docs: this.docs[at[i] as number] as number })
    }
    return found
  }

  #inTextOrder(): { terms: string[]; at: Int32Array } {
    const at = Int32Array.from(this.terms.keys()).sort((a, b) =>
      ascending(this.terms[a] as string, this.terms[b] as string),
    )
    return { terms: Array.from(at, (i) => this.terms[i] as string), at }
  }

  /**
   * These terms with `added` counted in (term → works holding it): a listed term's count grows by its
   * works, an unlisted one joins the list.
   */
  with(added: ReadonlyMap<string, number>): LetterTerms {
    const unlisted = new Map(added)
    const docs = Array.from(this.docs)
    this.terms.forEach((term, i) => {
      const works = unlisted.get(term)
      if (works === undefined) return
      unlisted.delete(term)
      docs[i] = (docs[i] as number) + works
    })
    return new LetterTerms({
      terms: [...this.terms, ...unlisted.keys()],
      docs: [...docs, ...unlisted.values()],
    })
  }
}

/** The terms of each first letter, read when first needed and kept across writes (see the module comment). */
export class LetterTermLists {
  readonly #version: DataVersion
  readonly #positions: LogPositions
  readonly #read: Database.Statement
  readonly #changedTexts: Database.Statement
  readonly #letters = new Map<string, LetterTerms>()
  /** Terms of works written since a letter's list was made, by letter, added on its next use. */
  readonly #pending = new Map<string, Map<string, number>>()
  /** The data version the lists describe, and where the works stood then. */
  #at = ''
  #position: LogPosition | undefined
  /** Changed works added since the lists were read. */
  #added = 0

  constructor(db: Database.Database, version: DataVersion) {
    this.#version = version
    this.#positions = new LogPositions(db)
    this.#read = db.prepare('SELECT term, doc AS docs FROM work_search_terms WHERE term >= ? AND term < ?')
    this.#changedTexts = db
      .prepare(
        `SELECT ${TEXT_COLUMNS.join(', ')} FROM work_search_content WHERE rowid IN (${CHANGED_ROWIDS})`,
      )
      .raw()
  }

  /** The terms starting with the first letter of `word`; call inside a read transaction. */
  of(word: string): LetterTerms {
    this.#catchUp()
    const letter = firstLetter(word)
    let terms = this.#letters.get(letter)
    if (terms === undefined) {
      const read = this.#read.all(letter, letter + AFTER_PREFIX) as IndexedTerm[]
      terms = new LetterTerms(termCounts(read.map((row) => [row.term, row.docs] as const)))
    } else {
      const added = this.#pending.get(letter)
      if (added === undefined) return terms
      terms = terms.with(added)
    }
    this.#pending.delete(letter)
    this.#letters.set(letter, terms)
    return terms
  }

  /** Brings the lists to the works as they are now: their writes added, or the lists dropped. */
  #catchUp(): void {
    const now = this.#version.current()
    if (now === this.#at) return
    this.#at = now
    const since = this.#position
    this.#position = this.#positions.now()
    const changed = since && this.#positions.changedBetween(since, this.#position)
    if (changed === 0) return
    if (changed === undefined || this.#added + changed > REREAD_AFTER) {
      this.#letters.clear()
      this.#pending.clear()
      this.#added = 0
      return
    }
    this.#added += changed
    for (const texts of this.#changedTexts.iterate((since as LogPosition).change) as Iterable<
      (string | null)[]
    >) {
      const terms = new Set(texts.flatMap((text) => (text === null ? [] : tokenize(text))))
      for (const term of terms) {
        const letter = firstLetter(term)
        // A letter not read yet will be read whole, with these works in it.
        if (!this.#letters.has(letter)) continue
        const added = this.#pending.get(letter) ?? new Map<string, number>()
        added.set(term, (added.get(term) ?? 0) + 1)
        this.#pending.set(letter, added)
      }
    }
  }
}
