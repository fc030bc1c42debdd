import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from './load-vocabulary.js'
import { searchTags } from './search-tags.js'

const vocab = defaultVocabulary()

describe('searchTags', () => {
  it.each([
    ['a name prefix', 'Addison Mont', {}, 'Addison Montgomery', 'Addison Montgomery'],
    ['a nickname prefix', 'mcdrea', { kind: 'character' }, 'Derek Shepherd', 'McDreamy'],
    ['a ship name', 'calzon', {}, 'Arizona Robbins/Callie Torres', 'Calzona'],
    [
      'a word inside the name',
      'canon diverg',
      {},
      'Alternate Universe - Canon Divergence',
      'Canon Divergence',
    ],
    ['a typo in a longer word', 'slwo burn', {}, 'Slow Burn', 'Slow Burn'],
    ['a curly apostrophe', 'grey\u2019s anat', { kind: 'fandom' }, "Grey's Anatomy", "Grey's Anatomy"],
    [
      'a season within a fandom',
      'season 3',
      { fandom: 'Private Practice' },
      'Private Practice Season 3',
      'Season 3',
    ],
  ] as const)('finds %s', (_name, prefix, options, name, matched) => {
    expect(searchTags(vocab, prefix, options)[0]).toMatchObject({ name, matched })
  })

  it('answers canonical tags once each, with kind and fandoms', () => {
    const hits = searchTags(vocab, 'addek')
    expect(hits[0]).toEqual({
      kind: 'relationship',
      name: 'Addison Montgomery/Derek Shepherd',
      matched: 'Addek',
      fandoms: ["Grey's Anatomy", 'Private Practice'],
    })
    // One typo is allowed in five letters, so "Addex" follows; each tag appears once.
    expect(hits[1]?.name).toBe('Addison Montgomery/Alex Karev')
    expect(new Set(hits.map((hit) => `${hit.kind}:${hit.name}`)).size).toBe(hits.length)
  })

  it('ranks exact matches before prefixes, prefixes before inner words', () => {
    const hits = searchTags(vocab, 'angst', { kind: 'freeform' }).map((hit) => hit.name)
    expect(hits[0]).toBe('Angst')
    expect(hits.indexOf('Angst with a Happy Ending')).toBeLessThan(hits.indexOf('Fluff and Angst'))
  })

  it('keeps to a fandom, with tags of any fandom', () => {
    const hits = searchTags(vocab, 'season', { fandom: "Grey's Anatomy", limit: 100 })
    expect(hits.some((hit) => hit.name.startsWith('Private Practice'))).toBe(false)
    expect(hits.some((hit) => hit.name === "Grey's Anatomy Season 12")).toBe(true)
  })

  it('never treats a digit as a typo', () => {
    const hits = searchTags(vocab, 'Season 3', { fandom: "Grey's Anatomy", limit: 100 }).map(
      (hit) => hit.name,
    )
    expect(hits).toEqual(["Grey's Anatomy Season 3"])
  })

  it('allows no typos in short input', () => {
    expect(searchTags(vocab, 'angt', { kind: 'freeform' })).toEqual([])
  })

  it('honours the limit and ignores blank input', () => {
    expect(searchTags(vocab, 'a', { limit: 3 })).toHaveLength(3)
    expect(searchTags(vocab, '  ')).toEqual([])
  })
})
