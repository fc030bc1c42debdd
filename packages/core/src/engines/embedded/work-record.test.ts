import { describe, expect, it } from 'vitest'
import { FIXTURE_WORKS, fixture, oneShot } from '../../engine/contract/fixtures.js'
import { Work } from '../../model/work.js'
import { AUTHOR_KIND, kindCode } from './codes.js'
import { openDatabase } from './connection.js'
import { inflateDoc, inflateText } from './stored-text.js'
import { searchText, type TagValue, tagValues, workRecord } from './work-record.js'
import { WorkStore } from './work-store.js'

const valuesOf = (work: Work, kind: Parameters<typeof kindCode>[0]): TagValue[] =>
  tagValues(work).filter(([code]) => code === kindCode(kind))

describe('tagValues', () => {
  it('keeps one value per normalized form, an own tag winning over a filter-only one', () => {
    expect(valuesOf(fixture('pk-4'), 'freeform')).toEqual([
      [kindCode('freeform'), 'angst', 'Angst', 1, 1],
      [kindCode('freeform'), 'friendship', 'Friendship', 1, 1],
      [kindCode('freeform'), 'feel-good', 'Feel-Good', 0, 1],
    ])
  })

  it('facets own tags of every kind, never filter-only values or authors', () => {
    const values = tagValues(fixture('ga-1'))
    expect(values.filter((v) => v[3] === 1).map((v) => v[2])).toContain('Teen And Up Audiences')
    expect(values.find((v) => v[1] === 'addison/derek')?.[3]).toBe(0)
    expect(valuesOf(fixture('ga-3'), AUTHOR_KIND).map((v) => [v[1], v[3]])).toEqual([
      ['marigold', 0],
      ['nightjar', 0],
    ])
  })

  it('marks the free kinds’ values an author-only filter may match', () => {
    const work = Work.parse({
      ...fixture('sh-2'),
      freeforms: ['Case Fic', 'Angst'],
      provenance: [{ kind: 'freeform', tag: 'Angst', source: 'inferred' }],
    })
    expect(valuesOf(work, 'freeform').map((v) => [v[1], v[4]])).toEqual([
      ['case fic', 1],
      ['angst', 0],
    ])
    expect(valuesOf(work, 'rating').map((v) => v[4])).toEqual([0])
  })
})

describe('workRecord', () => {
  it('stores the work without its text, the text apart, and sort keys normalized', () => {
    const work = fixture('pk-2')
    const record = workRecord(work)
    const { text, ...summary } = work
    expect(JSON.parse(inflateDoc(record.doc))).toEqual(summary)
    expect(JSON.parse(inflateText(record.chapters))).toEqual(text)
    expect(record.columns).toMatchObject({ id: 'pk-2', titleKey: 'homecoming', language: 'fr', chapters: 2 })
  })
})

describe('searchText', () => {
  // Works whose fields take each branch: no authors or tags, chapters with and without titles (an empty
  // one too), no chapters, and text that JSON escapes.
  const works = [
    ...FIXTURE_WORKS,
    oneShot('bare', { authors: [], fandoms: [], characters: [], freeforms: [], text: [] }),
    oneShot('chapters', {
      text: [
        { title: 'One', body: 'First "quoted" line\nand a tab\there' },
        { body: 'untitled chapter' },
        { title: '', body: 'empty title' },
      ],
    }),
  ]

  it('gives the text index the values its content view reads back from the stored work', () => {
    const db = openDatabase(':memory:')
    new WorkStore(db).upsert(works)
    const viewed = db.prepare(
      `SELECT w.id, c.title, c.authors, c.summary, c.notes, c.tags, c.text FROM work_search_content AS c
       JOIN works AS w ON w.rowid = c.rowid`,
    )
    const rows = viewed.raw().all() as [string, ...unknown[]][]
    expect(rows).toHaveLength(works.length)
    for (const [id, ...values] of rows) {
      expect(values, id).toEqual(searchText(works.find((work) => work.id === id) as Work))
    }
    db.close()
  })
})
