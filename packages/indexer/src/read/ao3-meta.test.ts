import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { parseCount, parseStats, readAo3Preface } from './ao3-meta.js'
import { languageCode } from './ao3-meta-language.js'

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1,234', 1234],
    [' 12,345,678 ', 12345678],
    ['1234567', 1234567],
    ['1,23', null],
    ['12,3456', null],
    ['1.5', null],
    ['-3', null],
    ['12k', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseCount(text)).toBe(expected)
  })
})

describe('parseStats', () => {
  it.each([
    [
      'a one-shot: no update date',
      'Published: 2021-03-14 Words: 146 Chapters: 1/1',
      { published: '2021-03-14', words: 146, chapters: '1/1' },
    ],
    [
      'a work in progress, with every count and separators',
      `Published: 2022-06-01
         Updated: 2022-08-15 Words: 2,412 Chapters: 3/? Comments: 41 Kudos: 1,204 Bookmarks: 88 Hits: 15,730`,
      {
        published: '2022-06-01',
        updated: '2022-08-15',
        words: 2412,
        chapters: '3/?',
        comments: 41,
        kudos: 1204,
        bookmarks: 88,
        hits: 15730,
      },
    ],
    [
      '"Completed" is the last update of a finished work',
      'Published: 2019-09-10 Completed: 2019-10-01 Chapters: 3/3',
      { published: '2019-09-10', updated: '2019-10-01', chapters: '3/3' },
    ],
    ['a count that is not a number is kept for the normalizer to report', 'Words: lots', { words: 'lots' }],
    ['unknown labels are ignored', 'Published: 2020-01-01 Subscriptions: 4', { published: '2020-01-01' }],
  ])('%s', (_, text, expected) => {
    expect(parseStats(text)).toEqual(expected)
  })
})

describe('languageCode', () => {
  it.each([
    ['English', 'en'],
    ['Español', 'es'],
    ['français', 'fr'],
    ['中文-普通话 國語', 'zh'],
    ['Português brasileiro', 'pt-BR'],
    ['Bahasa Indonesia', 'id'],
    ['tlhIngan-Hol', 'tlh'],
    ['Spanish', 'es'],
    [' Deutsch ', 'de'],
    ['en', 'en'],
    ['pt-BR', 'pt-BR'],
    ['ptBR', 'pt-BR'],
    ['slv', 'sl'],
    ['Atlantean', 'Atlantean'],
  ])('%s → %s', (name, code) => {
    expect(languageCode(name)).toBe(code)
  })
})

describe('readAo3Preface', () => {
  const preface = (meta: string, afterword = '') =>
    readAo3Preface(load(`<div id="preface"><div class="meta">${meta}</div></div>${afterword}`))

  it('is null without the preface list of tags and stats', () => {
    expect(readAo3Preface(load('<h1>Title</h1><div id="chapters">Text</div>'))).toBeNull()
    expect(readAo3Preface(load('<div id="preface"><h1>Title</h1></div>'))).toBeNull()
  })

  it('splits an unlinked tag list on commas and drops repeats', () => {
    const fields = preface('<dl><dt>Additional Tags:</dt><dd>Angst, Fluff,  Angst</dd></dl><h1>T</h1>')
    expect(fields).toEqual({ title: 'T', freeforms: ['Angst', 'Fluff'] })
  })

  it('passes two ratings on as a list for the normalizer to reject', () => {
    const fields = preface('<dl><dt>Ratings:</dt><dd><a>Mature</a>, <a>Explicit</a></dd></dl>')
    expect(fields).toEqual({ rating: ['Mature', 'Explicit'] })
  })

  it('takes the first of several series, and a series without a link', () => {
    const linked = preface(
      '<dl><dt>Series:</dt><dd>Part 3 of <a>First</a>, Part 1 of <a>Second</a></dd></dl>',
    )
    expect(linked).toEqual({ series: { name: 'First', position: 3 } })
    const plain = preface('<dl><dt>Series:</dt><dd>Part 2 of Plain, Part 5 of Other</dd></dl>')
    expect(plain).toEqual({ series: { name: 'Plain', position: 2 } })
  })

  it('reads an anonymous byline and falls back to the message title', () => {
    const fields = readAo3Preface(
      load(
        '<div id="preface"><p class="message"><b>Hidden Title</b></p><dl><dt>Fandom:</dt><dd>X</dd></dl>' +
          '<div class="byline">by Anonymous</div></div>',
      ),
    )
    expect(fields).toEqual({ title: 'Hidden Title', authors: ['Anonymous'], fandoms: ['X'] })
  })

  it('joins the notes and the end notes, and reads end notes alone', () => {
    const afterword =
      '<div id="afterword"><div id="endnotes"><p>End Notes</p><blockquote><p>After.</p></blockquote></div></div>'
    expect(preface('<dl></dl><p>Notes</p><blockquote><p>Before.</p></blockquote>', afterword)).toEqual({
      notes: 'Before.\n\nAfter.',
    })
    expect(preface('<dl></dl>', afterword)).toEqual({ notes: 'After.' })
  })

  it('does not take labels or a title from inside the summary', () => {
    const fields = preface(
      '<dl></dl><p>Summary</p><blockquote><h1>Loud</h1><p>Notes</p><p>Kept.</p></blockquote><p>Notes</p><blockquote><p>Real notes.</p></blockquote>',
    )
    expect(fields).toEqual({ summary: 'Loud\n\nNotes\n\nKept.', notes: 'Real notes.' })
  })

  it('ignores a Summary label with no blockquote after it', () => {
    expect(preface('<dl></dl><p>Summary</p><p>Not a summary block</p>')).toEqual({})
  })
})
