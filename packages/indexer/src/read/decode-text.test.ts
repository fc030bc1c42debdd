import { describe, expect, it } from 'vitest'
import { decodeLines, decodeText } from './decode-text.js'

describe('decodeLines', () => {
  it.each([
    ['empty', ''],
    ['one line, no ending', '{"a":1}'],
    ['LF endings and a final LF', 'a\nb\n'],
    ['CRLF endings', 'a\r\nb\r\n'],
    ['lone CR endings', 'a\rb\rc'],
    ['CR CR LF', 'a\r\r\nb'],
    ['a CR at the very end', 'a\nb\r'],
    ['blank lines between', 'a\n\n\r\n\nb'],
    ['a byte order mark', '\uFEFFa\nb'],
    ['a mark in the middle is kept', 'a\n\uFEFFb'],
    ['accents and emoji', 'café\nnaïve 🎉\r\nplain'],
  ])('%s: the lines of the decoded text', (_name, text) => {
    const content = Buffer.from(text, 'utf8')
    expect(decodeLines(content)).toEqual(decodeText(content).split('\n'))
  })
})
