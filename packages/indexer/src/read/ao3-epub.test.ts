import { Work } from '@ficdex/core'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildEpubFixtures } from '../../scripts/make-epub-fixture.js'
import { expectGolden, fixturePath, readFixture } from '../../test/fixtures/ao3/golden.js'
import { normalizeWork } from '../normalize/normalize-work.js'
import { readAo3Epub } from './ao3-epub.js'
import { classifySubjects } from './ao3-epub-package.js'
import { readerFor } from './readers.js'
import { SourceError } from './source-error.js'
import type { SourceWork } from './source-work.js'

const read = async (name: string) => readAo3Epub(fixturePath(name), await readFixture(name))

const CONTAINER = `<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`

/** A minimal EPUB whose OPF has the given metadata and one spine document with the given body. */
function epub(metadata: string, body: string): Buffer {
  const opf = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">
    <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">${metadata}</metadata>
    <manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>
    <spine><itemref idref="c"/></spine></package>`
  const files = {
    'META-INF/container.xml': CONTAINER,
    'book.opf': opf,
    'c.xhtml': `<html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html>`,
  }
  const encoder = new TextEncoder()
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, encoder.encode(v)]))),
  )
}

describe('readAo3Epub', () => {
  it.each(['los-martes-de-oceanside.epub', 'harbour-lights.epub'])(
    'reads %s as its golden file says',
    async (name) => {
      await expectGolden(name, await read(name))
    },
  )

  it.each([
    ['malformed/truncated.epub', 'not a readable EPUB: invalid zip archive (invalid zip data)'],
    [
      'malformed/missing-opf.epub',
      'EPUB package document content.opf, named in META-INF/container.xml, is missing',
    ],
  ])('rejects %s, naming the file and the problem', async (name, reason) => {
    const error = await read(name).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).message).toBe(`${fixturePath(name)}: ${reason}`)
  })

  it.each([
    [
      'bytes that are not a zip',
      Buffer.from('plain text, not a zip'),
      /^b\.epub: not a readable EPUB: invalid zip archive/,
    ],
    [
      'a zip without container or OPF',
      Buffer.from(zipSync({ 'c.xhtml': new TextEncoder().encode('<p>x</p>') })),
      'b.epub: EPUB has no package document (META-INF/container.xml is missing)',
    ],
    ['an empty file', Buffer.alloc(0), /^b\.epub: not a readable EPUB: invalid zip archive/],
    [
      'no title anywhere',
      epub('', '<p>Text</p>'),
      'b.epub: EPUB has no title (no h1 in an AO3 preface, no dc:title)',
    ],
    [
      'no text in the spine',
      epub('<dc:title>T</dc:title>', '<img src="x.png"/>'),
      'b.epub: EPUB has no story text in its spine',
    ],
  ])('rejects %s', async (_, bytes, message) => {
    await expect(async () => readAo3Epub('b.epub', bytes)).rejects.toThrow(message)
  })

  it('rejects a spine entry whose file is not in the archive', async () => {
    const bytes = zipSync({
      'META-INF/container.xml': new TextEncoder().encode(CONTAINER),
      'book.opf': new TextEncoder().encode(
        '<package><metadata><dc:title>T</dc:title></metadata><manifest><item id="c" href="text/c%201.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>',
      ),
    })
    await expect(async () => readAo3Epub('b.epub', Buffer.from(bytes))).rejects.toThrow(
      'b.epub: EPUB spine names text/c 1.xhtml, which is not in the archive',
    )
  })

  it('fills title, authors, summary and language from the OPF where the AO3 preface has none', async () => {
    const preface =
      '<div id="preface"><dl><dt>Fandom:</dt><dd>X</dd></dl></div><div id="chapters"><p>Text.</p></div>'
    const [work] = (await readAo3Epub(
      'b.epub',
      epub(
        '<dc:title>From OPF</dc:title><dc:creator>Author</dc:creator><dc:subject>Angst</dc:subject>',
        preface,
      ),
    )) as SourceWork[]
    // Subjects are not used beside a preface: the preface's tag list is complete and typed.
    expect(work?.fields).toEqual({ title: 'From OPF', authors: ['Author'], fandoms: ['X'] })
  })

  it('is the reader for .epub files', () => {
    expect(readerFor('books/Work.EPUB')).toBe(readAo3Epub)
  })

  it('has committed fixtures identical to what scripts/make-epub-fixture.ts builds from epub-src', async () => {
    for (const [name, bytes] of buildEpubFixtures()) {
      expect(Buffer.compare(await readFixture(name), Buffer.from(bytes)), name).toBe(0)
    }
  })

  it.each([
    [
      'los-martes-de-oceanside.epub',
      { language: 'es', complete: true, chapters: { posted: 3, expected: 3 }, words: 113, kudos: 57 },
    ],
    [
      'harbour-lights.epub',
      {
        language: 'en-GB',
        complete: true,
        series: { name: 'Coastal Tales', position: 3 },
        categories: ['F/F'],
      },
    ],
  ])('%s normalizes into a valid work', async (name, expected) => {
    const [source] = (await read(name)) as SourceWork[]
    const work = normalizeWork(source!)
    expect(Work.parse(work)).toEqual(work)
    expect(work).toMatchObject({ ...expected, titleDerived: false })
  })
})

describe('classifySubjects', () => {
  it.each([
    [['Fanworks', 'Mature', 'F/M', 'Angst'], { rating: 'Mature', categories: ['F/M'], freeforms: ['Angst'] }],
    [
      ['Graphic Depictions Of Violence', 'Major Character Death', 'Gen', 'M/M', 'Spock', 'Spock'],
      {
        warnings: ['Graphic Depictions Of Violence', 'Major Character Death'],
        categories: ['Gen', 'M/M'],
        freeforms: ['Spock'],
      },
    ],
    [['Teen And Up Audiences', 'Explicit'], { rating: ['Teen And Up Audiences', 'Explicit'] }],
    [['Fanworks'], {}],
  ])('%j', (subjects, expected) => {
    expect(classifySubjects(subjects)).toEqual(expected)
  })
})
