/**
 * The EPUB package of an unzipped EPUB: `META-INF/container.xml` names the OPF package document, whose
 * Dublin Core metadata and spine (reading order) this reads. Works with EPUB 2 (AO3's, made by calibre)
 * and EPUB 3.
 * @module
 */
import { posix } from 'node:path'
import { CATEGORIES, RATINGS, WARNINGS } from '@ficdex/core'
import { type CheerioAPI, load } from 'cheerio'
import type { Unzipped } from 'fflate'
import { htmlToText } from './ao3-html-text.js'
import { clean } from './ao3-meta.js'
import { languageCode } from './ao3-meta-language.js'
import { SourceError } from './source-error.js'

export interface EpubPackage {
  /** Zip path of the OPF document. */
  opfPath: string
  /** Metadata from the OPF, as source fields of the work format. */
  fields: Record<string, unknown>
  /** Zip paths of the spine's (X)HTML documents, in reading order, navigation documents left out. */
  spine: string[]
}

const CONTAINER = 'META-INF/container.xml'
const DOCUMENT_TYPES = new Set(['application/xhtml+xml', 'text/html'])

/**
 * AO3 adds "Fanworks" as the first subject only so e-book shelves do not file the book under its rating;
 * it is not one of the work's tags.
 */
const NOT_A_TAG = new Set(['fanworks'])

/**
 * Reads the package document of an unzipped EPUB. Throws `SourceError` when the container or the OPF is
 * missing or names files that are not in the archive.
 */
export function readEpubPackage(files: Unzipped, path: string): EpubPackage {
  const opfPath = findOpf(files, path)
  const opfBytes = files[opfPath]
  if (!opfBytes) {
    throw new SourceError(path, `EPUB package document ${opfPath}, named in ${CONTAINER}, is missing`)
  }
  const $ = load(decodeUtf8(opfBytes), { xml: true })
  const metadata = byLocalName($, 'metadata').first()
  if (metadata.length === 0) throw new SourceError(path, `EPUB package document ${opfPath} has no <metadata>`)

  const manifest = new Map<string, { href: string; mediaType: string; properties: string }>()
  byLocalName($, 'item').each((_, item) => {
    const { id, href } = item.attribs
    if (id && href) {
      manifest.set(id, {
        href,
        mediaType: item.attribs['media-type'] ?? '',
        properties: item.attribs.properties ?? '',
      })
    }
  })

  const spine: string[] = []
  byLocalName($, 'itemref').each((_, itemref) => {
    const item = manifest.get(itemref.attribs.idref ?? '')
    if (!item || !DOCUMENT_TYPES.has(item.mediaType) || /\bnav\b/.test(item.properties)) return
    const zipPath = resolveHref(opfPath, item.href)
    if (!files[zipPath])
      throw new SourceError(path, `EPUB spine names ${zipPath}, which is not in the archive`)
    spine.push(zipPath)
  })

  return { opfPath, fields: readMetadata($), spine }
}

/** The OPF's path from the container, or the only `.opf` in an archive that lacks a container. */
function findOpf(files: Unzipped, path: string): string {
  const container = files[CONTAINER]
  if (container) {
    const $ = load(decodeUtf8(container), { xml: true })
    const rootfile = byLocalName($, 'rootfile')
      .get()
      .find((el) => el.attribs['full-path'])
    if (!rootfile) throw new SourceError(path, `EPUB ${CONTAINER} names no package document (rootfile)`)
    return posix.normalize(rootfile.attribs['full-path'] ?? '')
  }
  const opfs = Object.keys(files).filter((name) => name.toLowerCase().endsWith('.opf'))
  if (opfs.length === 1 && opfs[0]) return opfs[0]
  throw new SourceError(path, `EPUB has no package document (${CONTAINER} is missing)`)
}

/** Dublin Core metadata and the series (calibre's meta or EPUB 3's collection) as source fields. */
function readMetadata($: CheerioAPI): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const texts = (name: string) =>
    byLocalName($, name)
      .get()
      .map((el) => clean($(el).text()))
      .filter(Boolean)

  const [title] = texts('title')
  if (title) fields.title = title
  const authors = texts('creator')
  if (authors.length > 0) fields.authors = [...new Set(authors)]
  const [language] = texts('language')
  if (language) fields.language = languageCode(language)
  const date = readDate($)
  if (date) fields.published = date
  const description = byLocalName($, 'description').first()
  if (description.length > 0) {
    // The description is the summary's HTML, escaped into the XML text.
    const summary = htmlToText(load(description.text()).root().get())
    if (summary) fields.summary = summary
  }
  Object.assign(fields, classifySubjects(texts('subject')))
  const series = readSeries($)
  if (series) fields.series = series
  return fields
}

/**
 * The publication date, as `YYYY-MM-DD` when it starts with one. AO3 writes the date the work was last
 * revised here; without the preface it is the only date there is.
 */
function readDate($: CheerioAPI): string | undefined {
  const dates = byLocalName($, 'date').get()
  const chosen = dates.find((el) => /publication/i.test(eventOf(el.attribs))) ?? dates[0]
  if (!chosen) return undefined
  const text = clean($(chosen).text())
  return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? (text || undefined)
}

function eventOf(attribs: Record<string, string>): string {
  return Object.entries(attribs).find(([name]) => name === 'event' || name.endsWith(':event'))?.[1] ?? ''
}

function readSeries($: CheerioAPI): { name: string; position?: number } | null {
  const metas = byLocalName($, 'meta').get()
  const named = (name: string) => metas.find((el) => el.attribs.name === name)?.attribs.content?.trim()
  let name = named('calibre:series')
  let index = named('calibre:series_index')
  if (!name) {
    const collection = metas.find((el) => el.attribs.property === 'belongs-to-collection')
    name = collection ? clean($(collection).text()) : undefined
    const id = collection?.attribs.id
    const position = id
      ? metas.find((el) => el.attribs.refines === `#${id}` && el.attribs.property === 'group-position')
      : undefined
    index = position ? clean($(position).text()) : undefined
  }
  if (!name) return null
  const position = Number(index)
  return Number.isInteger(position) && position > 0 ? { name, position } : { name }
}

/**
 * Sorts the OPF's subjects (all of a work's tags in one flat list) into the fixed AO3 sets; every other
 * tag becomes a freeform, as the list does not say whether a name is a fandom, a character or a trope.
 * @example
 * classifySubjects(['Fanworks', 'Mature', 'F/M', 'Angst'])
 * // { rating: 'Mature', categories: ['F/M'], freeforms: ['Angst'] }
 */
export function classifySubjects(subjects: readonly string[]): Record<string, unknown> {
  const ratings: string[] = []
  const warnings: string[] = []
  const categories: string[] = []
  const freeforms: string[] = []
  for (const subject of new Set(subjects)) {
    if (NOT_A_TAG.has(subject.toLowerCase())) continue
    if (isOneOf(RATINGS, subject)) ratings.push(subject)
    else if (isOneOf(WARNINGS, subject)) warnings.push(subject)
    else if (isOneOf(CATEGORIES, subject)) categories.push(subject)
    else freeforms.push(subject)
  }
  const fields: Record<string, unknown> = {}
  if (ratings.length > 0) fields.rating = ratings.length === 1 ? ratings[0] : ratings
  if (warnings.length > 0) fields.warnings = warnings
  if (categories.length > 0) fields.categories = categories
  if (freeforms.length > 0) fields.freeforms = freeforms
  return fields
}

function isOneOf(set: readonly string[], value: string): boolean {
  return set.includes(value)
}

/** Elements by local name, whatever namespace prefix the document gives them (`dc:title`, `opf:item`). */
function byLocalName($: CheerioAPI, name: string) {
  return $.root()
    .find('*')
    .filter((_, el) => (el.name.split(':').pop() ?? '').toLowerCase() === name)
}

/** A manifest href (relative to the OPF, URL-encoded) as a zip path. */
function resolveHref(opfPath: string, href: string): string {
  const [file = ''] = href.split('#')
  return posix.normalize(posix.join(posix.dirname(opfPath), safeDecode(file)))
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
}
