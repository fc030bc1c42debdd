import { describe, expect, it } from 'vitest'
import { queryTerms } from './query-terms.js'

describe('queryTerms', () => {
  it('keeps terms with tokens, at most ten, and marks the last', () => {
    const terms = queryTerms('* a -"b c" d e f g h i j k l')
    expect(terms.map((t) => t.tokens.join(' '))).toEqual(['a', 'b c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'])
    expect(terms.map((t) => t.last)).toEqual([...Array(9).fill(false), true])
    expect(terms[1]).toMatchObject({ phrase: true, negated: true })
  })

  it('flattens alternatives and keeps their fields', () => {
    const terms = queryTerms('ferry OR title:catalina')
    expect(terms.map((t) => [t.text, t.field, t.last])).toEqual([
      ['ferry', undefined, false],
      ['catalina', 'title', true],
    ])
  })

  it('has no last word when the query ends with a phrase', () => {
    expect(queryTerms('a "b c"').some((t) => t.last)).toBe(false)
  })
})
