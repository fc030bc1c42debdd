import { describe, expect, it } from 'vitest'
import { createVocabulary } from '../tags/build-vocabulary.js'
import { parseVocabularyFile } from '../tags/load-vocabulary.js'
import { inferCrossover } from './infer-crossover.js'
import { testVocabulary } from './vocabulary.testkit.js'

const vocab = testVocabulary()

describe('inferCrossover', () => {
  const cases: [name: string, fandoms: string[], want: boolean][] = [
    ['one fandom', ["Grey's Anatomy"], false],
    ['unrelated canons', ["Grey's Anatomy", 'Star Trek: The Original Series'], true],
    ['a show and its spin-off', ["Grey's Anatomy", 'Private Practice'], true],
    [
      'two canons of one franchise',
      ['Star Trek: The Original Series', 'Star Trek: Alternate Original Series (Movies)'],
      true,
    ],
    ['a fandom and its own meta fandom', ["Grey's Anatomy", 'Hospital Universe'], false],
  ]
  it.each(cases)('%s', (_name, fandoms, want) => {
    const found = inferCrossover(
      vocab,
      fandoms.map((tag) => ({ tag, confidence: 0.8 })),
    )
    expect(found !== undefined).toBe(want)
  })

  it('takes the weaker fandom’s confidence and names the fandoms as evidence', () => {
    expect(
      inferCrossover(vocab, [
        { tag: "Grey's Anatomy", confidence: 1 },
        { tag: 'Star Trek: The Original Series', confidence: 0.6 },
      ]),
    ).toMatchObject({
      kind: 'freeform',
      tag: 'Crossover',
      confidence: 0.6,
      evidence: [
        { phrase: "Grey's Anatomy", count: 1 },
        { phrase: 'Star Trek: The Original Series', count: 1 },
      ],
    })
  })

  it('needs the vocabulary to have the tag', () => {
    const bare = createVocabulary([parseVocabularyFile('bare.yaml', 'fandoms: [{ name: A }, { name: B }]')])
    expect(
      inferCrossover(bare, [
        { tag: 'A', confidence: 1 },
        { tag: 'B', confidence: 1 },
      ]),
    ).toBeUndefined()
  })
})
