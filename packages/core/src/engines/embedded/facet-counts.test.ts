import { describe, expect, it } from 'vitest'
import { forEachInteger, rankFacetValues, TagCodeTally } from './facet-counts.js'

const code = (tagId: number, kind: number) => tagId * 16 + kind

/** Tallies a comma-separated list of codes, as the SQLite path does. */
function tally(codes: string | null, kinds: number[], limit?: number) {
  const counter = new TagCodeTally(new Set(kinds), 20_000)
  forEachInteger(codes, (c) => counter.add(c))
  const counted = counter.finish(limit)
  return Object.fromEntries([...counted].map(([kind, list]) => [kind, list.map((c) => [c.tagId, c.count])]))
}

describe('forEachInteger', () => {
  const cases: [string, string | null, number[]][] = [
    ['null', null, []],
    ['empty', '', []],
    ['one', '7', [7]],
    ['several, multi-digit', '12,0,345678', [12, 0, 345678]],
  ]
  it.each(cases)('%s', (_name, list, want) => {
    const got: number[] = []
    forEachInteger(list, (value) => got.push(value))
    expect(got).toEqual(want)
  })
})

describe('TagCodeTally, every tag', () => {
  const cases: [
    string,
    { codes: string | null; kinds: number[]; want: Record<number, [number, number][]> },
  ][] = [
    ['nothing matched', { codes: null, kinds: [3], want: { 3: [] } }],
    ['one work', { codes: `${code(1, 3)},${code(2, 7)}`, kinds: [3, 7], want: { 3: [[1, 1]], 7: [[2, 1]] } }],
    [
      'several works, first-seen order',
      {
        codes: [code(5, 7), code(2, 7), code(5, 7), code(9, 3), code(5, 7)].join(','),
        kinds: [7],
        want: {
          7: [
            [5, 3],
            [2, 1],
          ],
        },
      },
    ],
    [
      'kinds not asked for are skipped',
      { codes: `${code(1, 3)},${code(2, 7)}`, kinds: [7], want: { 7: [[2, 1]] } },
    ],
    [
      'multi-digit ids',
      { codes: `${code(12345, 0)},${code(12345, 0)}`, kinds: [0], want: { 0: [[12345, 2]] } },
    ],
  ]
  it.each(cases)('%s', (_name, { codes, kinds, want }) => {
    expect(tally(codes, kinds)).toEqual(want)
  })

  it('counts each tally afresh', () => {
    const codes = `${code(7, 3)},${code(7, 3)}`
    const once = tally(codes, [3])
    expect(tally(codes, [3])).toEqual(once)
    expect(tally(null, [3])).toEqual({ 3: [] })
  })
})

describe('TagCodeTally with a limit: the candidates for the top places', () => {
  // Tag ids 1–5 counted 2, 5, 2, 1, 2 times.
  const codes = [1, 2, 2, 3, 2, 4, 5, 2, 1, 2, 3, 5].map((id) => code(id, 6)).join(',')
  const cases: [string, number, [number, number][]][] = [
    [
      'every tag tied with the last place is kept',
      2,
      [
        [2, 5],
        [1, 2],
        [3, 2],
        [5, 2],
      ],
    ],
    ['one place', 1, [[2, 5]]],
    [
      'more places than tags',
      10,
      [
        [2, 5],
        [1, 2],
        [3, 2],
        [5, 2],
        [4, 1],
      ],
    ],
    ['no places', 0, []],
  ]
  it.each(cases)('%s (limit %i)', (_name, limit, want) => {
    expect(tally(codes, [6], limit)).toEqual({ 6: want })
  })
})

describe('rankFacetValues', () => {
  const names = new Map([
    [1, { display: 'Fluff', norm: 'fluff' }],
    [2, { display: 'Angst', norm: 'angst' }],
    [3, { display: 'angst-adjacent', norm: 'angst-adjacent' }],
    [5, { display: 'Case Fic', norm: 'case fic' }],
  ])

  it('ranks by count, then normalized value', () => {
    const candidates = [
      { tagId: 2, count: 5 },
      { tagId: 1, count: 2 },
      { tagId: 3, count: 2 },
      { tagId: 5, count: 2 },
    ]
    expect(rankFacetValues(candidates, names, 3)).toEqual([
      { value: 'Angst', count: 5 },
      { value: 'angst-adjacent', count: 2 },
      { value: 'Case Fic', count: 2 },
    ])
  })
})
