import { describe, expect, it } from 'vitest'
import { MAX_FACET_VALUES, parseQuery, RANGE_FIELDS, SORTED_KEYS } from '../../model/query.js'
import { TAG_KINDS } from '../../model/tag-kind.js'
import { Work } from '../../model/work.js'
import { toDocument } from './document.js'
import { FACET_FIELD, RANGE_ATTRIBUTE, SEARCHABLE_ATTRIBUTES, SORT_ATTRIBUTE } from './fields.js'
import { compileFilter } from './filter-compiler.js'
import { buildSettings } from './settings.js'

describe('buildSettings', () => {
  it('produces the works index settings', () => {
    expect(buildSettings()).toEqual({
      searchableAttributes: [
        'title',
        'authors',
        'summary',
        'fandoms',
        'relationships',
        'characters',
        'eras',
        'freeforms',
        'notes',
        'text',
      ],
      displayedAttributes: ['*'],
      filterableAttributes: [
        'id',
        'visibility',
        'authors',
        'language',
        'complete',
        'crossover',
        'main_relationship',
        'rating',
        'warnings',
        'categories',
        'fandoms',
        'relationships',
        'characters',
        'eras',
        'freeforms',
        'rating_filter',
        'warnings_filter',
        'categories_filter',
        'fandoms_filter',
        'relationships_filter',
        'characters_filter',
        'eras_filter',
        'freeforms_filter',
        'fandoms_author_filter',
        'relationships_author_filter',
        'characters_author_filter',
        'eras_author_filter',
        'freeforms_author_filter',
        'words',
        'kudos',
        'hits',
        'comments',
        'bookmarks',
        'chapters',
        'publishedAt',
        'updatedAt',
        'ratingOrder',
      ],
      sortableAttributes: [
        'updatedAt',
        'publishedAt',
        'words',
        'kudos',
        'hits',
        'comments',
        'bookmarks',
        'title_sort',
        'author_key',
        'kudos_per_hit',
        'bookmarks_per_kudos',
        'shuffle_0',
        'shuffle_1',
        'shuffle_2',
        'shuffle_3',
        'shuffle_4',
        'shuffle_5',
        'shuffle_6',
        'shuffle_7',
        'id',
      ],
      rankingRules: [
        'words',
        'typo',
        'proximity',
        'attributeRank',
        'sort',
        'wordPosition',
        'exactness',
        'id:asc',
      ],
      faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
      pagination: { maxTotalHits: 1_000_000 },
      typoTolerance: {
        enabled: true,
        disableOnNumbers: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      },
      stopWords: [],
    })
  })

  it('leaves synonyms out unless given, so an update keeps the index’s own', () => {
    expect(buildSettings()).not.toHaveProperty('synonyms')
    expect(buildSettings({ synonyms: {} })).toHaveProperty('synonyms', {})
  })

  it('passes synonyms through in a stable order, without duplicates', () => {
    const settings = buildSettings({
      synonyms: { 'hurt/comfort': ['h/c', 'hurt comfort', 'h/c'], angst: ['sad'] },
    })
    expect(settings.synonyms).toEqual({ angst: ['sad'], 'hurt/comfort': ['h/c', 'hurt comfort'] })
    expect(Object.keys(settings.synonyms ?? {})).toEqual(['angst', 'hurt/comfort'])
  })

  it('takes other caps, but never fewer facet values than a query may ask for', () => {
    const settings = buildSettings({ maxTotalHits: 50_000, maxValuesPerFacet: 5000 })
    expect(settings.pagination).toEqual({ maxTotalHits: 50_000 })
    expect(settings.faceting?.maxValuesPerFacet).toBe(5000)
    expect(() => buildSettings({ maxValuesPerFacet: MAX_FACET_VALUES })).toThrow(RangeError)
    expect(() => buildSettings({ maxTotalHits: 0 })).toThrow(RangeError)
  })

  it('makes every attribute the compiler filters on filterable', () => {
    const every = parseQuery({
      scope: 'all',
      tags: Object.fromEntries(TAG_KINDS.map((kind) => [kind, { all: ['a'], any: ['b'], exclude: ['c'] }])),
      authors: ['x'],
      languages: ['en'],
      complete: true,
      ranges: Object.fromEntries(RANGE_FIELDS.map((field) => [field, { min: 1 }])),
    })
    const filterable = new Set(buildSettings().filterableAttributes as string[])
    for (const element of compileFilter(every).flat()) {
      const attributes = [...element.matchAll(/(?:^|AND |NOT )([\w.]+) (?:=|IN|>=|<=|\d)/g)].map((m) => m[1])
      expect(attributes.length, element).toBeGreaterThan(0)
      for (const attribute of attributes) expect(filterable, attribute).toContain(attribute)
    }
  })

  it('makes every facet, stats field and sort of the query model available, and only real attributes', () => {
    const settings = buildSettings()
    const filterable = settings.filterableAttributes as string[]
    for (const kind of TAG_KINDS) expect(filterable).toContain(FACET_FIELD[kind])
    for (const field of RANGE_FIELDS) expect(filterable).toContain(RANGE_ATTRIBUTE[field])
    for (const key of SORTED_KEYS) expect(settings.sortableAttributes).toContain(SORT_ATTRIBUTE[key])
    const document = toDocument(
      Work.parse({ id: 'a', title: 'T', words: 1, complete: true, publishedAt: 1, updatedAt: 1 }),
    )
    const attributes = [...filterable, ...(settings.sortableAttributes ?? []), ...SEARCHABLE_ATTRIBUTES]
    for (const attribute of attributes) expect(document, attribute).toHaveProperty(attribute)
  })
})
