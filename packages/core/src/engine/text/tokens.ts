/**
 * The JavaScript twin of FTS5's `unicode61 remove_diacritics 2` tokenizer, so query words can be looked up
 * in the index vocabulary as the index spells its terms: letters, digits, private-use characters and
 * combining marks make tokens, everything else separates them; tokens are lowercased with diacritics
 * removed. (FTS5 applies no compatibility normalization, so neither does this: "ﬁ" stays "ﬁ".)
 * @module
 */

const SEPARATORS = /[^\p{L}\p{N}\p{Co}\p{M}]+/u
const COMBINING_MARKS = /\p{Mn}/gu

/** A token as the index stores it. */
export function foldToken(token: string): string {
  return token.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** The index terms a piece of text produces, in order. */
export function tokenize(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map(foldToken)
    .filter((token) => token !== '')
}

const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu

/** A token and where it stands in the text it came from (UTF-16 offsets, `end` exclusive). */
export interface TokenSpan {
  token: string
  start: number
  end: number
}

/** The tokens of a text with their places, so that matches can be marked in the original. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = []
  for (const found of text.matchAll(TOKEN)) {
    const token = foldToken(found[0])
    if (token !== '') spans.push({ token, start: found.index, end: found.index + found[0].length })
  }
  return spans
}
