/**
 * The metadata of an AO3 download, shared by the HTML and EPUB readers: the `#preface` block (title,
 * byline, summary, notes, and the `dl` of tags and stats) and the end notes in `#afterword`, turned into
 * the source-field names of the work format.
 *
 * Selectors lean on ids and element structure rather than class names, because AO3's EPUBs are made by
 * calibre, which renames classes (`meta` becomes `meta1`, `byline` becomes `byline2`) but keeps ids.
 * @module
 */
import type { CheerioAPI } from 'cheerio'
import { type Elements, htmlToText } from './ao3-html-text.js'
import { languageCode } from './ao3-meta-language.js'

/** What the `dl` labels (`Rating:`, `Archive Warnings:` …) map to, singular and plural. */
const TAG_LABELS: Readonly<Record<string, string>> = {
  rating: 'rating',
  ratings: 'rating',
  'archive warning': 'warnings',
  'archive warnings': 'warnings',
  category: 'categories',
  categories: 'categories',
  fandom: 'fandoms',
  fandoms: 'fandoms',
  relationship: 'relationships',
  relationships: 'relationships',
  character: 'characters',
  characters: 'characters',
  'additional tags': 'freeforms',
  'additional tag': 'freeforms',
  freeform: 'freeforms',
  freeforms: 'freeforms',
}

/** The `Stats:` entries, by their label; `Updated` and `Completed` both give the date of the last update. */
const STAT_LABELS: Readonly<Record<string, string>> = {
  published: 'published',
  updated: 'updated',
  completed: 'updated',
  words: 'words',
  chapters: 'chapters',
  comments: 'comments',
  kudos: 'kudos',
  bookmarks: 'bookmarks',
  hits: 'hits',
}
const COUNT_FIELDS = new Set(['words', 'comments', 'kudos', 'bookmarks', 'hits'])

/**
 * Reads the preface and afterword of an AO3 download. Returns null when the document has no preface
 * metadata (`#preface` with its `dl`), i.e. it is not an AO3 download.
 * @example
 * const fields = readAo3Preface(load(html))
 * // { title: 'Tea', authors: ['quill'], rating: 'General Audiences', fandoms: [...], words: 1234, ... }
 */
export function readAo3Preface($: CheerioAPI): Record<string, unknown> | null {
  const preface = $('#preface').first()
  const tags = preface.find('dl').first()
  if (preface.length === 0 || tags.length === 0) return null

  const fields: Record<string, unknown> = {}
  const title =
    clean(ownElements(preface, 'h1').first().text()) || clean(preface.find('.message b').first().text())
  if (title) fields.title = title
  const authors = readByline($, preface)
  if (authors.length > 0) fields.authors = authors
  Object.assign(fields, readTagList($, tags), readLabelledBlocks($, preface))
  const endNotes = htmlToText($('#afterword #endnotes blockquote').get())
  if (endNotes) fields.notes = fields.notes ? `${fields.notes}\n\n${endNotes}` : endNotes
  return fields
}

/** The `dt`/`dd` pairs of the preface's `dl`: tags, language, series and stats. */
function readTagList($: CheerioAPI, dl: Elements): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  dl.children('dt').each((_, dt) => {
    const label = clean($(dt).text()).replace(/:$/, '').toLowerCase()
    const dd = $(dt).nextAll().first()
    if (!dd.is('dd')) return
    const tagField = TAG_LABELS[label]
    if (tagField) {
      const values = linkTextsOrList($, dd)
      // AO3 allows one rating; more than one is passed on as a list so the normalizer reports it.
      fields[tagField] = tagField === 'rating' && values.length === 1 ? values[0] : values
    } else if (label === 'language') {
      const language = clean(dd.text())
      if (language) fields.language = languageCode(language)
    } else if (label === 'series') {
      const series = readSeries(dd)
      if (series) fields.series = series
    } else if (label === 'stats') {
      Object.assign(fields, parseStats(dd.text()))
    }
    // Collections and labels AO3 may add later carry nothing a work stores.
  })
  return fields
}

/** The text after the "Summary" and "Notes" paragraphs: the blockquote that follows each. */
function readLabelledBlocks($: CheerioAPI, preface: Elements): Record<string, string> {
  const fields: Record<string, string> = {}
  ownElements(preface, 'p').each((_, p) => {
    const label = clean($(p).text()).toLowerCase()
    if ((label !== 'summary' && label !== 'notes') || fields[label] !== undefined) return
    const next = $(p).nextAll().first()
    if (!next.is('blockquote')) return
    const text = htmlToText(next.get())
    if (text) fields[label] = text
  })
  return fields
}

/** Authors from the byline: its links (pseuds), or its text after "by" for an anonymous work. */
function readByline($: CheerioAPI, preface: Elements): string[] {
  let byline = preface.find('[class^="byline"]').first()
  if (byline.length === 0) byline = ownElements(preface, 'h1').first().nextAll().first()
  if (byline.length === 0) return []
  const links = byline.find('a').get()
  if (links.length > 0) return unique(links.map((a) => clean($(a).text())).filter(Boolean))
  const text = clean(byline.text()).replace(/^by\s+/i, '')
  return text ? [text] : []
}

/**
 * The first series of a `Series:` entry ("Part 2 of <a>Name</a>, Part 1 of <a>Other</a>"): a work stores
 * one series, and AO3 lists the one it was first added to first.
 */
function readSeries(dd: Elements): { name: string; position?: number } | null {
  const text = clean(dd.text())
  const part = /^Part\s+(\d+)\s+of\s+/i.exec(text)
  const link = dd.find('a').first()
  const name =
    link.length > 0
      ? clean(link.text())
      : text.slice(part?.[0].length ?? 0).split(/,\s*Part\s+\d+\s+of\s/i)[0]
  if (!name) return null
  return part ? { name: name.trim(), position: Number(part[1]) } : { name: name.trim() }
}

/**
 * Parses the `Stats:` text: "Published: 2019-01-01 Updated: 2019-02-03 Words: 5,432 Chapters: 3/? …".
 * Counts become numbers (AO3 writes thousands separators); a value that is not a count is kept as
 * written, so the normalizer reports it by name instead of it vanishing here.
 * @example
 * parseStats('Published: 2020-05-01 Words: 1,234 Chapters: 1/1')
 * // { published: '2020-05-01', words: 1234, chapters: '1/1' }
 */
export function parseStats(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [, label = '', value = ''] of text.matchAll(/([A-Za-z]+):\s*(\S+)/g)) {
    const field = STAT_LABELS[label.toLowerCase()]
    if (!field) continue
    fields[field] = COUNT_FIELDS.has(field) ? (parseCount(value) ?? value) : value
  }
  // Completeness follows from "Chapters: 3/3" or "3/?"; the normalizer settles it from `chapters`.
  return fields
}

/**
 * A non-negative whole number as AO3 prints it, with or without thousands separators; null when the text
 * is not one.
 * @example
 * parseCount('12,345') // 12345
 * parseCount('1.5') // null
 */
export function parseCount(text: string): number | null {
  const trimmed = text.trim()
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(trimmed)) return null
  return Number(trimmed.replaceAll(',', ''))
}

/** Each link's text (AO3 links every tag), or the text split on ", " when a tag list has no links. */
function linkTextsOrList($: CheerioAPI, dd: Elements): string[] {
  const links = dd.find('a').get()
  const values = links.length > 0 ? links.map((a) => $(a).text()) : dd.text().split(/,\s+/)
  return unique(values.map(clean).filter(Boolean))
}

/**
 * The preface's own `selector` elements, not those inside the author's summary or notes, which may hold
 * any markup, a "Notes" paragraph or an h1 among it.
 */
function ownElements(preface: Elements, selector: string): Elements {
  return preface.find(selector).filter((_, el) => preface.find('blockquote').has(el).length === 0)
}

/** Collapses the white space that HTML source formatting leaves inside a value. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
