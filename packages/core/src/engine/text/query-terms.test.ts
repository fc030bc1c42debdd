import { describe, expect, it } from 'vitest'
import { parseQueryText, queryTerms } from './query-terms.js'

describe('parseQueryText', () => {
  const cases: [string, { given: string; want: ReturnType<typeof parseQueryText> }][] = [
    ['words', { given: ' quiet  harbor ', want: [w('quiet'), w('harbor')] }],
    ['a phrase', { given: 'the "quiet harbor"', want: [w('the'), p('quiet harbor')] }],
    ['an unclosed phrase runs to the end', { given: 'a "quiet harbor', want: [w('a'), p('quiet harbor')] }],
    ['negations', { given: '-angst -"major death"', want: [w('angst', true), p('major death', true)] }],
    ['a lone minus is a word', { given: 'a - b', want: [w('a'), w('-'), w('b')] }],
    ['a hyphen inside a word stays', { given: 'slow-burn', want: [w('slow-burn')] }],
    ['a quote ends a word', { given: 'harbor"x', want: [w('harbor'), p('x')] }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(parseQueryText(given)).toEqual(want)
  })
})

describe('queryTerms', () => {
  it('keeps terms with tokens, at most ten, and marks the last', () => {
    const terms = queryTerms('* a -"b c" d e f g h i j k l')
    expect(terms.map((t) => t.tokens.join(' '))).toEqual(['a', 'b c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'])
    expect(terms.map((t) => t.last)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ])
    expect(terms[1]).toMatchObject({ phrase: true, negated: true })
  })
})

function w(text: string, negated = false) {
  return { text, phrase: false, negated }
}
function p(text: string, negated = false) {
  return { text, phrase: true, negated }
}
