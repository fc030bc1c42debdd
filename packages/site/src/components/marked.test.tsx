import { describe, expect, it } from 'vitest'
import { Marked, safeMarks } from './marked.js'

describe('safeMarks', () => {
  it.each([
    ['keeps marks', 'a <mark>b</mark> c', 'a <mark>b</mark> c'],
    ['keeps escaped text escaped', 'Tom &amp; Jerry &lt;3', 'Tom &amp; Jerry &lt;3'],
    [
      'escapes any other tag',
      '<img src=x onerror=alert(1)><mark>b</mark>',
      '&lt;img src=x onerror=alert(1)><mark>b</mark>',
    ],
    ['escapes marks with attributes', '<mark onclick="x">b</mark>', '&lt;mark onclick="x">b</mark>'],
    ['escapes a closing script', '</script>', '&lt;/script>'],
  ])('%s', (_, given, want) => {
    expect(safeMarks(given)).toBe(want)
  })
})

describe('Marked', () => {
  it('shows the plain text, escaped, when there is no highlight', () => {
    expect(String(<Marked html={undefined} text="<b>Ferry</b>" />)).toBe('&lt;b&gt;Ferry&lt;/b&gt;')
  })
})
