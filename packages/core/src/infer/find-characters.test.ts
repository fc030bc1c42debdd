import { describe, expect, it } from 'vitest'
import type { FandomScope } from '../tags/vocabulary.js'
import { type FindCharactersOptions, findCharacters, mayFindCharacters } from './find-characters.js'
import { testVocabulary } from './vocabulary.testkit.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()
const GREYS: FindCharactersOptions = { scope: vocab.fandomScope(["Grey's Anatomy"]) }

function counts(text: string, options: FindCharactersOptions = GREYS): Record<string, number> {
  const found = findCharacters(vocab, new WorkText([text]), options)
  return Object.fromEntries(found.characters.map((character) => [character.tag.name, character.count]))
}

describe('findCharacters: names with word boundaries and case', () => {
  const cases: [name: string, text: string, want: Record<string, number>][] = [
    ['first name', 'Mark left. Later Mark came back.', { 'Mark Sloan': 2 }],
    ['the verb is not the man', 'She would mark the chart and remark on it.', {}],
    [
      'a sentence-opening word that the text also uses in lower case is not counted',
      'Mark my words. I mark them. Ask Mark.',
      { 'Mark Sloan': 1 },
    ],
    [
      'a sentence-opening name is counted when the word never appears in lower case',
      'Mark left.',
      { 'Mark Sloan': 1 },
    ],
    ['not inside a longer word', 'Markus and Meredithian', {}],
    ['possessives', "Derek's hair and Addison’s shoes", { 'Derek Shepherd': 1, 'Addison Montgomery': 1 }],
    ['synonyms', 'McDreamy smiled at Addie.', { 'Derek Shepherd': 1, 'Addison Montgomery': 1 }],
    [
      'a full name is one mention, not also a first name and a surname',
      'Meredith Grey. Meredith.',
      { 'Meredith Grey': 2 },
    ],
    [
      'a disambiguated name is found without its suffix',
      'Miranda Bailey spoke. Bailey was right.',
      { "Miranda Bailey (Grey's Anatomy)": 2 },
    ],
    ['characters of no fandom are never found', 'You know it, Reader.', {}],
  ]
  it.each(cases)('%s', (_name, text, want) => {
    expect(counts(text)).toEqual(want)
  })

  it('keeps the forms as evidence, most used first', () => {
    const [derek] = findCharacters(
      vocab,
      new WorkText(['Derek. Derek Shepherd. McDreamy. Derek.']),
      GREYS,
    ).characters
    expect(derek?.evidence).toEqual([
      { phrase: 'Derek', count: 2 },
      { phrase: 'Derek Shepherd', count: 1 },
      { phrase: 'McDreamy', count: 1 },
    ])
    expect(derek?.sentences).toEqual([0, 1, 2, 3])
  })
})

describe('findCharacters: shared short forms', () => {
  const cases: [name: string, text: string, want: Record<string, number>, ambiguous: string[]][] = [
    [
      'given to the only candidate named in full',
      'Meredith Grey walked in. Grey sighed.',
      { 'Meredith Grey': 2 },
      [],
    ],
    ['a synonym anchors too', 'Little Grey laughed. Grey always laughed.', { 'Lexie Grey': 2 }, []],
    [
      "without an anchor, the first declared (a family's lead), once the fandoms are known",
      'Grey sighed. Grey left.',
      { 'Meredith Grey': 2 },
      [],
    ],
    [
      'a full name beats an unshared first name',
      'Meredith and Lexie Grey argued. Grey won.',
      { 'Meredith Grey': 1, 'Lexie Grey': 2 },
      [],
    ],
    [
      'an unshared first name anchors when no full name does',
      'Meredith sighed. Grey left.',
      { 'Meredith Grey': 2 },
      [],
    ],
    [
      'two anchors: left alone',
      'Meredith and Lexie argued. Grey won.',
      { 'Meredith Grey': 1, 'Lexie Grey': 1 },
      ['Grey'],
    ],
  ]
  it.each(cases)('%s', (_name, text, want, ambiguous) => {
    const found = findCharacters(vocab, new WorkText([text]), GREYS)
    expect(
      Object.fromEntries(found.characters.map((character) => [character.tag.name, character.count])),
    ).toEqual(want)
    expect(found.ambiguous.map((form) => form.form)).toEqual(ambiguous)
  })

  it('without an anchor or known fandoms, left alone, naming the candidates', () => {
    const found = findCharacters(vocab, new WorkText(['Grey sighed.']), { scope: null })
    expect(found.characters).toEqual([])
    expect(found.ambiguous).toEqual([
      { form: 'Grey', count: 1, candidates: ['Meredith Grey', 'Lexie Grey', 'Ellis Grey'] },
    ])
  })
})

describe('findCharacters: titles before a surname', () => {
  const cases: [name: string, text: string, want: Record<string, number>][] = [
    [
      'a title fits any gender',
      'Dr. Bailey was late. Dr. Shepherd was not.',
      {
        "Miranda Bailey (Grey's Anatomy)": 1,
        'Derek Shepherd': 1,
      },
    ],
    [
      'a gendered title picks among a family',
      'Mrs. Bennett smiled at Mr. Bennett.',
      {
        'Naomi Bennett': 1,
        'Sam Bennett': 1,
      },
    ],
    [
      'a title and surname is one mention, not also a surname',
      "Dr. O'Malley. O'Malley.",
      {
        "George O'Malley": 2,
      },
    ],
  ]
  it.each(cases)('%s', (_name, text, want) => {
    const found = findCharacters(vocab, new WorkText([text]), {
      scope: vocab.fandomScope(["Grey's Anatomy", 'Private Practice']),
    })
    expect(
      Object.fromEntries(found.characters.map((character) => [character.tag.name, character.count])),
    ).toEqual(want)
  })

  it("a canon's bare word for someone names them, unless it is the title of a name the vocabulary lacks", () => {
    const trek: FindCharactersOptions = { scope: vocab.fandomScope(['Star Trek: The Original Series']) }
    expect(counts('"Doctor," Spock said. "Your bishop is exposed, Doctor."', trek)).toEqual({
      'Leonard McCoy': 2,
      Spock: 1,
    })
    expect(counts('"Doctor Marsh," Spock said. Doctor Marsh frowned.', trek)).toEqual({ Spock: 1 })
  })

  it('lists every mention with its tokens, in text order', () => {
    const found = findCharacters(vocab, new WorkText(['Dr. Bailey saw Mark.']), GREYS)
    expect(found.mentions.map(({ tag, first, last, form }) => [tag.name, first, last, form])).toEqual([
      ["Miranda Bailey (Grey's Anatomy)", 0, 1, 'Dr. Bailey'],
      ['Mark Sloan', 3, 3, 'Mark'],
    ])
    expect([0, 1, 2, 3].map(found.covered)).toEqual([true, true, false, true])
  })
})

describe('findCharacters: scope and masks', () => {
  it('finds only characters of the scope', () => {
    const text = 'Naomi and Maya and Spock.'
    expect(counts(text, { scope: vocab.fandomScope(['Private Practice']) })).toEqual({
      'Naomi Bennett': 1,
      'Maya Bennett': 1,
    })
    expect(counts(text, GREYS)).toEqual({ 'Naomi Bennett': 1 })
    expect(counts(text, { scope: null })).toEqual({ 'Naomi Bennett': 1, 'Maya Bennett': 1, Spock: 1 })
  })

  it('does not read the words of a masked place as names', () => {
    const text = 'Meredith worked at Grey Sloan Memorial.'
    expect(counts(text, { ...GREYS, mask: ['Grey Sloan Memorial'] })).toEqual({ 'Meredith Grey': 1 })
    expect(counts(text, GREYS)).toEqual({ 'Meredith Grey': 2, 'Mark Sloan': 1 })
  })
})

describe('mayFindCharacters: whether a scope has anyone to find', () => {
  // A text naming every character of the vocabulary: whoever is in scope is found in it.
  const everyone = new WorkText([
    vocab
      .tags('character')
      .map((tag) => `${tag.name.replace(/\s*\(.*\)$/u, '')} came.`)
      .join(' '),
  ])
  const cases: [name: string, scope: FandomScope, want: boolean][] = [
    ['no confinement', null, true],
    ['a known fandom', vocab.fandomScope(["Grey's Anatomy"]), true],
    ['a meta fandom, through its sub-fandoms', vocab.fandomScope(['Hospital Universe']), true],
    ['a meta fandom with no characters of its own', vocab.fandomScope(['Star Trek']), true],
    ['a fandom the vocabulary does not know', vocab.fandomScope(['The Wou Gremsest (Comics)']), false],
    ['no fandom', new Set(), false],
  ]
  it.each(cases)('%s', (_name, scope, want) => {
    expect(mayFindCharacters(vocab, scope)).toBe(want)
    expect(findCharacters(vocab, everyone, { scope }).characters.length > 0).toBe(want)
  })
})
