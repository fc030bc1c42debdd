import { describe, expect, it } from 'vitest'
import {
  emptyState,
  parseTagParam,
  readState,
  type SearchState,
  searchHref,
  withCanonicalTags,
  withTag,
  writeState,
} from './search-state.js'

const read = (query: string) => readState(new URLSearchParams(query))

describe('readState and writeState', () => {
  it.each([
    ['an empty query', '', ''],
    ['text', 'q=ferry', 'q=ferry'],
    [
      'tags in every mode, in canonical order',
      'freeform_not=Angst&fandom_any=A&fandom_any=B&fandom=C',
      'fandom=C&fandom_any=A&fandom_any=B&freeform_not=Angst',
    ],
    ['duplicate and blank tag values', 'fandom_any=A&fandom_any=A&fandom_any=+', 'fandom_any=A'],
    [
      'ranges, completion and language',
      'lang=es&complete=true&words_max=5000&words_min=100&updated_from=2020-01-01',
      'words_min=100&words_max=5000&updated_from=2020-01-01&complete=true&lang=es',
    ],
    ['the default sort, left out', 'q=x&sort=relevance', 'q=x'],
    ['the default sort without text, left out', 'sort=updated', ''],
    ['another sort', 'sort=kudos', 'sort=kudos'],
    ['page 1, left out', 'page=1', ''],
    [
      'expanded facets and value searches',
      'find_fandom=gre&more=character&more=nonsense',
      'more=character&find_fandom=gre',
    ],
    ['blank fields of a submitted form', 'q=&words_min=&lang=&complete=', ''],
  ])('%s', (_, given, written) => {
    const { state, problems } = read(given)
    expect(problems).toEqual([])
    expect(writeState(state).toString()).toBe(new URLSearchParams(written).toString())
    // Writing is canonical: reading what was written gives the same URL again.
    expect(writeState(read(writeState(state).toString()).state).toString()).toBe(writeState(state).toString())
  })

  it.each([
    ['words_min=lots', 'Words from must be a whole number; “lots” was left out.'],
    ['updated_to=yesterday', 'Updated to must be a date (YYYY-MM-DD); “yesterday” was left out.'],
    ['sort=vibes', 'There is no sort “vibes”; the best matches come first.'],
  ])('reports %s and leaves it out', (given, problem) => {
    const { state, problems } = read(given)
    expect(problems).toEqual([problem])
    expect(writeState(state).toString()).toBe('')
  })

  it('ignores a page that is not a positive number', () => {
    expect(read('page=0').state.page).toBe(1)
    expect(read('page=-2').state.page).toBe(1)
    expect(read('page=3').state.page).toBe(3)
  })
})

describe('withTag', () => {
  const base = read('fandom_any=A&fandom_not=B&page=4').state

  it.each<[string, SearchState, string]>([
    ['adds a value in a mode', withTag(base, 'fandom', 'C', 'any'), 'fandom_any=A&fandom_any=C&fandom_not=B'],
    [
      'moves a value between modes, ignoring case',
      withTag(base, 'fandom', 'b', 'any'),
      'fandom_any=A&fandom_any=b',
    ],
    ['removes a value', withTag(base, 'fandom', 'a', undefined), 'fandom_not=B'],
  ])('%s, and goes back to page 1', (_, state, written) => {
    expect(writeState(state).toString()).toBe(new URLSearchParams(written).toString())
  })
})

describe('searchHref', () => {
  it('is / for the empty state and /?… otherwise', () => {
    expect(searchHref(emptyState())).toBe('/')
    expect(searchHref(withTag(emptyState(), 'relationship', 'A/B', 'all'))).toBe('/?relationship=A%2FB')
  })
})

describe('parseTagParam', () => {
  it.each([
    ['fandom', { kind: 'fandom', mode: 'all' }],
    ['relationship_any', { kind: 'relationship', mode: 'any' }],
    ['freeform_not', { kind: 'freeform', mode: 'not' }],
    ['era_from', undefined],
    ['words_min', undefined],
    ['fandoms', undefined],
  ])('%s', (param, want) => {
    expect(parseTagParam(param)).toEqual(want)
  })
})

describe('withCanonicalTags', () => {
  it('writes known values as their canonical tags and lists the unknown ones', () => {
    const { state } = read('relationship=addek&freeform_not=Angst&freeform_not=zzqq')
    const filters = [
      {
        param: 'relationship',
        kind: 'relationship',
        value: 'addek',
        tag: 'Addison Montgomery/Derek Shepherd',
        known: true,
      },
      { param: 'freeform_not', kind: 'freeform', value: 'Angst', tag: 'Angst', known: true },
      { param: 'freeform_not', kind: 'freeform', value: 'zzqq', tag: 'zzqq', known: false },
    ] as const
    const canonical = withCanonicalTags(state, filters)
    expect(writeState(canonical.state).toString()).toBe(
      new URLSearchParams(
        'relationship=Addison Montgomery/Derek Shepherd&freeform_not=Angst&freeform_not=zzqq',
      ).toString(),
    )
    expect(canonical.unknown).toEqual([filters[2]])
    expect(state.tags.relationship.all).toEqual(['addek'])
  })
})
