import { Work } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { expectGolden, fixturePath, readFixture } from '../../test/fixtures/ao3/golden.js'
import { normalizeWork } from '../normalize/normalize-work.js'
import { readCsv } from './csv.js'
import { readerFor } from './readers.js'
import { SourceError } from './source-error.js'
import type { ReadItem, SourceWork } from './source-work.js'

const read = async (name: string) => readCsv(fixturePath(name), await readFixture(name))
const readText = async (text: string) => readCsv('w.csv', Buffer.from(text))
const describeItem = (item: ReadItem) => (item instanceof SourceError ? item.message : item.source)

describe('readCsv', () => {
  it('reads bulk-import.csv as its golden file says', async () => {
    await expectGolden('bulk-import.csv', await read('bulk-import.csv'))
  })

  it('numbers rows as a spreadsheet does, even when a quoted cell spans lines', async () => {
    const items = await read('bulk-import.csv')
    expect(items.map(describeItem)).toEqual(
      [2, 3, 4, 5].map((row) => `${fixturePath('bulk-import.csv')}:${row}`),
    )
  })

  it('reports a bad number by row and column, and still loads the good rows', async () => {
    const items = await read('malformed/bad-number.csv')
    expect(items.map(describeItem)).toEqual([
      `${fixturePath('malformed/bad-number.csv')}:2`,
      `${fixturePath('malformed/bad-number.csv')}:3: column "words": "12k" is not a whole number`,
    ])
  })

  it('rejects a file whose header has an unknown column', async () => {
    const error = await read('malformed/unknown-column.csv').catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).message).toBe(
      `${fixturePath('malformed/unknown-column.csv')}:1: unknown column "fandom" in the header (did you mean "fandoms"?)`,
    )
  })

  it.each([
    ['an empty file', '', 'w.csv: CSV file is empty: it needs a header row naming its columns'],
    [
      'a header without id',
      'title,body\nT,x\n',
      'w.csv:1: the header has no "id" column; every row needs its own id',
    ],
    ['a repeated column', 'id,title,Title\n', 'w.csv:1: column "title" appears twice in the header'],
    [
      'a name far from every column',
      'id,zzzzzz\n',
      /^w\.csv:1: unknown column "zzzzzz" in the header \(known columns: id, title, /,
    ],
    ['an unclosed quote', 'id,title\na,"open\n', /^w\.csv: invalid CSV: /],
  ])('rejects %s', async (_, text, message) => {
    await expect(async () => readText(text)).rejects.toThrow(message)
  })

  it.each([
    [
      'a comma in a list cell',
      'id,freeforms\na,"Angst, Fluff"',
      'column "freeforms": "Angst, Fluff" contains a comma; tags and author names cannot, so separate list items with "|"',
    ],
    [
      'a bad boolean',
      'id,complete\na,maybe',
      'column "complete": "maybe" is not true or false (also yes/no, 1/0)',
    ],
    [
      'a series position of 0',
      'id,series,series_position\na,S,0',
      'column "series_position": must be 1 or more',
    ],
    [
      'a position without a series',
      'id,series,series_position\na,,2',
      'column "series_position" is set but "series" is empty',
    ],
    ['an empty id', 'id,title\n,T', 'column "id" is empty; every row needs its own id'],
    ['too many cells', 'id,title\na,T,extra', 'has 3 cells but the header has 2 columns'],
    ['too few cells', 'id,title\na', 'has 1 cell but the header has 2 columns'],
  ])('reports %s as an error of its row', async (_, text, reason) => {
    const [item] = await readText(text)
    expect(item).toBeInstanceOf(SourceError)
    expect((item as SourceError).message).toBe(`w.csv:2: ${reason}`)
  })

  it('skips blank rows but keeps counting them', async () => {
    const items = await readText('id,title\n\na,A\n , \nb,B\n')
    expect(items.map(describeItem)).toEqual(['w.csv:3', 'w.csv:5'])
  })

  it('matches column names ignoring case and spaces, accepts a BOM and CRLF, and leaves empty cells out', async () => {
    const [work] = (await readText(
      '\uFEFF ID ,Title,Authors,Words,Complete,Published,Body\r\nx, T ,a | b | a,"1,200",1,1700000000,"Line one.\r\n\r\nLine two."\r\n',
    )) as SourceWork[]
    expect(work).toEqual({
      source: 'w.csv:2',
      fields: {
        id: 'x',
        title: 'T',
        authors: ['a', 'b'],
        words: 1200,
        complete: true,
        published: 1700000000,
      },
      chapters: [{ body: 'Line one.\n\nLine two.' }],
    })
  })

  it('is the reader for .csv files', () => {
    expect(readerFor('import/Works.CSV')).toBe(readCsv)
  })

  it('turns every row of bulk-import.csv into a valid work', async () => {
    const works = (await read('bulk-import.csv')).map((item) => normalizeWork(item as SourceWork))
    for (const work of works) expect(Work.parse(work)).toEqual(work)
    expect(
      works.map(({ id, complete, chapters, words, language }) => ({
        id,
        complete,
        chapters,
        words,
        language,
      })),
    ).toEqual([
      { id: 'ga-scrub-in', complete: true, chapters: { posted: 1, expected: 1 }, words: 58, language: 'en' },
      {
        id: 'st-tribble-census',
        complete: false,
        chapters: { posted: 2, expected: null },
        words: 0,
        language: 'en',
      },
      { id: 'pp-ferry', complete: true, chapters: { posted: 1, expected: 1 }, words: 31, language: 'es' },
      {
        id: 'orig-metadata-only',
        complete: true,
        chapters: { posted: 12, expected: 12 },
        words: 12000,
        language: 'en',
      },
    ])
  })
})
