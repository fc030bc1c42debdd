import { describe, expect, it } from 'vitest'
import { createVocabulary } from '../../tags/build-vocabulary.js'
import { defaultVocabulary } from '../../tags/load-vocabulary.js'
import { meilisearchSynonyms } from './synonyms.js'

/** A one-file vocabulary: a fandom "Show" and the given entries. */
const synonymsOf = (data: Record<string, unknown>) =>
  meilisearchSynonyms(
    createVocabulary([
      {
        file: 'vocabulary/test.yaml',
        data: { defaults: { fandom: 'Show' }, fandoms: [{ name: 'Show' }], ...data },
      },
    ]),
  )

describe('meilisearchSynonyms', () => {
  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    [
      'a synonym maps both ways',
      { freeforms: [{ name: 'Slow Burn', synonyms: ['Slow Build'] }] },
      { 'slow build': ['slow burn'], 'slow burn': ['slow build'] },
    ],
    [
      'a canonical name of more than three words is a target only',
      { freeforms: [{ name: 'Alternate Universe - Coffee Shops & Cafés', synonyms: ['Coffee Shop AU'] }] },
      { 'coffee shop au': ['alternate universe - coffee shops & cafés'] },
    ],
    [
      'a synonym of more than three words is a target only',
      { characters: [{ name: 'Callie Torres', synonyms: ['Calliope Iphegenia Torres Sloan'] }] },
      { 'callie torres': ['calliope iphegenia torres sloan'] },
    ],
    [
      'spellings equal as words are left out',
      { freeforms: [{ name: 'Post-Canon', synonyms: ['Post Canon', 'POST—CANON'] }] },
      {},
    ],
    [
      'parts of the canonical name are left out',
      { characters: [{ name: 'Derek Shepherd', synonyms: ['Derek', 'Shepherd', 'McDreamy'] }] },
      { 'derek shepherd': ['mcdreamy'], mcdreamy: ['derek shepherd'] },
    ],
    [
      'one- and two-letter synonyms are left out',
      { fandoms: [{ name: 'Show', synonyms: ['SH', 'T', 'Programme'] }] },
      { programme: ['show'], show: ['programme'] },
    ],
    [
      'a longer spelling containing the name maps only to the name',
      { characters: [{ name: 'Spock', synonyms: ['Mr. Spock'] }] },
      { 'mr. spock': ['spock'] },
    ],
    [
      'kinds that text search does not cover are left out',
      { ratings: [{ name: 'Mature', synonyms: ['Rated M'] }] },
      {},
    ],
    [
      'a synonym shared by tags of different fandoms lists each',
      {
        fandoms: [{ name: 'Show' }, { name: 'Other Show' }],
        eras: [
          { name: 'Show Season 3', order: 3, years: 2007, synonyms: ['Season Three'] },
          {
            name: 'Other Show Season 3',
            order: 3,
            years: 2009,
            synonyms: ['Season Three'],
            fandom: 'Other Show',
          },
        ],
      },
      {
        'season three': ['other show season 3', 'show season 3'],
        'show season 3': ['season three'],
      },
    ],
  ])('%s', (_name, data, want) => {
    expect(synonymsOf(data)).toEqual(want)
  })

  it('drops a key beyond Meilisearch’s 50 phrases per term', () => {
    const fandoms = Array.from({ length: 51 }, (_, i) => ({ name: `Show ${i + 1}` }))
    const shared = fandoms.map(({ name }) => ({
      name: `${name} Finale`,
      order: 100,
      years: 2001,
      synonyms: ['The Last One'],
      fandom: name,
    }))
    const synonyms = synonymsOf({ fandoms, eras: shared })
    expect(synonyms['the last one']).toBeUndefined()
    expect(synonyms['show 1 finale']).toEqual(['the last one'])
  })

  describe('over the shipped vocabulary', () => {
    const synonyms = meilisearchSynonyms(defaultVocabulary())

    it.each([
      ['addek', ['addison montgomery/derek shepherd']],
      ['slow build', ['slow burn']],
      ['coffee shop au', ['alternate universe - coffee shops & cafés']],
    ])('maps %j to the canonical tag', (key, want) => {
      expect(synonyms[key]).toEqual(want)
    })

    it('maps canonical names to ship names and nicknames', () => {
      expect(synonyms['derek shepherd']).toContain('mcdreamy')
      expect(synonyms['james t. kirk']).toContain('jim kirk')
    })

    it('leaves out short forms that would match everywhere', () => {
      for (const key of ['ga', 's3', 't', 'pp']) expect(synonyms).not.toHaveProperty(key)
      for (const key of Object.keys(synonyms))
        expect(key.replace(/[^\p{L}\p{N}]/gu, '').length).toBeGreaterThan(2)
    })

    it('keeps within Meilisearch’s limits, sorted', () => {
      const keys = Object.keys(synonyms)
      expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      for (const [key, phrases] of Object.entries(synonyms)) {
        expect(key.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length, key).toBeLessThanOrEqual(3)
        expect(phrases.length).toBeGreaterThan(0)
        expect(phrases.length).toBeLessThanOrEqual(50)
        expect(phrases).toEqual([...phrases].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      }
    })
  })
})
