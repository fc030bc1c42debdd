import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS } from '../../engine/contract/fixtures.js'
import { termCounts } from '../../engine/text/typo.js'
import type { Work } from '../../model/work.js'
import { openDatabase } from './connection.js'
import { DataVersion } from './data-version.js'
import { type EmbeddedEngine, openEmbeddedEngine } from './index.js'
import { LetterTermLists, LetterTerms } from './letter-terms.js'

const work = (id: string, body: string): Work => ({ ...FIXTURE_WORKS[0]!, id, text: [{ body }] })

describe('LetterTerms', () => {
  const terms = new LetterTerms(
    termCounts([
      ['tide', 3],
      ['tidewater', 1],
      ['to', 9],
    ]),
  )

  it('lists terms by length, then in code-unit order, each with its count', () => {
    expect(terms.terms).toEqual(['to', 'tide', 'tidewater'])
    expect([...terms.docs]).toEqual([9, 3, 1])
    expect(terms.ofLength(3, 5).terms).toEqual(['tide'])
    expect(Array.from(terms.ofLength(3, 5).docs)).toEqual([3])
  })

  it('finds the terms with a start in code-unit order, with their counts, up to a bound', () => {
    expect(terms.startingWith('tid', 2)).toEqual([
      { term: 'tide', docs: 3 },
      { term: 'tidewater', docs: 1 },
    ])
    expect(terms.startingWith('tid', 1)).toBeUndefined()
    expect(terms.startingWith('tx', 1)).toEqual([])
  })

  it('counts added works in: a listed term grows, an unlisted one joins in its place', () => {
    const added = terms.with(
      new Map([
        ['tide', 2],
        ['tern', 1],
      ]),
    )
    expect(added.terms).toEqual(['to', 'tern', 'tide', 'tidewater'])
    expect([...added.docs]).toEqual([9, 1, 5, 1])
    expect(terms.terms).toHaveLength(3)
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

  const termsOf = (letter: string) => lists.of(letter).terms
  const docsOf = (term: string) => {
    const { terms, docs } = lists.of(term)
    return terms.includes(term) ? docs[terms.indexOf(term)] : undefined
  }

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
