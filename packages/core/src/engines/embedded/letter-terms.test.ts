import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS } from '../../engine/contract/fixtures.js'
import type { Work } from '../../model/work.js'
import { openDatabase } from './connection.js'
import { DataVersion } from './data-version.js'
import { type EmbeddedEngine, openEmbeddedEngine } from './index.js'
import { LetterTermLists, LetterTerms } from './letter-terms.js'

const work = (id: string, body: string): Work => ({ ...FIXTURE_WORKS[0]!, id, text: [{ body }] })

describe('LetterTerms', () => {
  const terms = new LetterTerms([
    { term: 'tide', docs: 3 },
    { term: 'tidewater', docs: 1 },
    { term: 'to', docs: 9 },
  ])

  it('lists terms by length, then in code-unit order', () => {
    expect(terms.all.map((t) => t.term)).toEqual(['to', 'tide', 'tidewater'])
    expect(terms.ofLength(3, 5).map((t) => t.term)).toEqual(['tide'])
  })

  it('counts added works in: a listed term grows, an unlisted one joins in its place', () => {
    const added = terms.with(
      new Map([
        ['tide', 2],
        ['tern', 1],
      ]),
    )
    expect(added.all).toEqual([
      { term: 'to', docs: 9 },
      { term: 'tern', docs: 1 },
      { term: 'tide', docs: 5 },
      { term: 'tidewater', docs: 1 },
    ])
    expect(terms.all).toHaveLength(3)
  })
})

/** The lists over one connection, while another (the engine's) writes. */
describe('LetterTermLists (kept across writes)', () => {
  let dir: string
  let engine: EmbeddedEngine
  let db: Database.Database
  let lists: LetterTermLists
  /** Letters read whole from the index, in order. */
  let reads: string[]

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ficdex-letter-terms-'))
    const path = join(dir, 'works.db')
    engine = openEmbeddedEngine({ path })
    await engine.upsert([work('first', 'Tidepools and marram grass.')])
    db = openDatabase(path)
    reads = []
    lists = new LetterTermLists(countingReads(db, reads), new DataVersion(db))
  })
  afterEach(async () => {
    db.close()
    await engine.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const termsOf = (letter: string) => lists.of(letter).all.map((t) => t.term)
  const docsOf = (term: string) => lists.of(term).all.find((t) => t.term === term)?.docs

  it('adds the terms of works written since, without reading the letter again', async () => {
    expect(termsOf('t')).toContain('tidepools')
    await engine.upsert([work('second', 'Tidewrack, tidepools; Marram.')])
    expect(termsOf('t')).toContain('tidewrack')
    expect(docsOf('tidepools')).toBe(2)
    expect(termsOf('m')).toContain('marram')
    // "m" was never read before the write: read whole then, with the new work in its count.
    expect(docsOf('marram')).toBe(2)
    expect(reads).toEqual(['t', 'm'])
  })

  it('keeps a deleted work’s terms listed (the vocabulary confirms every term it offers)', async () => {
    await engine.upsert([work('second', 'Tidewrack.')])
    expect(termsOf('t')).toContain('tidewrack')
    await engine.delete(['second'])
    expect(termsOf('t')).toContain('tidewrack')
    expect(reads).toEqual(['t'])
  })

  it('reads the lists again after many changed works', async () => {
    expect(termsOf('t')).toContain('tidepools')
    const many = Array.from({ length: 101 }, (_, i) => work(`w${i}`, `Tidepools ${i}.`))
    await engine.upsert(many)
    expect(docsOf('tidepools')).toBe(102)
    expect(reads).toEqual(['t', 't'])
  })

  it('reads the lists again when the schema changes, as a rebuild’s swap changes it', async () => {
    expect(termsOf('t')).toContain('tidepools')
    await engine.upsert([work('second', 'Tidewrack.')])
    const other = openDatabase(join(dir, 'works.db'))
    other.exec('CREATE TABLE swapped_in (x)')
    other.close()
    expect(termsOf('t')).toContain('tidewrack')
    expect(reads).toEqual(['t', 't'])
  })
})

/** The connection, with every read of a letter's terms from the index recorded in `reads`. */
function countingReads(db: Database.Database, reads: string[]): Database.Database {
  return new Proxy(db, {
    get(target, property) {
      if (property !== 'prepare') return Reflect.get(target, property, target)
      return (sql: string) => {
        const statement = target.prepare(sql)
        if (!sql.includes('work_search_terms')) return statement
        return new Proxy(statement, {
          get(inner, name) {
            const value = Reflect.get(inner, name, inner)
            if (name !== 'all') return typeof value === 'function' ? value.bind(inner) : value
            return (first: string, ...rest: unknown[]) => {
              reads.push(first)
              return inner.all(first, ...rest)
            }
          },
        })
      }
    },
  })
}
