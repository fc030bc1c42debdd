import { describe, expect, it } from 'vitest'
import { withMainRelationship } from './main-relationship.js'

describe('withMainRelationship', () => {
  it.each([
    ['none declared: as listed', ['A/B', 'C/D'], undefined, ['A/B', 'C/D']],
    [
      'a listed one moves first, in its listed spelling',
      ['A & B', 'C/D', 'E/F'],
      'c/d',
      ['C/D', 'A & B', 'E/F'],
    ],
    ['already first: unchanged', ['A/B', 'C/D'], 'A/B', ['A/B', 'C/D']],
    ['an unlisted one is added first', ['A/B'], 'C/D', ['C/D', 'A/B']],
    ['into an empty list', [], 'A/B', ['A/B']],
  ] as const)('%s', (_name, listed, main, want) => {
    expect(withMainRelationship(listed, main)).toEqual(want)
  })
})
