import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { loadReference } from './fts5-loader.js'

const dir = await mkdtemp(join(tmpdir(), 'ficdex-reference-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

const work = (id: string, extra: object) =>
  JSON.stringify({
    id,
    title: `Title of ${id}`,
    authors: ['ann'],
    summary: 'A summary.',
    rating: 'General Audiences',
    fandoms: ['Ferry Tales'],
    freeforms: ['Slow Burn'],
    words: 10,
    kudos: 3,
    published: '2020-01-02',
    updated: '2020-01-03',
    ...extra,
  })

describe('the reference FTS5 loader', () => {
  it('loads every line of every JSONL file, with its text searchable and its body kept out of the JSON', async () => {
    const corpus = join(dir, 'corpus')
    await mkdir(corpus)
    await writeFile(join(corpus, 'a.jsonl'), `${work('w1', { body: 'The lighthouse keeper.' })}\n\n`)
    await writeFile(join(corpus, 'b.jsonl'), `${work('w2', {})}\n${work('w3', { body: 'A ferry.' })}\n`)
    await writeFile(join(corpus, 'notes.txt'), 'not a source')
    const path = join(dir, 'reference.db')

    const load = loadReference(corpus, path)

    expect(load.works).toBe(3)
    expect(load.diskBytes).toBeGreaterThan(0)
    const db = new Database(path, { readonly: true })
    const match = (q: string) =>
      db
        .prepare(
          'SELECT w.id FROM works_text JOIN works AS w ON w.rowid = works_text.rowid WHERE works_text MATCH ? ORDER BY w.id',
        )
        .pluck()
        .all(q)
    expect(match('lighthouse')).toEqual(['w1'])
    expect(match('tags:"slow burn"')).toEqual(['w1', 'w2', 'w3'])
    expect(match('ferry')).toEqual(['w1', 'w2', 'w3'])
    const doc = db.prepare("SELECT doc, kudos, published FROM works WHERE id = 'w1'").get() as {
      doc: string
      kudos: number
      published: number
    }
    expect(JSON.parse(doc.doc)).not.toHaveProperty('body')
    expect(doc.kudos).toBe(3)
    expect(doc.published).toBe(Date.UTC(2020, 0, 2) / 1000)
    db.close()
  })
})
