import { describe, expect, it } from 'vitest'
import { CueCounter } from './cue-score.js'
import { ERA_DEFAULTS, type EraVote, fandomEras, pickEras, voteEras } from './infer-eras.js'
import { testVocabulary } from './test-vocabulary.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()
const GREYS = ["Grey's Anatomy"]

function vote(text: string, mentions: Record<string, number> = {}): Record<string, number> {
  const counter = new CueCounter(new WorkText([text]), new Map(Object.entries(mentions)))
  return Object.fromEntries(voteEras(vocab, counter, GREYS).map((era) => [era.tag.name, era.score]))
}

describe('voteEras: weighted votes from era cues', () => {
  const cases: [
    name: string,
    text: string,
    mentions: Record<string, number>,
    want: Record<string, number>,
  ][] = [
    ['no cues, no votes', 'Nothing happens.', {}, {}],
    [
      'a cue shared by two eras votes for both',
      'the Archfield',
      {},
      { "Grey's Anatomy Season 2": 0.5, "Grey's Anatomy Season 3": 0.5 },
    ],
    [
      'more cues, more votes',
      'the Archfield after the ferry crash',
      {},
      { "Grey's Anatomy Season 3": 1.3, "Grey's Anatomy Season 2": 0.5 },
    ],
    [
      'repeats count less than new cues',
      'Archfield, Archfield, Archfield, Archfield',
      {},
      { "Grey's Anatomy Season 2": 1.5, "Grey's Anatomy Season 3": 1.5 },
    ],
    [
      "a character cue counts that character's mentions",
      'Lexie laughed.',
      { 'Lexie Grey': 2 },
      { "Grey's Anatomy Season 4": 0.8, "Grey's Anatomy Season 3": 0.6 },
    ],
  ]
  it.each(cases)('%s', (_name, text, mentions, want) => {
    expect(vote(text, mentions)).toEqual(want)
  })
})

describe('pickEras', () => {
  const eras = vocab.eras("Grey's Anatomy")
  const votes = (...scores: [order: number, score: number][]): EraVote[] =>
    scores.map(([order, score]) => ({ tag: eras.find((era) => era.order === order)!, score, evidence: [] }))
  const cases: [name: string, given: EraVote[], want: string[]][] = [
    ['the best era', votes([3, 2], [2, 0.5]), ["Grey's Anatomy Season 3"]],
    ['none below the least score', votes([3, 0.9]), []],
    [
      'a close neighbour joins',
      votes([3, 2], [4, 1.7]),
      ["Grey's Anatomy Season 3", "Grey's Anatomy Season 4"],
    ],
    ['a distant neighbour does not', votes([3, 2], [4, 1.5]), ["Grey's Anatomy Season 3"]],
    ['a close era that is not adjacent does not', votes([2, 2], [4, 1.9]), ["Grey's Anatomy Season 2"]],
    ['no votes', [], []],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(pickEras(given, ERA_DEFAULTS).map((era) => era.tag)).toEqual(want)
  })

  it('is less confident when the runner-up is close', () => {
    const [clear] = pickEras(votes([3, 2], [2, 0.2]), ERA_DEFAULTS)
    const [close] = pickEras(votes([3, 2], [2, 1.5]), ERA_DEFAULTS)
    expect(clear!.confidence).toBeGreaterThan(close!.confidence)
    expect(close!.confidence).toBeGreaterThan(0)
  })
})

describe('fandomEras: the eras a work in these fandoms can be set in', () => {
  const SEASONS = ["Grey's Anatomy Season 2", "Grey's Anatomy Season 3", "Grey's Anatomy Season 4"]
  const cases: [name: string, fandoms: string[], want: string[]][] = [
    ['a fandom with eras, in canon order', GREYS, SEASONS],
    ['a fandom named twice counts once', [...GREYS, ...GREYS], SEASONS],
    ['not those of sub-fandoms', ['Hospital Universe'], []],
    ['a known fandom without eras', ['Star Trek: The Original Series'], []],
    ['a fandom the vocabulary does not know', ['The Wou Gremsest (Comics)'], []],
    ['no fandom', [], []],
  ]
  it.each(cases)('%s', (_name, fandoms, want) => {
    expect(fandomEras(vocab, fandoms).map((era) => era.name)).toEqual(want)
  })
})
