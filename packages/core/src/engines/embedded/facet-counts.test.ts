import { describe, expect, it } from 'vitest'
import { countTagCodes, rankFacetValues, topCandidates } from './facet-counts.js'

const code = (tagId: number, kind: number) => tagId * 16 + kind

describe('countTagCodes', () => {
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
    const counted = countTagCodes(codes, new Set(kinds), 20000)
    const got = Object.fromEntries(
      [...counted].map(([kind, list]) => [kind, list.map((c) => [c.tagId, c.count])]),
    )
    expect(got).toEqual(want)
  })
})

it('counts each call afresh', () => {
  const codes = `${code(7, 3)},${code(7, 3)}`
  const once = countTagCodes(codes, new Set([3]), 100)
  expect(countTagCodes(codes, new Set([3]), 100)).toEqual(once)
  expect(countTagCodes(null, new Set([3]), 100).get(3)).toEqual([])
})

describe('topCandidates and rankFacetValues', () => {
  const counted = [
    { tagId: 1, count: 2 },
    { tagId: 2, count: 5 },
    { tagId: 3, count: 2 },
    { tagId: 4, count: 1 },
    { tagId: 5, count: 2 },
  ]
  const names = new Map([
    [1, { display: 'Fluff', norm: 'fluff' }],
    [2, { display: 'Angst', norm: 'angst' }],
    [3, { display: 'angst-adjacent', norm: 'angst-adjacent' }],
    [4, { display: 'Zed', norm: 'zed' }],
    [5, { display: 'Case Fic', norm: 'case fic' }],
  ])

  it('keeps every tag tied with the last place', () => {
    expect(
      topCandidates(counted, 2)
        .map((c) => c.tagId)
        .sort(),
    ).toEqual([1, 2, 3, 5])
    expect(topCandidates(counted, 10)).toHaveLength(5)
  })

  it('ranks by count, then normalized value', () => {
    expect(rankFacetValues(topCandidates(counted, 3), names, 3)).toEqual([
      { value: 'Angst', count: 5 },
      { value: 'angst-adjacent', count: 2 },
      { value: 'Case Fic', count: 2 },
    ])
  })
})
