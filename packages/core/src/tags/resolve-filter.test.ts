import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from './load-vocabulary.js'
import { expandEraRange, resolveFilterValue } from './resolve-filter.js'
import { TagLookupError } from './vocabulary-error.js'

const vocab = defaultVocabulary()

describe('resolveFilterValue', () => {
  it.each([
    ['relationship', 'addek', 'Addison Montgomery/Derek Shepherd'],
    ['relationship', 'derek shepherd/addison montgomery', 'Addison Montgomery/Derek Shepherd'],
    ['freeform', 'SLOW BUILD', 'Slow Burn'],
    ['fandom', 'Grey\u2019s Anatomy', "Grey's Anatomy"],
    ['category', 'M/F', 'F/M'],
    ['freeform', '  some  new tag ', 'some new tag'],
  ] as const)('%s %j → %j', (kind, value, want) => {
    expect(resolveFilterValue(vocab, kind, value)).toBe(want)
  })

  it('uses fandoms to decide shared synonyms', () => {
    expect(resolveFilterValue(vocab, 'era', 'Season 2', { fandoms: ['Private Practice'] })).toBe(
      'Private Practice Season 2',
    )
  })
})

describe('expandEraRange', () => {
  it('lists the eras between two eras, inclusive, in order', () => {
    expect(
      expandEraRange(vocab, "Grey's Anatomy", "Grey's Anatomy Season 2", "Grey's Anatomy Season 4"),
    ).toEqual(["Grey's Anatomy Season 2", "Grey's Anatomy Season 3", "Grey's Anatomy Season 4"])
  })

  it('accepts synonyms and bounds in either order', () => {
    expect(expandEraRange(vocab, 'PP', 'S6', 'season 5')).toEqual([
      'Private Practice Season 5',
      'Private Practice Season 6',
    ])
  })

  it('gives one era for equal bounds', () => {
    expect(
      expandEraRange(vocab, 'Star Trek: Alternate Original Series (Movies)', 'STID', 'Into Darkness'),
    ).toEqual(['Star Trek Into Darkness'])
  })

  it('spans a whole fandom', () => {
    expect(expandEraRange(vocab, "Grey's Anatomy", 'Season 1', 'Season 21')).toHaveLength(21)
  })

  it.each([
    ['an unknown fandom', 'Not A Show', 'S1', 'S2', /unknown fandom "Not A Show"/],
    ['a fandom without eras', "Grey's Anatomy Universe", 'S1', 'S2', /has no eras/],
    ['an unknown era', "Grey's Anatomy", 'S1', 'Season 40', /"Season 40" is not an era of Grey's Anatomy/],
    [
      'an era of another fandom',
      "Grey's Anatomy",
      'S1',
      'Private Practice Season 2',
      /is not an era of Grey's Anatomy/,
    ],
  ])('rejects %s', (_name, fandom, from, to, message) => {
    expect(() => expandEraRange(vocab, fandom, from, to)).toThrow(TagLookupError)
    expect(() => expandEraRange(vocab, fandom, from, to)).toThrow(message)
  })
})
