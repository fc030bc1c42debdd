import { describe, expect, it } from 'vitest'
import { CueCounter } from './cue-score.js'
import { findCharacters } from './find-characters.js'
import { FANDOM_DEFAULTS, inferFandoms } from './infer-fandoms.js'
import { testVocabulary } from './vocabulary.testkit.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()

function fandoms(text: string, declared: string[] = [], knownNames = 1): string[] {
  const work = new WorkText([text])
  const { characters } = findCharacters(vocab, work, { scope: null })
  return inferFandoms(vocab, new CueCounter(work), characters, {
    ...FANDOM_DEFAULTS,
    declared,
    knownNames,
  }).map((fandom) => fandom.tag)
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
      'one character at home in the spin-off does not make a crossover with it',
      'Meredith and Derek at Seattle Grace. Mark and Bailey. Maya called.',
      [],
      ["Grey's Anatomy"],
    ],
    [
      'nor do characters of both shows',
      'Meredith and Derek at Seattle Grace. Mark and Bailey. Naomi and Sam called. Naomi, Sam, Naomi, Sam.',
      [],
      ["Grey's Anatomy"],
    ],
    [
      'two at home in the spin-off do',
      'Meredith and Derek at Seattle Grace. Mark and Bailey. Maya and Cooper called. Maya, Cooper, Maya, Cooper.',
      [],
      ['Private Practice', "Grey's Anatomy"],
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

  it('abstains when most of the people the story names are strangers to the vocabulary', () => {
    const text = 'Meredith and Derek at Seattle Grace.'
    expect(fandoms(text, [], 0.4)).toEqual([])
    expect(fandoms(text, [], 0.5)).toEqual(["Grey's Anatomy"])
  })

  it('gives cue and character evidence', () => {
    const work = new WorkText(['Meredith met McDreamy at Seattle Grace.'])
    const { characters } = findCharacters(vocab, work, { scope: null })
    const [fandom] = inferFandoms(vocab, new CueCounter(work), characters, {
      ...FANDOM_DEFAULTS,
      declared: [],
      knownNames: 1,
    })
    expect(fandom?.evidence).toEqual([
      { phrase: 'McDreamy', count: 1 },
      { phrase: 'Seattle Grace', count: 1 },
      { phrase: 'Meredith', count: 1 },
    ])
    expect(fandom?.confidence).toBeGreaterThan(0)
  })
})
