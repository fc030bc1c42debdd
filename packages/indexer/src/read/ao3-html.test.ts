import { Work } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { expectGolden, fixturePath, readFixture } from '../../test/fixtures/ao3/golden.js'
import { normalizeWork } from '../normalize/normalize-work.js'
import { readAo3Html } from './ao3-html.js'
import { readerFor } from './readers.js'
import { SourceError } from './source-error.js'
import type { SourceWork } from './source-work.js'

const read = async (name: string) => readAo3Html(fixturePath(name), await readFixture(name))

describe('readAo3Html', () => {
  it.each(['night-rounds.html', 'shore-leave-logs.html'])(
    'reads %s as its golden file says',
    async (name) => {
      await expectGolden(name, await read(name))
    },
  )

  it.each([
    [
      'malformed/no-preface-meta.html',
      'not an AO3 download: no preface metadata (a #preface block with its list of tags and stats)',
    ],
    ['malformed/no-title.html', 'AO3 download has no work title (the h1 in #preface)'],
  ])('rejects %s, naming the file and the problem', async (name, reason) => {
    const error = await read(name).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).message).toBe(`${fixturePath(name)}: ${reason}`)
  })

  it('rejects a preface without chapters', async () => {
    const html = '<div id="preface"><dl><dt>Fandom:</dt><dd>X</dd></dl><h1>T</h1></div>'
    await expect(async () => readAo3Html('a.html', Buffer.from(html))).rejects.toThrow(
      'a.html: AO3 download has no story text (no #chapters block)',
    )
  })

  it('keeps the text of a one-chapter download whose #chapters holds it directly', async () => {
    const html =
      '<div id="preface"><dl><dt>Fandom:</dt><dd>X</dd></dl><h1>T</h1></div>' +
      '<div id="chapters"><h2 class="toc-heading">T</h2><p>First.</p><p>Second.</p></div>'
    const [work] = (await readAo3Html('a.html', Buffer.from(html))) as SourceWork[]
    expect(work?.chapters).toEqual([{ body: 'First.\n\nSecond.' }])
  })

  it('is the reader for .html and .htm files', () => {
    expect(readerFor('x/Work.HTML')).toBe(readAo3Html)
    expect(readerFor('x/work.htm')).toBe(readAo3Html)
  })

  it.each([
    ['night-rounds.html', { complete: true, chapters: { posted: 1, expected: 1 }, words: 146 }],
    [
      'shore-leave-logs.html',
      {
        complete: false,
        chapters: { posted: 3, expected: 5 },
        series: { name: 'Five-Year Mission Logs', position: 2 },
        publishedAt: Date.UTC(2022, 5, 1) / 1000,
        updatedAt: Date.UTC(2022, 7, 15) / 1000,
        kudos: 1204,
      },
    ],
  ])('%s normalizes into a valid work', async (name, expected) => {
    const [source] = (await read(name)) as SourceWork[]
    const work = normalizeWork(source!)
    expect(Work.parse(work)).toEqual(work)
    expect(work).toMatchObject({ ...expected, titleDerived: false, language: 'en' })
  })
})
