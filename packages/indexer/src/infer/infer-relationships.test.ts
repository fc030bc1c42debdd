import { describe, expect, it } from 'vitest'
import { findCharacters } from './find-characters.js'
import { cueSentences, inferRelationships, RELATIONSHIP_DEFAULTS, scorePairs } from './infer-relationships.js'
import { testVocabulary } from './test-vocabulary.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()
const romance = vocab.get('freeform', 'Romance')!.cues

function pairs(sentences: string[], window: number): Record<string, number> {
  const text = new WorkText([sentences.join(' ')])
  const { characters } = findCharacters(vocab, text, { scope: vocab.fandomScope(["Grey's Anatomy"]) })
  return Object.fromEntries(
    scorePairs(cueSentences(text, romance), characters, window).map((pair) => [
      pair.characters.join('/'),
      Math.round(pair.score * 1000) / 1000,
    ]),
  )
}

describe('scorePairs: characters named within a window of sentences around a romance cue', () => {
  const cases: [name: string, sentences: string[], window: number, want: Record<string, number>][] = [
    ['both in the cue sentence', ['Addison kissed Derek.'], 0, { 'Addison Montgomery/Derek Shepherd': 0.8 }],
    [
      'one sentence away weighs half',
      ['Addison waited.', 'He kissed her.', 'Derek left.'],
      1,
      { 'Addison Montgomery/Derek Shepherd': 0.4 },
    ],
    [
      'too far apart for the window',
      ['Addison waited.', 'Rain.', 'He kissed her.', 'Wind.', 'Derek left.'],
      1,
      {},
    ],
    [
      'the same text with a wider window',
      ['Addison waited.', 'Rain.', 'He kissed her.', 'Wind.', 'Derek left.'],
      2,
      { 'Addison Montgomery/Derek Shepherd': 0.267 },
    ],
    ['no cue, no pair', ['Addison and Derek talked.'], 2, {}],
    [
      'a sentence counts once, by its weightiest cue',
      ['Addison kissed her ex-wife, love, Derek.'],
      0,
      { 'Addison Montgomery/Derek Shepherd': 0.8 },
    ],
    [
      'scores add up over sentences',
      ['Addison kissed Derek.', 'Later there was love, Derek and Addison.'],
      0,
      { 'Addison Montgomery/Derek Shepherd': 1.2 },
    ],
    [
      'the farther of the two sets the distance',
      ['Mark waited.', 'Addison kissed Derek.'],
      1,
      {
        'Addison Montgomery/Derek Shepherd': 0.8,
        'Addison Montgomery/Mark Sloan': 0.4,
        'Derek Shepherd/Mark Sloan': 0.4,
      },
    ],
    [
      'three characters make three pairs',
      ['Addison kissed Derek while Mark watched.'],
      0,
      {
        'Addison Montgomery/Derek Shepherd': 0.8,
        'Addison Montgomery/Mark Sloan': 0.8,
        'Derek Shepherd/Mark Sloan': 0.8,
      },
    ],
  ]
  it.each(cases)('%s', (_name, sentences, window, want) => {
    expect(pairs(sentences, window)).toEqual(want)
  })
})

describe('inferRelationships', () => {
  const infer = (text: string) => {
    const work = new WorkText([text])
    const { characters } = findCharacters(vocab, work, { scope: vocab.fandomScope(["Grey's Anatomy"]) })
    return inferRelationships(vocab, work, characters, romance, RELATIONSHIP_DEFAULTS)
  }

  it('puts the strongest pair first, with the cues as evidence', () => {
    const [main, ...rest] = infer(
      'Addison kissed Derek. Derek kissed Addison again. Mark watched, in love with nobody. Derek and Mark left.',
    )
    expect(main).toMatchObject({ kind: 'relationship', tag: 'Addison Montgomery/Derek Shepherd' })
    expect(main?.evidence).toEqual([
      { phrase: 'kiss*', count: 2 },
      { phrase: 'love', count: 1 },
    ])
    expect(rest.map((pair) => pair.tag)).toEqual([])
  })

  it('prefers pairs the vocabulary knows when the text cannot tell', () => {
    const found = infer('Meredith kissed Derek while Mark watched. Mark left.')
    expect(found.map((pair) => pair.tag)).toEqual([
      'Derek Shepherd/Meredith Grey',
      'Derek Shepherd/Mark Sloan',
      'Mark Sloan/Meredith Grey',
    ])
  })

  it('writes relationships the vocabulary lacks in relationship order', () => {
    expect(infer('Meredith kissed Mark.').map((pair) => pair.tag)).toEqual(['Mark Sloan/Meredith Grey'])
  })

  it('finds nothing below the least score', () => {
    expect(infer('There was love between Meredith and Mark.')).toEqual([])
  })
})
