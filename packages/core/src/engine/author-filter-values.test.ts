import { describe, expect, it } from 'vitest'
import type { TagProvenance, Work } from '../model/work.js'
import { authorFilterValues } from './author-filter-values.js'

type Freeforms = Pick<Work, 'fandoms' | 'relationships' | 'characters' | 'eras' | 'freeforms'>
const EMPTY: Freeforms = { fandoms: [], relationships: [], characters: [], eras: [], freeforms: [] }

const inferred = (tag: string, original?: string): TagProvenance => ({
  kind: 'freeform',
  tag,
  source: 'inferred',
  ...(original === undefined ? {} : { original }),
})
const author = (tag: string, original?: string): TagProvenance => ({
  kind: 'freeform',
  tag,
  source: 'author',
  ...(original === undefined ? {} : { original }),
})

describe('authorFilterValues', () => {
  const cases: [
    string,
    { freeforms: string[]; filters?: string[]; provenance?: TagProvenance[]; want: string[] },
  ][] = [
    [
      'tags without provenance are the author’s, with their meta tags',
      {
        freeforms: ['Slow Burn'],
        filters: ['Slow Burn', 'Romance Tropes'],
        want: ['Slow Burn', 'Romance Tropes'],
      },
    ],
    [
      'an author’s tag, its spelling and its meta tags',
      {
        freeforms: ['Slow Burn'],
        filters: ['Slow Burn', 'Romance Tropes', 'slowburn'],
        provenance: [author('Slow Burn', 'slowburn')],
        want: ['Slow Burn', 'Romance Tropes', 'slowburn'],
      },
    ],
    [
      'a kind only inference filled: nothing',
      {
        freeforms: ['Slow Burn'],
        filters: ['Slow Burn', 'Romance Tropes', 'slow build'],
        provenance: [inferred('Slow Burn', 'slow build')],
        want: [],
      },
    ],
    [
      'inferred tags beside the author’s: the author’s tags and meta tags, not the inferred tag or its spelling',
      {
        freeforms: ['Angst', 'Slow Burn'],
        filters: ['Angst', 'Slow Burn', 'Romance Tropes', 'slow build'],
        provenance: [author('Angst'), inferred('Slow Burn', 'slow build')],
        want: ['Angst', 'Romance Tropes'],
      },
    ],
    [
      'values compare as the engines compare them, and come once',
      {
        freeforms: ['Fluff'],
        filters: [' fluff ', 'FLUFF', 'Feel-Good'],
        provenance: [author('fluff')],
        want: ['Fluff', 'Feel-Good'],
      },
    ],
    ['no tags: nothing', { freeforms: [], want: [] }],
  ]
  it.each(cases)('%s', (_name, { freeforms, filters, provenance = [], want }) => {
    const work = { ...EMPTY, freeforms, filterTags: filters ? { freeform: filters } : {}, provenance }
    expect(authorFilterValues(work, 'freeform')).toEqual(want)
  })

  it('reads only the provenance of the kind asked for', () => {
    const work = {
      ...EMPTY,
      characters: ['Slow Burn'],
      filterTags: {},
      provenance: [inferred('Slow Burn')],
    }
    expect(authorFilterValues(work, 'character')).toEqual(['Slow Burn'])
  })
})
