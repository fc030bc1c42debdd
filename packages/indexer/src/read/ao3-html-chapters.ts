/**
 * The chapters of an AO3 download: the `#chapters` block. A one-chapter work holds its text directly; a
 * multi-chapter work has, per chapter, a block with the `h2` heading (and the chapter's summary and
 * notes), the text, and optionally an `#endnotesN` block. Chapter summaries and notes are not story
 * text and are left out.
 * @module
 */
import type { Chapter } from '@ficdex/core'
import type { CheerioAPI } from 'cheerio'
import { type HtmlNode, htmlToText } from './ao3-html-text.js'
import { clean } from './ao3-meta.js'

/** The heading AO3 prints for a chapter without a title of its own. */
const UNTITLED = /^Chapter\s+\d+$/i

/**
 * Reads every `#chapters` block in document order (an EPUB split into files has one per file), or
 * returns null when there is none.
 * @example
 * readAo3Chapters(load(html)) // [{ title: 'The Kettle', body: 'It was raining.\n\n…' }, { body: '…' }]
 */
export function readAo3Chapters($: CheerioAPI): Chapter[] | null {
  const containers = $('[id="chapters"]')
  if (containers.length === 0) return null
  const chapters: { title: string | undefined; parts: HtmlNode[] }[] = []
  let current: { title: string | undefined; parts: HtmlNode[] } | undefined

  containers.each((_, container) => {
    $(container)
      .contents()
      .each((_, node) => {
        if (node.type === 'comment' || (node.type === 'text' && node.data.trim() === '')) return
        const child = $(node)
        if (/^endnotes/.test(child.attr('id') ?? '')) return
        // Some download versions put the work title as an h2 before a one-chapter work's text.
        if (child.is('h2')) return
        const heading = child.children('h2').first()
        if (heading.length > 0) {
          current = { title: chapterTitle(heading.text()), parts: [] }
          chapters.push(current)
          return
        }
        if (!current) {
          current = { title: undefined, parts: [] }
          chapters.push(current)
        }
        current.parts.push(node)
      })
  })

  return chapters.map(({ title, parts }) => {
    const body = htmlToText(parts)
    return title === undefined ? { body } : { title, body }
  })
}

/** AO3 prints "Chapter N" for an untitled chapter: that is not a title of the work's. */
function chapterTitle(heading: string): string | undefined {
  const title = clean(heading)
  return title === '' || UNTITLED.test(title) ? undefined : title
}
