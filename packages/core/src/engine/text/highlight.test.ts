import { describe, expect, it } from 'vitest'
import { escapeHtml, highlightWork, QueryMarker } from './highlight.js'

describe('QueryMarker.mark', () => {
  const cases: [string, { query: string; text: string; want: string }][] = [
    [
      'a word, any case',
      {
        query: 'addison',
        text: 'Addison and ADDISON',
        want: '<mark>Addison</mark> and <mark>ADDISON</mark>',
      },
    ],
    ['accents folded', { query: 'pokemon', text: 'Pokémon!', want: '<mark>Pokémon</mark>!' }],
    ['a possessive', { query: 'addison', text: "Addison's day", want: '<mark>Addison</mark>&#39;s day' }],
    [
      'the last word as a prefix',
      { query: 'lighth', text: 'The Lighthouse', want: 'The <mark>Lighthouse</mark>' },
    ],
    [
      'only the last word',
      { query: 'light harbor', text: 'lighthouse harbors', want: 'lighthouse <mark>harbors</mark>' },
    ],
    ['a typo within the allowance', { query: 'adison', text: 'Addison', want: '<mark>Addison</mark>' }],
    ['no typo in four letters', { query: 'msty', text: 'Misty', want: 'Misty' }],
    ['no typo on the first letter', { query: 'eddison', text: 'Addison', want: 'Addison' }],
    [
      'a phrase where its words stand together',
      {
        query: '"quiet harbor"',
        text: 'a quiet harbor, quiet the harbor',
        want: 'a <mark>quiet harbor</mark>, quiet the harbor',
      },
    ],
    ['a phrase is not a prefix', { query: '"quiet harb"', text: 'quiet harbor', want: 'quiet harbor' }],
    [
      'a word of several tokens',
      { query: 'hurt/comfort', text: 'Hurt/Comfort', want: '<mark>Hurt/Comfort</mark>' },
    ],
    [
      'excluded words are not marked',
      { query: 'harbor -rain', text: 'rain over the harbor', want: 'rain over the <mark>harbor</mark>' },
    ],
    [
      'several words',
      { query: 'quiet harbor', text: 'the quiet harbor', want: 'the <mark>quiet</mark> <mark>harbor</mark>' },
    ],
    [
      'overlapping matches merge',
      { query: '"quiet harbor" quiet', text: 'quiet harbor', want: '<mark>quiet harbor</mark>' },
    ],
    [
      'the rest escaped',
      { query: 'x', text: '<b>x</b> & "y"', want: '&lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; &quot;y&quot;' },
    ],
    ['no query', { query: '', text: 'a <b>', want: 'a &lt;b&gt;' }],
  ]
  it.each(cases)('%s', (_name, { query, text, want }) => {
    const marked = new QueryMarker(query).mark(text)
    expect(marked.html).toBe(want)
    expect(marked.marked).toBe(want.includes('<mark>'))
  })
})

describe('highlightWork', () => {
  const work = {
    title: 'The <Lighthouse>',
    summary: 'Addison takes a weekend away.',
    fandoms: ["Grey's Anatomy"],
    relationships: ['Addison Montgomery/Derek Shepherd'],
    characters: ['Addison Montgomery', 'Mark Sloan'],
    eras: [],
    freeforms: ['Fluff'],
  }

  it('marks title and summary, lists tag kinds with a match, and keeps a matching excerpt', () => {
    expect(highlightWork(work, new QueryMarker('addison'), '…and Addison laughed…')).toEqual({
      title: 'The &lt;Lighthouse&gt;',
      summary: '<mark>Addison</mark> takes a weekend away.',
      tags: {
        relationship: ['<mark>Addison</mark> Montgomery/Derek Shepherd'],
        character: ['<mark>Addison</mark> Montgomery', 'Mark Sloan'],
      },
      text: '…and <mark>Addison</mark> laughed…',
    })
  })

  it('leaves out tags and an excerpt without a match', () => {
    expect(highlightWork(work, new QueryMarker('lighthouse'), 'The start of the text…')).toEqual({
      title: 'The &lt;<mark>Lighthouse</mark>&gt;',
      summary: 'Addison takes a weekend away.',
    })
    expect(highlightWork(work, new QueryMarker(''), null)).toEqual({
      title: 'The &lt;Lighthouse&gt;',
      summary: 'Addison takes a weekend away.',
    })
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})
