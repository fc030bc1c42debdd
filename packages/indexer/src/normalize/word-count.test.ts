import { describe, expect, it } from 'vitest'
import { countWords } from './word-count.js'

describe('countWords counts as AO3 does', () => {
  const cases: [name: string, given: string, want: number][] = [
    ['empty', '', 0],
    ['only whitespace', ' \n\t ', 0],
    ['plain words', 'The quick brown fox', 4],
    ['punctuation is not a word', 'Well — then . . . ! ?', 2],
    ['hyphenated words are one word', 'a well-known half-blood', 3],
    ['apostrophes join', "Harry's don’t o‘clock", 3],
    ['double hyphen separates', 'one--two', 2],
    ['digits count', 'In 1997, 3 owls', 4],
    ['underscore joins like a letter', 'snake_case', 1],
    ['accented letters', 'café naïve Ångström', 3],
    ['combining marks stay in the word', 'cafe\u0301 au lait', 3],
    ['each Han character is a word', '我爱你', 3],
    ['kana one by one', 'ありがとう', 5],
    ['katakana one by one', 'カタカナ', 4],
    ['thai one by one', 'สวัสดี', 6],
    ['hangul is spaced, counted by words', '안녕 하세요', 2],
    ['mixed scripts', '你好hello世界world', 6],
    ['cyrillic', 'Привет, мир', 2],
    ['html tags are not words', '<p>Hello <em>there</em></p>', 2],
    ['html splits words at tags, per text node', '<p><em>wo</em>rd</p>', 2],
    ['html entities decode', '<p>Tom&nbsp;&amp; Jerry&rsquo;s</p>', 2],
    ['html comments are not text', '<p>one</p><!-- two three -->', 1],
    ['script and style are not text', '<style>p { color: red }</style><p>one</p>', 1],
    ['markdown emphasis', '*Very* **bold** _words_', 3],
    ['markdown link target is not text', 'See [the map](https://example.com/map.png "Map") now', 4],
    ['markdown autolink is not text', 'Visit <https://example.com/a/b> today', 2],
    ['a lone < is not html', 'I <3 you', 3],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(countWords(given)).toBe(want)
  })
})
