import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SchemaVersionError } from '../../engine/errors.js'
import { parseQuery } from '../../model/query.js'
import { openEmbeddedEngine } from './embedded-engine.js'
import { SCHEMA_VERSION } from './schema.js'
import { inflateDoc } from './stored-text.js'
import { schemaVersionOf, upgradeEmbeddedDatabase } from './upgrade.js'

/**
 * Indexes written by earlier schema versions' code (the sample corpus's Grey's Anatomy and Star Trek
 * works, loaded by `ficdex index` before the version changed). Committed, so the test needs no source
 * file: the upgrade must work from what the database stores.
 */
const OLDER = readdirSync(join(import.meta.dirname, 'testdata'))
  .map((name) => /^schema-(\d+)\.db$/.exec(name))
  .filter((match) => match !== null)
  .map((match) => Number(match[1]))
  .sort((a, b) => a - b)

it('keeps an index of the previous schema to upgrade', () => {
  expect(OLDER).toContain(SCHEMA_VERSION - 1)
})

describe.each(OLDER)('upgrading an index of schema %i', (version) => {
  let dir: string
  let path: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ficdex-upgrade-'))
    path = join(dir, 'ficdex.db')
    copyFileSync(join(import.meta.dirname, 'testdata', `schema-${version}.db`), path)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  /** The ids and titles the old file holds, read with plain SQL before anything touches it. */
  function storedWorks(file: string): { id: string; title: string }[] {
    const db = new Database(file, { readonly: true })
    try {
      // Documents are stored compressed from version 10 on.
      const docs = db.prepare('SELECT doc FROM work_docs ORDER BY rowid').pluck().all() as (string | Buffer)[]
      return docs.map((doc) => {
        const json = typeof doc === 'string' ? doc : inflateDoc(doc)
        const { id, title } = JSON.parse(json) as { id: string; title: string }
        return { id, title }
      })
    } finally {
      db.close()
    }
  }

  it('is refused by the engine until upgraded', () => {
    expect(schemaVersionOf(path)).toBe(version)
    expect(() => openEmbeddedEngine({ path })).toThrow(SchemaVersionError)
    expect(() => openEmbeddedEngine({ path })).toThrow(/ficdex index --upgrade/)
  })

  it('carries every work over from the stored documents, each one searchable', async () => {
    const before = storedWorks(path)
    expect(before.length).toBe(25)
    const report = await upgradeEmbeddedDatabase(path)
    expect(report).toEqual({ from: version, to: SCHEMA_VERSION, works: before.length })
    expect(existsSync(`${path}.upgrade`)).toBe(false)

    const engine = openEmbeddedEngine({ path })
    try {
      expect(await engine.count()).toBe(before.length)
      for (const { id, title } of before) {
        expect((await engine.get(id, 'all'))?.title).toBe(title)
        const found = await engine.search(parseQuery({ text: `"${title}"`, scope: 'all', perPage: 100 }))
        expect(found.hits.map((hit) => hit.work.id)).toContain(id)
      }
      const ferry = await engine.search(parseQuery({ text: 'ferry', facets: { kinds: ['fandom'] } }))
      expect(ferry.total).toBeGreaterThan(0)
      expect(ferry.facets.fandom?.values.length).toBeGreaterThan(0)
    } finally {
      await engine.close()
    }
  })

  it('leaves a current file alone', async () => {
    await upgradeEmbeddedDatabase(path)
    expect(await upgradeEmbeddedDatabase(path)).toEqual({
      from: SCHEMA_VERSION,
      to: SCHEMA_VERSION,
      works: 0,
    })
  })

  it('refuses a version it cannot read, leaving the file as it was', async () => {
    const db = new Database(path)
    db.pragma('user_version = 1')
    db.close()
    await expect(upgradeEmbeddedDatabase(path)).rejects.toThrow(SchemaVersionError)
    expect(schemaVersionOf(path)).toBe(1)
    expect(existsSync(`${path}.upgrade`)).toBe(false)
  })
})
