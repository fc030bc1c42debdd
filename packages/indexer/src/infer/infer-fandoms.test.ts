import { describe, expect, it } from 'vitest'
import { CueCounter } from './cue-score.js'
import { findCharacters } from './find-characters.js'
import { FANDOM_DEFAULTS, inferFandoms } from './infer-fandoms.js'
import { testVocabulary } from './test-vocabulary.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()

function fandoms(text: string, declared: string[] = []): string[] {
  const work = new WorkText([text])
  const { characters } = findCharacters(vocab, work, { scope: null })
  return inferFandoms(vocab, new CueCounter(work), characters, { ...FANDOM_DEFAULTS, declared }).map(
    (fandom) => fandom.tag,
  )
}

describe('inferFandoms', () => {
  const cases: [name: string, text: string, declared: string[], want: string[]][] = [
    ['characters and places', 'Meredith met Derek at Seattle Grace.', [], ["Grey's Anatomy"]],
    ['nothing to go on', 'A quiet afternoon by the sea.', [], []],
    ['too little: one passing place name', 'They flew over Los Angeles.', [], []],
    [
      'a character of two shows goes to the one the rest of the text points at',
      'Addison and Naomi and Maya talked at Oceanside Wellness.',
      [],
      ['Private Practice'],
    ],
    [
      'a character lends a guest fandom less than its home fandom',
      'Naomi argued with Sam. Sam argued back. Naomi left.',
      [],
      ['Private Practice'],
    ],
    [
      'shared characters do not make a crossover',
      'Addison and Derek at Seattle Grace. McDreamy, Mark, Meredith, Bailey.',
      [],
      ["Grey's Anatomy"],
    ],
    [
      'a crossover needs evidence of its own; the stronger fandom comes first',
      'Meredith and Derek at Seattle Grace met Spock and Jim of Starfleet. Spock said hello. Jim laughed.',
      [],
      ['Star Trek: The Original Series', "Grey's Anatomy"],
    ],
    [
      'a sub-fandom, never the meta fandom',
      'Spock and Jim of Starfleet.',
      [],
      ['Star Trek: The Original Series'],
    ],
    [
      'the author’s fandom explains its characters',
      'Meredith and Derek at Seattle Grace.',
      ["Grey's Anatomy"],
      [],
    ],
  ]
  it.each(cases)('%s', (_name, text, declared, want) => {
    expect(fandoms(text, declared)).toEqual(want)
  })

  it('gives cue and character evidence', () => {
    const work = new WorkText(['Meredith met McDreamy at Seattle Grace.'])
    const { characters } = findCharacters(vocab, work, { scope: null })
    const [fandom] = inferFandoms(vocab, new CueCounter(work), characters, {
      ...FANDOM_DEFAULTS,
      declared: [],
    })
    expect(fandom?.evidence).toEqual([
      { phrase: 'McDreamy', count: 1 },
      { phrase: 'Seattle Grace', count: 1 },
      { phrase: 'Meredith', count: 1 },
    ])
    expect(fandom?.confidence).toBeGreaterThan(0)
  })
})
