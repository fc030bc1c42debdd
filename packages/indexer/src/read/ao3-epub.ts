/**
 * EPUB works (`.epub`), AO3's downloads first. AO3 makes its EPUBs by converting the HTML download, so
 * the spine documents, read in order as one document, hold the same preface, `#chapters` and afterword:
 * their metadata and chapters are read exactly as the HTML reader reads them. An EPUB without AO3's
 * preface takes its metadata from the OPF package document and a chapter from each spine document.
 * @module
 */
import type { Chapter } from '@ficdex/core'
import { type CheerioAPI, load } from 'cheerio'
import { type Unzipped, unzipSync } from 'fflate'
import { decodeUtf8, readEpubPackage } from './ao3-epub-package.js'
import { readAo3Chapters } from './ao3-html-chapters.js'
import { htmlToText } from './ao3-html-text.js'
import { clean, readAo3Preface } from './ao3-meta.js'
import { SourceError } from './source-error.js'
import type { Reader } from './source-work.js'

/** XHTML through an HTML parser that also honours `<div/>`-style self-closing tags. */
const XHTML = { xml: { xmlMode: false, recognizeSelfClosing: true } } as const

/** Fields the OPF states with the same meaning as the preface, used where the preface lacks them. */
const SHARED_FIELDS = ['title', 'authors', 'summary', 'language'] as const

/**
 * @example
 * const [work] = await readAo3Epub('downloads/tea.epub', await readFile('downloads/tea.epub'))
 * work.chapters.length // 3
 */
export const readAo3Epub: Reader = (path, content) => {
  const files = unzip(content, path)
  const { fields: opfFields, spine } = readEpubPackage(files, path)
  const documents = spine.map((name) => load(decodeUtf8(files[name] ?? new Uint8Array()), XHTML))
  const book = load(documents.map(bodyHtml).join('\n'), XHTML)

  const preface = readAo3Preface(book)
  const fields = preface ?? opfFields
  if (preface) {
    for (const key of SHARED_FIELDS) {
      if (fields[key] === undefined && opfFields[key] !== undefined) fields[key] = opfFields[key]
    }
  }
  if (!fields.title) throw new SourceError(path, 'EPUB has no title (no h1 in an AO3 preface, no dc:title)')

  const chapters = readAo3Chapters(book) ?? documents.flatMap(documentChapter)
  if (chapters.length === 0) throw new SourceError(path, 'EPUB has no story text in its spine')
  return [{ source: path, fields, chapters }]
}

function unzip(content: Buffer, path: string): Unzipped {
  try {
    return unzipSync(new Uint8Array(content.buffer, content.byteOffset, content.byteLength))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new SourceError(path, `not a readable EPUB: invalid zip archive (${reason})`, undefined, {
      cause: error,
    })
  }
}

function bodyHtml($: CheerioAPI): string {
  const body = $('body').first()
  return (body.length > 0 ? body.html() : $.root().html()) ?? ''
}

/**
 * One spine document of an EPUB that is not AO3's, as a chapter: its first heading is the title. Pages
 * without text (a cover, a title page of images) and AO3's own preface and afterword are skipped.
 */
function documentChapter($: CheerioAPI): Chapter[] {
  if ($('#preface, #afterword').length > 0) return []
  const body = $('body').length > 0 ? $('body').first() : $.root().children()
  const heading = body.find('h1, h2, h3').first()
  const title = clean(heading.text())
  heading.remove()
  const text = htmlToText(body.get())
  if (text === '') return []
  return title === '' ? [{ body: text }] : [{ title, body: text }]
}
