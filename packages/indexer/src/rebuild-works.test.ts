import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type EmbeddedEngine, openEmbeddedEngine, parseQuery, type SearchEngine } from '@ficdex/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { indexPaths } from './index-works.js'
import { rebuildPaths } from './rebuild-works.js'

const FIXTURE_WORKS = fileURLToPath(new URL('../test/fixtures/works', import.meta.url))

let dir: string
let engine: EmbeddedEngine

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-rebuild-'))
  await cp(FIXTURE_WORKS, join(dir, 'works'), { recursive: true })
  engine = openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
})
afterEach(async () => {
  await engine.close()
  await rm(dir, { recursive: true, force: true })
})

const GOOD_FILES = [
  'works/postcard.md',
  'works/works.jsonl',
  'works/harbour-watch.txt',
  'works/anthology.json',
]

async function snapshot() {
  const result = await engine.search(parseQuery({ scope: 'all', perPage: 100 }))
  return { hashes: [...(await engine.hashes())].sort(), ids: result.hits.map((hit) => hit.work.id).sort() }
}

describe('rebuildPaths', () => {
  it('replaces the index with exactly the works read, and tells new, changed, unchanged and removed apart', async () => {
    await indexPaths(['works/postcard.md', 'works/works.jsonl', 'works/lighthouse-logbook.md'], engine, {
      cwd: dir,
    })
    await appendFile(join(dir, 'works/postcard.md'), '\nP.S. Bring a coat.\n')

    const report = await rebuildPaths(GOOD_FILES, engine, { cwd: dir })
    // postcard changed, the two .jsonl works are the same, harbour-watch and the anthology's two are new.
    expect(report.rebuild).toEqual({ swapped: true, added: 3, changed: 1, same: 2, removed: 1 })
    expect(report).toMatchObject({ files: 4, loaded: 6, unchanged: 0, pruned: 1, failed: [] })
    expect(report.byFormat).toEqual({ '.json': 2, '.jsonl': 2, '.md': 1, '.txt': 1 })
    expect(await engine.count()).toBe(6)
    expect(await engine.get('lighthouse-logbook', 'all')).toBeNull()
    expect((await engine.get('postcard', 'all'))?.text[0]?.body).toMatch(/Bring a coat\.$/)
  })

  it('keeps the previous index when a source fails, and says so', async () => {
    await indexPaths(['works/postcard.md'], engine, { cwd: dir })
    const before = await snapshot()
    const report = await rebuildPaths(['works'], engine, { cwd: dir })
    expect(report.rebuild?.swapped).toBe(false)
    expect(report.pruned).toBe(0)
    expect(report.failed.length).toBeGreaterThan(0)
    expect(report.loaded).toBe(11)
    expect(await snapshot()).toEqual(before)
    expect(engine.rebuildLeftovers()).toEqual([])
  })

  it('swaps in the works that loaded when failures are allowed', async () => {
    await indexPaths(['works/postcard.md'], engine, { cwd: dir })
    await writeFile(join(dir, 'works/gone.md'), '---\nid: gone\n---\nSoon gone.\n')
    await indexPaths(['works/gone.md'], engine, { cwd: dir })
    await rm(join(dir, 'works/gone.md'))
    const report = await rebuildPaths(['works'], engine, { cwd: dir, allowFailures: true, batchSize: 3 })
    expect(report.rebuild).toMatchObject({ swapped: true, removed: 1 })
    expect(report.failed.length).toBeGreaterThan(0)
    expect(await engine.count()).toBe(11)
    expect(await engine.get('gone', 'all')).toBeNull()
  })

  it('refuses an engine that cannot rebuild', async () => {
    const plain: SearchEngine = {
      name: 'plain',
      upsert: (works) => engine.upsert(works),
      delete: (ids) => engine.delete(ids),
      get: (id, scope) => engine.get(id, scope),
      search: (query) => engine.search(query),
      searchFacet: (query, facet) => engine.searchFacet(query, facet),
      hashes: () => engine.hashes(),
      count: () => engine.count(),
      close: async () => {},
    }
    await expect(rebuildPaths(['works'], plain, { cwd: dir })).rejects.toThrow(
      'the plain engine cannot rebuild its index',
    )
  })
})
