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
