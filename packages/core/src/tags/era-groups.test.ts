import { describe, expect, it } from 'vitest'
import type { TagFilter } from '../model/query.js'
import { EraRangeConflictError, withEraRanges } from './era-groups.js'
import { TagLookupError } from './vocabulary-error.js'

const filter = (input: Partial<TagFilter> = {}): TagFilter => ({ all: [], any: [], exclude: [], ...input })

describe('withEraRanges', () => {
  it.each<[string, Partial<TagFilter>, string[][], Partial<TagFilter>]>([
    [
      'no range leaves the filter as it is',
      { all: ['A'], any: ['B', 'C'] },
      [],
      { all: ['A'], any: ['B', 'C'] },
    ],
    ['one range becomes the any-group', {}, [['A', 'B', 'C']], { any: ['A', 'B', 'C'] }],
    [
      'required and excluded eras stay',
      { all: ['X'], exclude: ['Y'] },
      [['A', 'B']],
      { all: ['X'], any: ['A', 'B'], exclude: ['Y'] },
    ],
    ['a one-era range is a required era', { any: ['B', 'C'] }, [['A']], { all: ['A'], any: ['B', 'C'] }],
    ['a range holding a required era is met', { all: ['B'] }, [['A', 'B', 'C']], { all: ['B'] }],
    ['required eras compare as the engines do', { all: ['b'] }, [['A', 'B']], { all: ['b'] }],
    [
      'a range inside the any list implies it',
      { any: ['A', 'B', 'C', 'D'] },
      [['B', 'C']],
      { any: ['B', 'C'] },
    ],
    [
      'an any list inside a range implies it',
      { any: ['B', 'C'] },
      [['A', 'B', 'C', 'D']],
      { any: ['B', 'C'] },
    ],
    [
      'two equal ranges are one',
      {},
      [
        ['A', 'B'],
        ['B', 'A'],
      ],
      { any: ['A', 'B'] },
    ],
    ['a one-era range inside another range implies it', {}, [['A', 'B', 'C'], ['C']], { all: ['C'] }],
    ['repeats in a range are dropped', {}, [['A', 'A', 'B']], { any: ['A', 'B'] }],
  ])('%s', (_name, input, ranges, want) => {
    expect(withEraRanges(filter(input), ranges)).toEqual(filter(want))
  })

  it.each<[string, Partial<TagFilter>, string[][]]>([
    [
      'two overlapping ranges',
      {},
      [
        ['A', 'B', 'C'],
        ['C', 'D', 'E'],
      ],
    ],
    [
      'two disjoint ranges',
      {},
      [
        ['A', 'B'],
        ['C', 'D'],
      ],
    ],
    ['a range beside a different any list', { any: ['X', 'Y'] }, [['A', 'B']]],
  ])('refuses %s, which no single any-group expresses', (_name, input, ranges) => {
    const run = () => withEraRanges(filter(input), ranges)
    expect(run).toThrow(EraRangeConflictError)
    expect(run).toThrow(TagLookupError)
    expect(run).toThrow(/not 2 at once/)
  })

  it('names the groups it could not combine', () => {
    try {
      withEraRanges(filter({ any: ['X', 'Y'] }), [['A', 'B']])
      expect.unreachable()
    } catch (error) {
      expect((error as EraRangeConflictError).groups).toEqual([
        ['X', 'Y'],
        ['A', 'B'],
      ])
      expect((error as EraRangeConflictError).kind).toBe('era')
    }
  })
})
