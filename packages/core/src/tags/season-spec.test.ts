import { describe, expect, it } from 'vitest'
import { parseSeasonSpec } from './season-spec.js'

const ORDERS = [1, 2, 3, 4, 5, 6, 7, 8]

describe('parseSeasonSpec', () => {
  it.each([
    ['one season', '3', [3]],
    ['a range', '2-4', [2, 3, 4]],
    ['a list', '1-2, 5, 7', [1, 2, 5, 7]],
    ['an open range runs to the last era', '6-', [6, 7, 8]],
    ['overlaps count once', '1-3, 2-4', [1, 2, 3, 4]],
  ])('%s', (_name, spec, want) => {
    expect(parseSeasonSpec(spec, ORDERS)).toEqual(want)
  })

  it.each([
    ['an unknown season', '9', 'the fandom has no era with order 9'],
    ['a backwards range', '5-2', '"5-2" runs backwards'],
  ])('rejects %s', (_name, spec, message) => {
    expect(parseSeasonSpec(spec, ORDERS)).toBe(message)
  })

  it('needs eras', () => {
    expect(parseSeasonSpec('1', [])).toBe('the fandom has no eras')
  })
})
