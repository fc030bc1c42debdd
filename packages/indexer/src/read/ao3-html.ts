/**
 * AO3 HTML downloads (`.html`, `.htm`: a work's "Download → HTML" file). The preface gives the
 * metadata, `#chapters` the text, `#afterword` the end notes. A page without the preface metadata or a
 * title is not an AO3 download and is rejected by name rather than read as a bare story.
 * @module
 */
import { load } from 'cheerio'
import { readAo3Chapters } from './ao3-html-chapters.js'
import { readAo3Preface } from './ao3-meta.js'
import { decodeText } from './decode-text.js'
import { SourceError } from './source-error.js'
import type { Reader } from './source-work.js'

/**
 * @example
 * const [work] = await readAo3Html('downloads/tea.html', await readFile('downloads/tea.html'))
 * work.fields.fandoms // ['Original Work']
 */
export const readAo3Html: Reader = (path, content) => {
  const $ = load(decodeText(content))
  const fields = readAo3Preface($)
  if (!fields) {
    throw new SourceError(
      path,
      'not an AO3 download: no preface metadata (a #preface block with its list of tags and stats)',
    )
  }
  if (!fields.title) throw new SourceError(path, 'AO3 download has no work title (the h1 in #preface)')
  const chapters = readAo3Chapters($)
  if (!chapters || chapters.length === 0) {
    throw new SourceError(path, 'AO3 download has no story text (no #chapters block)')
  }
  return [{ source: path, fields, chapters }]
}
