import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { htmlToText } from './ao3-html-text.js'

const text = (html: string) => htmlToText(load(html, null, false).root().get())

describe('htmlToText', () => {
  it.each([
    ['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['a line break stays a single newline', '<p>One line<br/>and the next</p>', 'One line\nand the next'],
    ['source white space collapses', '<p>  spread\n   over\tlines  </p>', 'spread over lines'],
    [
      'inline markup is dropped',
      '<p>A <em>very</em> <strong>bold</strong> <a href="x">claim</a>.</p>',
      'A very bold claim.',
    ],
    [
      'entities are decoded',
      '<p>&#8220;Tea&#8221; &amp; biscuits&nbsp;&mdash; yes</p>',
      '“Tea” & biscuits — yes',
    ],
    ['empty and nbsp-only paragraphs vanish', '<p>A</p><p>&nbsp;</p><p></p><p>B</p>', 'A\n\nB'],
    [
      'nested blocks split paragraphs once',
      '<div><div><p>A</p></div><blockquote><p>B</p></blockquote></div>',
      'A\n\nB',
    ],
    [
      'text beside blocks is its own paragraph',
      '<div>Loose text<p>Para</p>tail</div>',
      'Loose text\n\nPara\n\ntail',
    ],
    ['a rule separates scenes', '<p>Scene one.</p><hr/><p>Scene two.</p>', 'Scene one.\n\nScene two.'],
    ['list items are paragraphs', '<ul><li>first</li><li>second</li></ul>', 'first\n\nsecond'],
    ['breaks at a paragraph edge are dropped', '<p><br/>Inner<br/></p>', 'Inner'],
    ['pre keeps its lines and spaces', '<pre>  a\n    b</pre><p>c</p>', '  a\n    b\n\nc'],
    ['scripts and styles are not text', '<style>p{}</style><p>Seen</p><script>unseen()</script>', 'Seen'],
    ['comments are not text', '<p>A<!-- note -->B</p>', 'AB'],
    ['nothing gives an empty string', '', ''],
  ])('%s', (_, html, expected) => {
    expect(text(html)).toBe(expected)
  })
})
