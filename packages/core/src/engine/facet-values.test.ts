import { describe, expect, it } from 'vitest'
import { searchFacetValues } from './facet-values.js'

const counted = [
  { value: 'Addison Montgomery/Derek Shepherd', count: 9 },
  { value: 'Addison Montgomery & Mark Sloan', count: 2 },
  { value: 'Derek Shepherd/Meredith Grey', count: 12 },
  { value: 'Angst', count: 3 },
  { value: 'Fluff and Angst', count: 5 },
  { value: 'Season 1', count: 4 },
  { value: 'Season 3', count: 1 },
  { value: 'Slogan Writing', count: 30 },
]

describe('searchFacetValues', () => {
  const cases: [string, { text: string; limit?: number; want: string[]; more?: boolean }][] = [
    [
      'nothing typed lists by count',
      {
        text: '',
        limit: 3,
        want: ['Slogan Writing', 'Derek Shepherd/Meredith Grey', 'Addison Montgomery/Derek Shepherd'],
        more: true,
      },
    ],
    [
      'a prefix, by count',
      { text: 'addi', want: ['Addison Montgomery/Derek Shepherd', 'Addison Montgomery & Mark Sloan'] },
    ],
    [
      'a word inside the value',
      { text: 'derek', want: ['Derek Shepherd/Meredith Grey', 'Addison Montgomery/Derek Shepherd'] },
    ],
    ['case and punctuation do not matter', { text: 'ANGST', want: ['Fluff and Angst', 'Angst'] }],
    [
      'a typo in a longer word',
      { text: 'sheperd', want: ['Derek Shepherd/Meredith Grey', 'Addison Montgomery/Derek Shepherd'] },
    ],
    [
      'typos after exact matches',
      { text: 'sloan', want: ['Addison Montgomery & Mark Sloan', 'Slogan Writing'] },
    ],
    ['no typo on a digit', { text: 'season 2', want: [] }],
    ['no typo on the first letter', { text: 'eddison', want: [] }],
    [
      'the limit says when more matched',
      { text: 'a', limit: 2, want: ['Addison Montgomery/Derek Shepherd', 'Fluff and Angst'], more: true },
    ],
  ]
  it.each(cases)('%s', (_name, { text, limit = 10, want, more = false }) => {
    const result = searchFacetValues(counted, { text, limit })
    expect(result.values.map((v) => v.value)).toEqual(want)
    expect(result.more).toBe(more)
  })

  it('keeps the counts', () => {
    expect(searchFacetValues(counted, { text: 'season 1', limit: 10 }).values).toEqual([
      { value: 'Season 1', count: 4 },
    ])
  })

  it('matches values named as matching, whatever the text', () => {
    const result = searchFacetValues(counted, {
      text: 'addek',
      limit: 10,
      alsoMatching: ['addison montgomery/derek shepherd'],
    })
    expect(result.values).toEqual([{ value: 'Addison Montgomery/Derek Shepherd', count: 9 }])
  })
})
