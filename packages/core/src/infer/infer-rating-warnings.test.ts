import { describe, expect, it } from 'vitest'
import type { Rating, Warning } from '../model/ao3.js'
import { CueCounter } from './cue-score.js'
import { inferByCues, TROPE_RULE } from './infer-by-cues.js'
import { inferRating, inferWarnings } from './infer-rating-warnings.js'
import { testVocabulary } from './vocabulary.testkit.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()
const counter = (text: string) => new CueCounter(new WorkText([text]))

describe('tropes from their cues', () => {
  // Romance's cues are for relationships; inferTags leaves it out of the tropes.
  const tropes = vocab.tags('freeform').filter((tag) => tag.name !== 'Romance')
  const cases: [name: string, text: string, want: string[]][] = [
    [
      'several different cues',
      'Her ex-wife, her ex-wife. His ex-husband. I still love you.',
      ['Exes to Lovers'],
    ],
    ['too little weight', 'Her ex-wife called.', []],
    ['one weak word repeated is not a trope', 'hospital '.repeat(16), []],
    ['one nearly decisive phrase is enough', 'After the plane crash, the plane crash.', ['Plane Crash']],
  ]
  it.each(cases)('%s', (_name, text, want) => {
    expect(inferByCues(counter(text), tropes, TROPE_RULE).map((tag) => tag.tag)).toEqual(want)
  })
})

describe('inferRating: only raised from Not Rated, only on strong cues', () => {
  const cases: [name: string, rating: Rating, text: string, want: Rating | undefined][] = [
    ['strong cues raise an unrated work', 'Not Rated', 'alpha alpha beta beta gamma gamma', 'Explicit'],
    [
      'Mature when only its cues are strong',
      'Not Rated',
      'alpha alpha delta delta epsilon epsilon',
      'Mature',
    ],
    [
      'Explicit wins when both are strong',
      'Not Rated',
      'alpha beta gamma delta epsilon '.repeat(4),
      'Explicit',
    ],
    ['three cues once each are not enough', 'Not Rated', 'alpha beta gamma', undefined],
    ['two phrases are not enough however often', 'Not Rated', 'alpha beta '.repeat(16), undefined],
    [
      'an author’s rating is never changed',
      'Teen And Up Audiences',
      'alpha beta gamma '.repeat(4),
      undefined,
    ],
    ['never lowered, never guessed from silence', 'Not Rated', 'A gentle story.', undefined],
  ]
  it.each(cases)('%s', (_name, rating, text, want) => {
    expect(inferRating(vocab, counter(text), { rating })?.tag).toBe(want)
  })
})

describe('inferWarnings', () => {
  const cases: [name: string, warnings: Warning[], text: string, want: string[]][] = [
    [
      'no warnings: the creator chose not to warn',
      [],
      'A gentle story.',
      ['Creator Chose Not To Use Archive Warnings'],
    ],
    [
      'never "No Archive Warnings Apply", whatever its cues',
      [],
      'gamma '.repeat(16),
      ['Creator Chose Not To Use Archive Warnings'],
    ],
    [
      'a specific warning on strong cues, beside the default',
      [],
      'zeta eta theta zeta eta theta',
      ['Creator Chose Not To Use Archive Warnings', 'Major Character Death'],
    ],
    ['an author’s warnings are left alone', ['No Archive Warnings Apply'], 'zeta eta theta '.repeat(4), []],
  ]
  it.each(cases)('%s', (_name, warnings, text, want) => {
    expect(inferWarnings(vocab, counter(text), { warnings }).map((tag) => tag.tag)).toEqual(want)
  })
})
