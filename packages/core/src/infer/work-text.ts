/**
 * A work's text as inference reads it: title, summary and chapters as one string, cut into word tokens
 * that know their sentence, paragraph and scene and whether they are spoken (inside quotation marks),
 * with indexes for looking words up by exact spelling or in lower case. Markup (HTML tags and entities,
 * markdown emphasis) is dropped; curly apostrophes are straightened so "Derek’s" and "Derek's" are one
 * spelling. A scene ends at a paragraph of nothing but marks ("* * *", "~", "---") or, in plain text,
 * at two or more blank lines; each part (title, summary, chapter) starts a new one.
 * @module
 */
import type { Work } from '../model/work.js'
import { cleanTag } from '../tags/normalize-tag.js'

export interface Token {
  /** The word as written, apostrophes straightened. */
  readonly text: string
  /** Without a possessive ending: "Derek's" → "Derek", "Jones'" → "Jones". */
  readonly base: string
  readonly start: number
  readonly end: number
  /** Index of the sentence the token is in, from 0. */
  readonly sentence: number
  /** Whether the token is the first word of its sentence, where any word is capitalised. */
  readonly opensSentence: boolean
  /** Index of the paragraph, from 0. */
  readonly paragraph: number
  /** Index of the scene, from 0. */
  readonly scene: number
  /** Index of the quotation (spoken passage) the token is in, from 0; -1 in narration. */
  readonly quote: number
  /** Whether the token opens its sentence or a quotation: where any word is capitalised. */
  readonly opensClause: boolean
}

/** A word: letters, marks and digits, with apostrophes inside ("O'Malley", "don't") or closing it. */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*'?/gu
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g

/** Curly and other apostrophes as the straight one, so both spellings of a name are one. */
export function straighten(text: string): string {
  return text.replace(CURLY_APOSTROPHES, "'")
}
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|hr|tr|table)\b[^>]*>/gi
const INLINE_TAG = /<\/?[a-z][^>]*>/gi
const POSSESSIVE = /(?:'s|')$/u
const BLANK_LINE = /\n[^\S\n]*\n/
const BLANK_LINES = /\n[^\S\n]*\n\s*/
/** Abbreviations that end in a period without ending the sentence ("Dr. Bailey", "Mrs. Bennet"). */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'st',
  'jr',
  'sr',
  'prof',
  'vs',
  'lt',
  'capt',
  'sgt',
])

/** Whether the stretch between two words ends a sentence. */
function endsSentence(gap: string, previous: string): boolean {
  if (gap === ' ') return false
  if (BLANK_LINE.test(gap)) return true
  if (!/\s/.test(gap)) return false
  if (/[!?\u2026]/.test(gap)) return true
  if (!gap.includes('.')) return false
  // "Dr. Bailey" and initials ("L.A. was") do not end a sentence at their period.
  const abbreviation =
    gap.trimStart().startsWith('.') && (ABBREVIATIONS.has(previous.toLowerCase()) || previous.length === 1)
  return !abbreviation
}

/** Two or more blank lines in plain text: a scene break. */
const BLANK_RUN = /\n[^\S\n]*\n(?:[^\S\n]*\n)+/g
/** A paragraph of marks alone ("* * *", "~~~", "---", "#") breaks a scene. */
const SCENE_MARK = /^[\s*~#=_\-\u2013\u2014\u2022\u00b7+.]+$/u
const BREAK = '\n\n*\n\n'
const QUOTE_MARK = /["\u201c\u201d]/g

/**
 * Plain text from a chapter body that may hold HTML: tags dropped (block tags end a paragraph), and each
 * paragraph cleaned as tags are (entities decoded, Unicode composed, invisible characters dropped) so
 * "Grey&#x27;s" reads as "Grey's". Scene breaks become a paragraph of one `*`.
 */
function plain(body: string): string {
  const html = INLINE_TAG.test(body)
  INLINE_TAG.lastIndex = 0
  return (html ? body : body.replace(BLANK_RUN, BREAK))
    .replace(BLOCK_TAG, '\n\n')
    .replace(INLINE_TAG, ' ')
    .split(BLANK_LINES)
    .map(cleanTag)
    .map((paragraph) => (SCENE_MARK.test(paragraph) ? '*' : paragraph))
    .join('\n\n')
}

/**
 * Paragraphs, scenes and quotations of a text, read as its tokens go by (in order of their start):
 * `at(offset)` moves the reader to a token's start and tells where it is.
 */
class Layout {
  readonly #text: string
  #offset = 0
  #paragraph = 0
  #scene = 0
  #quote = -1
  #open = false
  #quotes = 0

  constructor(text: string) {
    this.#text = text
  }

  at(offset: number): { paragraph: number; scene: number; quote: number; quoteOpened: boolean } {
    const gap = this.#text.slice(this.#offset, offset)
    this.#offset = offset
    let quoteOpened = false
    const paragraphs = gap.split('\n\n')
    paragraphs.forEach((part, index) => {
      if (index > 0) {
        this.#paragraph++
        this.#open = false // an unclosed quotation ends with its paragraph
        if (part.trim() === '*' || (index < paragraphs.length - 1 && part.trim() === '')) this.#scene++
      }
      for (const mark of part.matchAll(QUOTE_MARK)) {
        const opens = mark[0] === '\u201c' || (mark[0] === '"' && !this.#open)
        this.#open = opens
        if (opens) {
          this.#quote = this.#quotes++
          quoteOpened = true
        }
      }
    })
    return {
      paragraph: this.#paragraph,
      scene: this.#scene,
      quote: this.#open ? this.#quote : -1,
      quoteOpened: quoteOpened && this.#open,
    }
  }
}

export class WorkText {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: number
  readonly #exact = new Map<string, number[]>()
  readonly #lower = new Map<string, number[]>()
  readonly #prefixes = new Map<string, readonly number[]>()

  /** Reads the parts (title, summary, chapters…) as paragraphs of one text, each part its own scene. */
  constructor(parts: readonly string[]) {
    this.text = straighten(
      parts
        .map(plain)
        .filter((part) => part.trim() !== '')
        .join(BREAK),
    )
    const tokens: Token[] = []
    const layout = new Layout(this.text)
    let sentence = 0
    let previous: { text: string; end: number } | undefined
    for (const match of this.text.matchAll(WORD)) {
      const text = match[0]
      const start = match.index
      const opens =
        previous === undefined || endsSentence(this.text.slice(previous.end, start), previous.text)
      if (opens && previous !== undefined) sentence++
      const base = text.replace(POSSESSIVE, '') || text
      const { paragraph, scene, quote, quoteOpened } = layout.at(start)
      tokens.push({
        text,
        base,
        start,
        end: start + text.length,
        sentence,
        opensSentence: opens,
        paragraph,
        scene,
        quote,
        opensClause: opens || quoteOpened,
      })
      previous = { text, end: start + text.length }
    }
    this.tokens = tokens
    this.sentences = tokens.length === 0 ? 0 : sentence + 1
    tokens.forEach((token, index) => {
      push(this.#exact, token.text, index)
      push(this.#lower, token.text.toLowerCase(), index)
      if (token.base !== token.text) {
        push(this.#exact, token.base, index)
        push(this.#lower, token.base.toLowerCase(), index)
      }
    })
  }

  /** Positions of tokens spelled `word` (or `word` with a possessive ending), in text order. */
  positions(word: string, caseSensitive: boolean): readonly number[] {
    return (caseSensitive ? this.#exact.get(word) : this.#lower.get(word.toLowerCase())) ?? []
  }

  /** Positions of tokens starting with `prefix`, ignoring case, in text order. */
  prefixPositions(prefix: string): readonly number[] {
    const lower = prefix.toLowerCase()
    let found = this.#prefixes.get(lower)
    if (found === undefined) {
      const positions = new Set<number>()
      for (const [key, list] of this.#lower)
        if (key.startsWith(lower)) for (const index of list) positions.add(index)
      found = [...positions].sort((a, b) => a - b)
      this.#prefixes.set(lower, found)
    }
    return found
  }

  /** Whether the word is written in lower case somewhere: then "Mark" opening a sentence may be the verb. */
  hasLowerCase(word: string): boolean {
    return this.#exact.has(word.toLowerCase())
  }

  /** Whether two tokens are joined by nothing but spaces, hyphens, periods and apostrophes, in one sentence. */
  adjacent(left: number, right: number): boolean {
    const a = this.tokens[left]
    const b = this.tokens[right]
    if (a === undefined || b === undefined || a.sentence !== b.sentence) return false
    return /^[\s\-.'\u2010\u2011]*$/u.test(this.text.slice(a.end, b.start))
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else if (list[list.length - 1] !== value) list.push(value)
}

/** The text inference reads from a work: title, summary and chapter bodies (not the author's notes). */
export function workText(work: Pick<Work, 'title' | 'summary' | 'text'>): WorkText {
  return new WorkText([work.title, work.summary, ...work.text.map((chapter) => chapter.body)])
}
