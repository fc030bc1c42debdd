/**
 * Finding a phrase in a work's text word by word, so matches respect word boundaries ("Mark" is not in
 * "Market"), ignore the punctuation between words ("Mrs Bennet" matches "Mrs. Bennet", "ex husband"
 * matches "ex-husband"), never run across a sentence end, and accept a possessive ("Derek" matches
 * "Derek's"). A phrase ending in `*` matches any word starting with its last word: `sob*` matches "sob",
 * "sobs" and "sobbing".
 * @module
 */
import { straighten, WORD, type WorkText } from './work-text.js'

export interface PhraseMatch {
  /** First token of the match. */
  readonly first: number
  /** Last token of the match (inclusive). */
  readonly last: number
}

interface Pattern {
  readonly words: readonly string[]
  readonly prefix: boolean
}

/** Parsed phrases: the vocabulary's few thousand names and cues are looked up in every work. */
const patterns = new Map<string, Pattern>()
const MAX_PATTERNS = 100_000

/** The words of a phrase and whether its last word is a prefix; empty when the phrase has no word. */
export function parsePhrase(phrase: string): Pattern {
  let pattern = patterns.get(phrase)
  if (pattern === undefined) {
    const straight = straighten(phrase.trim())
    pattern = { words: straight.match(WORD) ?? [], prefix: straight.endsWith('*') }
    if (patterns.size >= MAX_PATTERNS) patterns.clear()
    patterns.set(phrase, pattern)
  }
  return pattern
}

function wordMatches(
  token: { text: string; base: string },
  word: string,
  caseSensitive: boolean,
  prefix: boolean,
): boolean {
  if (prefix)
    return (caseSensitive ? token.text : token.text.toLowerCase()).startsWith(
      caseSensitive ? word : word.toLowerCase(),
    )
  if (caseSensitive) return token.text === word || token.base === word
  const lower = word.toLowerCase()
  return token.text.toLowerCase() === lower || token.base.toLowerCase() === lower
}

/**
 * Every occurrence of the phrase, in text order, not overlapping. Names are matched case-sensitively
 * (`caseSensitive`), so "mark" the verb is not Mark Sloan; cue phrases are not.
 * @example
 * findPhrase(new WorkText(['Her ex-husband called.']), 'ex husband', false) // [{ first: 1, last: 2 }]
 */
export function findPhrase(text: WorkText, phrase: string, caseSensitive: boolean): PhraseMatch[] {
  const { words, prefix } = parsePhrase(phrase)
  if (words.length === 0) return []
  const lastIndex = words.length - 1
  const starts =
    prefix && lastIndex === 0 ? text.prefixPositions(words[0]!) : text.positions(words[0]!, caseSensitive)
  const matches: PhraseMatch[] = []
  let after = -1
  for (const first of starts) {
    if (first <= after) continue
    if (
      prefix &&
      lastIndex === 0 &&
      caseSensitive &&
      !wordMatches(text.tokens[first]!, words[0]!, true, true)
    )
      continue
    let ok = true
    for (let k = 1; k <= lastIndex && ok; k++) {
      const token = text.tokens[first + k]
      ok =
        token !== undefined &&
        text.adjacent(first + k - 1, first + k) &&
        wordMatches(token, words[k]!, caseSensitive, prefix && k === lastIndex)
    }
    // Inside a phrase only the last word may carry a possessive: "Derek's Shepherd" is no name.
    for (let k = 0; k < lastIndex && ok; k++) {
      const token = text.tokens[first + k]!
      ok = caseSensitive ? token.text === words[k] : token.text.toLowerCase() === words[k]!.toLowerCase()
    }
    if (!ok) continue
    matches.push({ first, last: first + lastIndex })
    after = first + lastIndex
  }
  return matches
}
