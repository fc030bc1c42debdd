import { describe, expect, it } from 'vitest'
import { idf, rankSimilar, type Tagged } from './rank-similar.js'

const work = (id: string, tags: Partial<Omit<Tagged, 'id'>> = {}): Tagged => ({
  id,
  fandoms: [],
  relationships: [],
  characters: [],
  eras: [],
  freeforms: [],
  ...tags,
})

describe('idf', () => {
  const cases: [total: number, df: number | undefined, want: number][] = [
    [100, 1, Math.log(101)],
    [100, 100, Math.log(2)],
    [100, undefined, Math.log(101)],
    [1000, undefined, Math.log(101)],
    [0, 0, Math.log(2)],
  ]
  it.each(cases)('total %i, df %s', (total, df, want) => {
    expect(idf(total, df)).toBeCloseTo(want)
  })
})

describe('rankSimilar', () => {
  const me = work('me', {
    fandoms: ["Grey's Anatomy"],
    relationships: ['Addison Montgomery/Derek Shepherd'],
    freeforms: ['Angst'],
  })
  const df = (_kind: string, tag: string) => ({ "grey's anatomy": 30, angst: 40 })[tag.toLowerCase()] ?? 2
  const cases: [string, Tagged[], string[]][] = [
    [
      'a rare shared pairing outweighs a common trope',
      [
        work('angst', { fandoms: ["Grey's Anatomy"], freeforms: ['Angst'] }),
        work('addek', { fandoms: ["Grey's Anatomy"], relationships: ['Addison Montgomery/Derek Shepherd'] }),
      ],
      ['addek', 'angst'],
    ],
    [
      'the same fandom comes first',
      [
        work('other', { relationships: ['Addison Montgomery/Derek Shepherd'], freeforms: ['Angst'] }),
        work('ga', { fandoms: ["Grey's Anatomy"] }),
      ],
      ['ga', 'other'],
    ],
    ['nothing shared, not similar', [work('none', { freeforms: ['Fluff'] })], []],
    [
      'the work itself and repeats are left out',
      [me, work('x', { freeforms: ['angst'] }), work('x', { freeforms: ['angst'] })],
      ['x'],
    ],
    ['ties by id', [work('b', { freeforms: ['Angst'] }), work('a', { freeforms: ['Angst'] })], ['a', 'b']],
  ]
  it.each(cases)('%s', (_name, candidates, want) => {
    expect(rankSimilar(me, candidates, df, 100).map((s) => s.work.id)).toEqual(want)
  })

  it('reports the shared tags by kind and whether a fandom is shared', () => {
    const [found] = rankSimilar(
      me,
      [work('y', { fandoms: ["Grey's Anatomy"], freeforms: ['Angst', 'Fluff'] })],
      df,
      100,
    )
    expect(found).toMatchObject({
      sameFandom: true,
      shared: { fandom: ["Grey's Anatomy"], freeform: ['Angst'] },
    })
    expect(found?.score).toBeCloseTo(Math.log(1 + 100 / 30) + Math.log(1 + 100 / 40))
  })
})
