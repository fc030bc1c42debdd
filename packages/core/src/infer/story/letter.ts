/**
 * Whether a story is written as a letter, and between whom. A letter opens with a salutation ("Dear
 * Kitty,", "My dearest Lizzy,", "Cristina —") and closes with a signature or a postscript ("Your
 * affectionate sister, Lydia", "— M.", "P.S."); only the first and last few paragraphs are read, so a
 * letter quoted inside a story is not its form. Its "I" is the one who signs it and its "you" the one
 * the salutation names: a letter rarely names either anywhere else.
 * @module
 */

import { formatRelationship } from '../../tags/relationship-name.js'
import type { Vocabulary, VocabularyTag } from '../../tags/vocabulary.js'
import type { Mention } from '../find-characters.js'
import type { WorkText } from '../work-text.js'

/** A passage of the text, by character offsets. */
interface Span {
  start: number
  end: number
  text: string
}

export interface Letter {
  salutation: Span
  /** The valediction and signature (with the name on the line after, if it stands apart), no postscript. */
  closing: Span
}

/** Paragraphs from the start in which a salutation may stand (a title and a dateline may come first). */
const OPENING = 3
/** Paragraphs from the end in which the closing may stand (a postscript may follow the signature). */
const CLOSING = 3
/** The longest a salutation or a signature line is, in characters. */
const SHORT = 60

/** "Dear Kitty,", "My dearest Lizzy,", "Dearest,". */
const DEAR = /^(?:my\s+)?(?:dear|dearest|darling)\b[^.!?"]*[,:\u2013\u2014-]+$/iu
/** A name alone with a comma or a dash: "Cristina —", "Mer,". */
const NAME_LINE = /^\p{Lu}[\p{L}'. ]*[,:\u2013\u2014-]+$/u
/** "Yours,", "Your affectionate sister,", "Love,", "All my love," — with the name on the next line or not. */
const VALEDICTION =
  /^(?:yours\b|your\s|love\b|with love\b|all my love\b|ever\s|affectionately\b|sincerely\b|always\b)[^.!?"]*$/iu
/** A signature set off by a dash: "— M.", "-- Jane". */
const SIGNATURE = /^(?:[\u2013\u2014]|--?)\s*\p{L}[^"]*$/u
/** A postscript: "P.S.", "PS —". */
const POSTSCRIPT = /^p\.?\s?s\b/iu
/** A signature that is an initial alone: "— M.", "Love, C". */
const INITIAL = /(?:^|[\s,\u2013\u2014-])(\p{Lu})\.?\s*$/u

const isSalutation = (span: Span) =>
  span.text.length <= SHORT && (DEAR.test(span.text) || NAME_LINE.test(span.text))
const isValediction = (span: Span) =>
  span.text.length <= SHORT && VALEDICTION.test(span.text.split('\n')[0]!.trim())
const isSignature = (span: Span) => span.text.length <= SHORT && SIGNATURE.test(span.text)

/** The text's paragraphs with their offsets, scene breaks left out. */
function paragraphsOf(text: string): Span[] {
  const spans: Span[] = []
  const blank = /\n[^\S\n]*\n\s*/g
  let start = 0
  for (let match = blank.exec(text); ; match = blank.exec(text)) {
    const end = match === null ? text.length : match.index
    const raw = text.slice(start, end)
    const trimmed = raw.trim()
    if (trimmed !== '' && trimmed !== '*') {
      const lead = raw.length - raw.trimStart().length
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
    }
    if (match === null) return spans
    start = match.index + match[0].length
  }
}

/** The story's letter form, or none. */
export function readLetter(text: WorkText): Letter | undefined {
  const paragraphs = paragraphsOf(text.text)
  const opening = paragraphs.slice(0, OPENING).findIndex(isSalutation)
  if (opening < 0) return undefined
  const salutation = paragraphs[opening]!
  const from = Math.max(opening + 1, paragraphs.length - CLOSING)
  for (let at = from; at < paragraphs.length; at++) {
    const span = paragraphs[at]!
    if (POSTSCRIPT.test(span.text)) return undefined
    if (isSignature(span)) return { salutation, closing: span }
    if (isValediction(span)) {
      // "Yours," with the name as a paragraph of its own after it.
      const next = paragraphs[at + 1]
      const signed = next !== undefined && isShortName(next) ? next : undefined
      const closing =
        signed === undefined
          ? span
          : { ...span, end: signed.end, text: text.text.slice(span.start, signed.end) }
      return { salutation, closing }
    }
  }
  return undefined
}

const isShortName = (span: Span) =>
  span.text.length <= SHORT && !POSTSCRIPT.test(span.text) && /^\p{Lu}[\p{L}'. ]*$/u.test(span.text)

/** Who writes a letter and to whom, as far as its salutation and signature say. */
export interface LetterParties {
  writer?: { entity: string; signed: string }
  reader?: string
}

const within = (text: WorkText, mention: Mention, span: Span) => {
  const at = text.tokens[mention.first]!.start
  return at >= span.start && at < span.end
}

/**
 * The characters a letter is from and to: the one named in its signature (or, signed with an initial
 * alone, the one character of the reader's canon with that initial who has a bond with the reader and
 * is not named in the letter as someone else), and the one named in its salutation.
 */
export function letterParties(
  vocab: Vocabulary,
  text: WorkText,
  letter: Letter,
  mentions: readonly Mention[],
): LetterParties {
  const reader = mentions.find((mention) => within(text, mention, letter.salutation))?.tag
  const signedBy = mentions.filter((mention) => within(text, mention, letter.closing)).at(-1)
  const parties: LetterParties = reader === undefined ? {} : { reader: reader.name }
  if (signedBy !== undefined && signedBy.tag !== reader)
    return { ...parties, writer: { entity: signedBy.tag.name, signed: signedBy.form } }
  const signed = letter.closing.text.split('\n').at(-1)!.trim()
  const initial = INITIAL.exec(letter.closing.text)?.[1]
  if (initial === undefined || reader === undefined) return parties
  const named = new Set(mentions.map((mention) => mention.tag.name))
  const candidates = vocab
    .tags('character')
    .filter(
      (tag) =>
        tag !== reader &&
        !named.has(tag.name) &&
        tag.name.startsWith(initial) &&
        tag.fandoms.some((fandom) => reader.fandoms.includes(fandom)) &&
        bonded(vocab, tag, reader),
    )
  return candidates.length === 1 ? { ...parties, writer: { entity: candidates[0]!.name, signed } } : parties
}

/** Whether canon knows two characters as a couple or a bond of any kind. */
function bonded(vocab: Vocabulary, one: VocabularyTag, other: VocabularyTag): boolean {
  return (['romantic', 'platonic'] as const).some(
    (type) => vocab.get('relationship', formatRelationship([one.name, other.name], type)) !== undefined,
  )
}
