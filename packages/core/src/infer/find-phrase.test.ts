import { describe, expect, it } from 'vitest'
import { findPhrase } from './find-phrase.js'
import { WorkText } from './work-text.js'

describe('findPhrase', () => {
  const cases: [name: string, text: string, phrase: string, caseSensitive: boolean, want: number][] = [
    ['a whole word', 'Mark called Mark.', 'Mark', true, 2],
    ['not inside a longer word', 'Market, Marked, remark', 'Mark', true, 0],
    ['names keep their case: the verb is not the man', 'Mark my words, mark them', 'Mark', true, 1],
    ['cues ignore case', 'Mark my words, mark them', 'mark', false, 2],
    ['a possessive still names the person', "Derek's trailer and Derek’s boat", 'Derek', true, 2],
    ['a possessive inside a phrase matches only as written', "Derek's trailer", "Derek's trailer", false, 1],
    ['no possessive inside a name', "Derek's Shepherd", 'Derek Shepherd', true, 0],
    ['hyphen or space between words', 'ex-husband, ex husband', 'ex-husband', false, 2],
    ['periods between words', 'Mrs Bennet and Mrs. Bennet', 'Mrs. Bennet', true, 2],
    ['initials', 'moving to L.A. soon', 'L.A.', false, 1],
    ['never across a sentence end', 'It was Seattle. Grace was gone.', 'Seattle Grace', false, 0],
    ['never across a comma', 'Seattle, Grace', 'Seattle Grace', false, 0],
    ['a trailing * matches word starts', 'sob, sobs, sobbing, unsober', 'sob*', false, 3],
    [
      'a trailing * on the last word of a phrase',
      'she kissed him; she kisses; she said',
      'she kiss*',
      false,
      2,
    ],
    ['only the last word is a prefix', 'she kissed him', 'kiss* him', false, 0],
    ['apostrophes inside a word', "George O'Malley and O’Malley", "O'Malley", true, 2],
    ['empty phrase', 'anything', '  ', false, 0],
  ]
  it.each(cases)('%s', (_name, text, phrase, caseSensitive, want) => {
    expect(findPhrase(new WorkText([text]), phrase, caseSensitive)).toHaveLength(want)
  })

  it('reports token positions, without overlaps', () => {
    expect(findPhrase(new WorkText(['the the the']), 'the the', false)).toEqual([{ first: 0, last: 1 }])
  })
})
