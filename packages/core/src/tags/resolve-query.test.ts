import { describe, expect, it } from 'vitest'
import { parseQuery, type SearchQueryInput } from '../model/query.js'
import { EraRangeConflictError } from './era-groups.js'
import { defaultVocabulary } from './load-vocabulary.js'
import { type EraRange, explainQuery, resolveQuery } from './resolve-query.js'
import { TagLookupError } from './vocabulary-error.js'

const vocab = defaultVocabulary()

const resolveTags = (tags: SearchQueryInput['tags'], eraRanges?: EraRange[]) =>
  resolveQuery(vocab, parseQuery({ tags }), { eraRanges }).tags

const GA = "Grey's Anatomy"
const PP = 'Private Practice'

describe('resolveQuery', () => {
  it.each<[string, SearchQueryInput['tags'], ReturnType<typeof resolveTags>]>([
    [
      'every list of a kind',
      { relationship: { all: ['Addek'], any: ['MerDer', 'Slexie'], exclude: ['Calzona'] } },
      {
        relationship: {
          all: ['Addison Montgomery/Derek Shepherd'],
          any: ['Derek Shepherd/Meredith Grey', 'Lexie Grey/Mark Sloan'],
          exclude: ['Arizona Robbins/Callie Torres'],
        },
      },
    ],
    [
      'the fixed kinds too',
      { rating: { any: ['PG-13', 'R'] }, warning: { exclude: ['GDoV'] }, category: { all: ['M/F'] } },
      {
        rating: { all: [], any: ['Teen And Up Audiences', 'Mature'], exclude: [] },
        warning: { all: [], any: [], exclude: ['Graphic Depictions Of Violence'] },
        category: { all: ['F/M'], any: [], exclude: [] },
      },
    ],
    [
      'fandoms, freeforms and characters',
      {
        fandom: { all: ['Grey&#x27;s Anatomy'] },
        freeform: { any: ['SLOW BUILD'] },
        character: { all: ['McDreamy'] },
      },
      {
        fandom: { all: [GA], any: [], exclude: [] },
        freeform: { all: [], any: ['Slow Burn'], exclude: [] },
        character: { all: ['Derek Shepherd'], any: [], exclude: [] },
      },
    ],
    [
      'values that resolve alike, once',
      {
        relationship: {
          any: ['Addek', 'Derek Shepherd/Addison Montgomery', 'addison montgomery/derek shepherd'],
        },
      },
      { relationship: { all: [], any: ['Addison Montgomery/Derek Shepherd'], exclude: [] } },
    ],
    [
      'unknown values cleaned, kept for unwrangled tags',
      { freeform: { all: ['  the ferry boat   scene '], exclude: ['3am thoughts'] } },
      { freeform: { all: ['the ferry boat scene'], any: [], exclude: ['3am thoughts'] } },
    ],
    [
      'a shared era synonym within the fandom asked for',
      { fandom: { all: [PP] }, era: { all: ['Season 3'] } },
      {
        fandom: { all: [PP], any: [], exclude: [] },
        era: { all: ['Private Practice Season 3'], any: [], exclude: [] },
      },
    ],
    [
      'the fandom scope from fandom synonyms in any',
      { fandom: { any: ['GA'] }, era: { exclude: ['S3'] } },
      {
        fandom: { all: [], any: [GA], exclude: [] },
        era: { all: [], any: [], exclude: ["Grey's Anatomy Season 3"] },
      },
    ],
    [
      'a shared era synonym left as written when the fandoms do not decide',
      { fandom: { any: [GA, PP] }, era: { all: ['Season 3'] } },
      { fandom: { all: [], any: [GA, PP], exclude: [] }, era: { all: ['Season 3'], any: [], exclude: [] } },
    ],
    [
      'excluded fandoms are no scope',
      { fandom: { exclude: [PP] }, era: { all: ['Season 3'] } },
      { fandom: { all: [], any: [], exclude: [PP] }, era: { all: ['Season 3'], any: [], exclude: [] } },
    ],
    [
      'first names within the fandom',
      { fandom: { all: [GA] }, relationship: { all: ['Addison/Derek'] } },
      {
        fandom: { all: [GA], any: [], exclude: [] },
        relationship: { all: ['Addison Montgomery/Derek Shepherd'], any: [], exclude: [] },
      },
    ],
  ])('resolves %s', (_name, tags, want) => {
    expect(resolveTags(tags)).toEqual(want)
  })

  it('leaves everything but the tags as it was', () => {
    const query = parseQuery({
      text: 'ferry',
      tags: { fandom: { all: ['GA'] } },
      sort: { field: 'kudos' },
      page: 2,
    })
    const resolved = resolveQuery(vocab, query)
    expect({ ...resolved, tags: query.tags }).toEqual(query)
    expect(query.tags.fandom?.all).toEqual(['GA'])
  })

  it.each<[string, SearchQueryInput['tags'], EraRange[], ReturnType<typeof resolveTags>['era']]>([
    [
      'a range into the era any-group',
      {},
      [{ fandom: GA, from: 'S2', to: 'Season 4' }],
      { all: [], any: [`${GA} Season 2`, `${GA} Season 3`, `${GA} Season 4`], exclude: [] },
    ],
    [
      'a range beside required and excluded eras',
      { era: { all: ['GA S1'], exclude: ['S3'] } },
      [{ fandom: 'PP', from: 'S6', to: 'S5' }],
      { all: [`${GA} Season 1`], any: [`${PP} Season 5`, `${PP} Season 6`], exclude: [`${PP} Season 3`] },
    ],
    [
      'a range implied by the any list',
      { fandom: { all: [GA] }, era: { any: ['S3'] } },
      [{ fandom: GA, from: 'S2', to: 'S4' }],
      { all: [`${GA} Season 3`], any: [], exclude: [] },
    ],
    [
      'a one-era range as a required era',
      { era: { any: ['GA S1', 'GA S2'] } },
      [{ fandom: 'Star Trek: Alternate Original Series (Movies)', from: 'STID', to: 'Into Darkness' }],
      { all: ['Star Trek Into Darkness'], any: [`${GA} Season 1`, `${GA} Season 2`], exclude: [] },
    ],
  ])('expands %s', (_name, tags, ranges, want) => {
    expect(resolveTags(tags, ranges).era).toEqual(want)
  })

  it('resolves era values within the ranges’ fandoms', () => {
    expect(
      resolveTags({ era: { exclude: ['Season 3'] } }, [{ fandom: PP, from: 'S1', to: 'S2' }]).era,
    ).toEqual({
      all: [],
      any: [`${PP} Season 1`, `${PP} Season 2`],
      exclude: [`${PP} Season 3`],
    })
  })

  it.each<[string, SearchQueryInput['tags'], EraRange[], new (...args: never[]) => Error, RegExp]>([
    [
      'two ranges',
      {},
      [
        { fandom: GA, from: 'S1', to: 'S3' },
        { fandom: GA, from: 'S5', to: 'S6' },
      ],
      EraRangeConflictError,
      /not 2 at once/,
    ],
    [
      'a range beside another any list',
      { era: { any: ['GA S9', 'GA S10'] } },
      [{ fandom: GA, from: 'S1', to: 'S3' }],
      EraRangeConflictError,
      /not 2 at once/,
    ],
    [
      'an unknown fandom',
      {},
      [{ fandom: 'Not A Show', from: 'S1', to: 'S2' }],
      TagLookupError,
      /unknown fandom/,
    ],
    [
      'an unknown era bound',
      {},
      [{ fandom: GA, from: 'S1', to: 'Season 40' }],
      TagLookupError,
      /not an era of/,
    ],
  ])('refuses %s', (_name, tags, ranges, type, message) => {
    expect(() => resolveTags(tags, ranges)).toThrow(type)
    expect(() => resolveTags(tags, ranges)).toThrow(message)
  })
})

describe('explainQuery', () => {
  it('tells how each value was read, in kind order, and marks values the vocabulary does not know', () => {
    const explained = explainQuery(
      vocab,
      parseQuery({
        tags: {
          relationship: { any: ['Addek', 'addek'], exclude: ['Not A Real Ship'] },
          fandom: { all: ['GA'] },
          era: { all: ['Season 3'] },
        },
      }),
    )
    expect(explained.values).toEqual([
      { kind: 'fandom', list: 'all', value: 'GA', tag: GA, known: true },
      {
        kind: 'relationship',
        list: 'any',
        value: 'Addek',
        tag: 'Addison Montgomery/Derek Shepherd',
        known: true,
      },
      {
        kind: 'relationship',
        list: 'any',
        value: 'addek',
        tag: 'Addison Montgomery/Derek Shepherd',
        known: true,
      },
      {
        kind: 'relationship',
        list: 'exclude',
        value: 'Not A Real Ship',
        tag: 'Not A Real Ship',
        known: false,
      },
      { kind: 'era', list: 'all', value: 'Season 3', tag: "Grey's Anatomy Season 3", known: true },
    ])
    expect(explained.query.tags.relationship?.any).toEqual(['Addison Montgomery/Derek Shepherd'])
    expect(explained.eraRanges).toEqual([])
  })

  it('gives era ranges with canonical names, bounds as given', () => {
    const { eraRanges } = explainQuery(vocab, parseQuery({}), {
      eraRanges: [{ fandom: 'PP', from: 'S6', to: 'S5' }],
    })
    expect(eraRanges).toEqual([
      {
        fandom: PP,
        from: 'Private Practice Season 6',
        to: 'Private Practice Season 5',
        eras: ['Private Practice Season 5', 'Private Practice Season 6'],
      },
    ])
  })
})
