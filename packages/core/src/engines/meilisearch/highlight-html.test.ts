import { describe, expect, it } from 'vitest'
import { MATCH_END, MATCH_START, markedToHtml } from './highlight-html.js'

describe('markedToHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    [`a ${MATCH_START}match${MATCH_END} b`, 'a <mark>match</mark> b'],
    [
      `<script>alert("x")</script> & 'y'`,
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    ],
    [`${MATCH_START}<b>${MATCH_END}`, '<mark>&lt;b&gt;</mark>'],
    ['&amp; already', '&amp;amp; already'],
    ['', ''],
  ])('%j → %j', (marked, html) => {
    expect(markedToHtml(marked)).toBe(html)
  })
})
