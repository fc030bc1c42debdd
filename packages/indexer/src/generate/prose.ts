/**
 * Synthetic prose of an exact word count: sentences of Zipf-distributed words, grouped into paragraphs.
 * Every token is letters with at most trailing punctuation, so AO3's word count equals the requested count.
 * @module
 */
import { capitalize } from './names.js'
import type { Rng } from './prng.js'
import type { Vocabulary } from './vocabulary.js'

/** Exactly `words` words, sentences of 4–24 words, paragraphs of 2–7 sentences separated by blank lines. */
export function prose(rng: Rng, vocabulary: Vocabulary, words: number): string {
  const table = vocabulary.table
  let text = ''
  let left = words
  let sentencesLeft = rng.int(2, 7)
  while (left > 0) {
    const length = Math.min(left, rng.int(4, 24))
    let sentence = capitalize(table.sample(rng))
    for (let i = 1; i < length; i++) {
      sentence += i % 9 === 0 && rng.chance(0.5) ? `, ${table.sample(rng)}` : ` ${table.sample(rng)}`
    }
    left -= length
    sentence += rng.chance(0.1) ? '?' : '.'
    if (text === '') text = sentence
    else if (--sentencesLeft > 0) text += ` ${sentence}`
    else {
      text += `\n\n${sentence}`
      sentencesLeft = rng.int(2, 7)
    }
  }
  return text
}

/** A title of one to five words in title case, sometimes led by "The". */
export function title(rng: Rng, vocabulary: Vocabulary): string {
  const words = Array.from({ length: rng.int(1, 5) }, () => capitalize(contentWord(rng, vocabulary)))
  return (rng.chance(0.25) ? 'The ' : '') + words.join(' ')
}

/** A word past the most common function words, so titles are not "The The Of". */
function contentWord(rng: Rng, vocabulary: Vocabulary): string {
  for (;;) {
    const index = vocabulary.table.sampleIndex(rng)
    if (index >= 60) return vocabulary.words[index] as string
  }
}
