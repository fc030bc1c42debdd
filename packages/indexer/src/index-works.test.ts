import { existsSync } from 'node:fs'
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openEmbeddedEngine, parseQuery, type SearchEngine } from '@ficdex/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IndexProgress } from './index-report.js'
import { indexPaths } from './index-works.js'

const FIXTURE_WORKS = fileURLToPath(new URL('../test/fixtures/works', import.meta.url))
const SHARED_SEED = fileURLToPath(new URL('../../../../shared/corpus/no-anesthesia.txt', import.meta.url))
const HAS_SEED = existsSync(SHARED_SEED)

/** Works in the fixtures that load: every good file's works plus the one good line of bad-lines.jsonl. */
const GOOD_WORKS = 11
const FAILURES = [
  ['works/malformed/bad-date.txt', 'published: "2023-02-30" is not a real date'],
  ['works/malformed/bad-lines.jsonl:2', expect.stringMatching(/^invalid JSON in line: /)],
  ['works/malformed/bad-lines.jsonl:3', 'unknown key "mood"'],
  ['works/malformed/bad-rating.txt', expect.stringMatching(/^rating: "Spicy" is not an AO3 rating/)],
  ['works/malformed/bad-yaml.md', expect.stringMatching(/^invalid YAML in front matter/)],
  ['works/malformed/not-json.json', expect.stringMatching(/^invalid JSON in file: /)],
  ['works/malformed/unknown-key.md', 'unknown key "relationship" (did you mean "relationships"?)'],
]

let dir: string
let engine: SearchEngine

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-index-'))
  await cp(FIXTURE_WORKS, join(dir, 'works'), { recursive: true })
  engine = openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
})
afterEach(async () => {
  await engine.close()
  await rm(dir, { recursive: true, force: true })
})

const index = (options: Parameters<typeof indexPaths>[2] = {}) =>
  indexPaths(['works'], engine, { cwd: dir, ...options })

/** Everything a reader of the engine can observe about the stored works. */
async function snapshot() {
  const result = await engine.search(parseQuery({ scope: 'all', perPage: 100, sort: { field: 'title' } }))
  return {
    hashes: [...(await engine.hashes())].sort(),
    hits: result.hits.map((hit) => hit.work),
    total: result.total,
  }
}

describe('indexPaths', () => {
  it('loads every good work, reports each bad file and record with its reason, and skips nothing good', async () => {
    const report = await index()
    expect(report).toMatchObject({ files: 14, loaded: GOOD_WORKS, unchanged: 0, pruned: 0, ignored: [] })
    expect(report.failed.map(({ source, reason }) => [source, reason])).toEqual(FAILURES)
    expect(report.byFormat).toEqual({ '.json': 3, '.jsonl': 3, '.md': 2, '.txt': 3 })
    expect(await engine.count()).toBe(GOOD_WORKS)
    const hit = await engine.search(parseQuery({ text: 'lamps quay', scope: 'all' }))
    expect(hit.hits.map((h) => h.work.id)).toEqual(['harbour-watch'])
  })

  it('writes nothing on a second run over unchanged files', async () => {
    await index()
    const before = await snapshot()
    const again = await index()
    expect(again).toMatchObject({ loaded: 0, unchanged: GOOD_WORKS })
    expect(again.failed).toHaveLength(FAILURES.length)
    expect(await snapshot()).toEqual(before)
  })

  it('writes only the works whose content changed', async () => {
    await index()
    await appendFile(join(dir, 'works/postcard.md'), '\nP.S. Bring a coat.\n')
    const report = await index()
    expect(report).toMatchObject({ loaded: 1, unchanged: GOOD_WORKS - 1 })
    expect((await engine.get('postcard', 'all'))?.text[0]?.body).toMatch(/Bring a coat\.$/)
  })

  it('gives the same result in small batches', async () => {
    const report = await index({ batchSize: 2 })
    expect(report.loaded).toBe(GOOD_WORKS)
    expect(await engine.count()).toBe(GOOD_WORKS)
  })

  it('reports progress after each file, ending at the totals', async () => {
    const seen: IndexProgress[] = []
    const report = await index({ onProgress: (progress) => seen.push(progress) })
    const files = Array.from({ length: report.files }, (_, i) => i + 1)
    // Once more after the last write, which follows the last file.
    expect(seen.map((progress) => progress.filesDone)).toEqual([...files, report.files])
    expect(seen.at(-1)).toMatchObject({ loaded: GOOD_WORKS, works: GOOD_WORKS, failed: FAILURES.length })
  })

  it('prunes works whose file is gone or no longer yields them, and keeps those of failing files', async () => {
    await index()
    await rm(join(dir, 'works/postcard.md'))
    const jsonl = await readFile(join(dir, 'works/works.jsonl'), 'utf8')
    await writeFile(join(dir, 'works/works.jsonl'), jsonl.split('\n')[0] ?? '')
    // The good line of bad-lines.jsonl goes too, but that file still fails, so its work is kept.
    await writeFile(join(dir, 'works/malformed/bad-lines.jsonl'), '{"id": broken\n')

    const withoutPrune = await index()
    expect(withoutPrune.pruned).toBe(0)
    expect(await engine.count()).toBe(GOOD_WORKS)

    const report = await index({ prune: true })
    expect(report.pruned).toBe(2)
    expect(await engine.get('postcard', 'all')).toBeNull()
    expect(await engine.get('line-three', 'all')).toBeNull()
    expect(await engine.get('good-line', 'all')).not.toBeNull()
    expect(await engine.count()).toBe(GOOD_WORKS - 2)
  })

  it('keeps works indexed from other paths when pruning', async () => {
    await index()
    const report = await indexPaths(['works/postcard.md'], engine, { cwd: dir, prune: true })
    expect(report).toMatchObject({ unchanged: 1, pruned: 0 })
    expect(await engine.count()).toBe(GOOD_WORKS)
  })

  it('stores canonical tags with their provenance, and counts the tags the vocabulary does not know', async () => {
    await writeFile(
      join(dir, 'works/addek.md'),
      '---\nid: addek\nfandoms: [Grey&#x27;s Anatomy]\nrelationships: [Addek]\nfreeforms: [ANGST, porch swing]\n---\nRain.\n',
    )
    const report = await indexPaths(['works/addek.md'], engine, { cwd: dir })
    expect(report.unwrangled).toBe(1)
    const work = await engine.get('addek', 'all')
    expect(work).toMatchObject({
      fandoms: ["Grey's Anatomy"],
      relationships: ['Addison Montgomery/Derek Shepherd'],
      freeforms: ['Angst', 'porch swing'],
    })
    expect(work?.provenance).toContainEqual(
      expect.objectContaining({ kind: 'relationship', source: 'author', original: 'Addek' }),
    )
    const byMetaFandom = await engine.search(
      parseQuery({ scope: 'all', tags: { fandom: { all: ["Grey's Anatomy Universe"] } } }),
    )
    expect(byMetaFandom.hits.map((hit) => hit.work.id)).toEqual(['addek'])
  })

  it('rejects a second work with an id already read in the run', async () => {
    await writeFile(join(dir, 'works/copy.md'), '---\nid: postcard\n---\nA copy.\n')
    const report = await index()
    expect(report.loaded).toBe(GOOD_WORKS)
    expect(report.failed).toContainEqual({
      source: 'works/postcard.md',
      reason: 'id "postcard" is already used by works/copy.md',
    })
  })

  it('reports paths that do not exist and files no reader handles', async () => {
    await writeFile(join(dir, 'works/cover.png'), '')
    const report = await indexPaths(['works', 'missing'], engine, { cwd: dir })
    expect(report.ignored).toEqual(['works/cover.png'])
    expect(report.failed).toContainEqual({ source: 'missing', reason: 'no such file or directory' })
  })

  it.skipIf(!HAS_SEED)(
    `loads the shared seed work${HAS_SEED ? '' : ' (skipped: ../shared/corpus/no-anesthesia.txt is absent)'}`,
    async () => {
      const report = await indexPaths([SHARED_SEED], engine, { cwd: dir })
      expect(report).toMatchObject({ loaded: 1, failed: [] })
      const work = await engine.get('no-anesthesia', 'public')
      expect(work).toMatchObject({ title: 'No Anesthesia', titleDerived: true, complete: true })
      expect(work?.words).toBeGreaterThan(2000)
      const found = await engine.search(parseQuery({ text: 'Addison' }))
      expect(found.hits.map((hit) => hit.work.id)).toContain('no-anesthesia')
    },
  )
})

describe('indexPaths --prune beside a reader', () => {
  const story = (n: number, word: string) =>
    `${JSON.stringify({ id: `w-${word}-${n}`, title: `Story ${n}`, fandoms: ['Star Trek'], text: `A ${word} tale.` })}\n`

  it('shows a concurrent reader the old works or the new ones, never a mix', async () => {
    const corpus = join(dir, 'batches')
    await mkdir(corpus)
    for (let n = 0; n < 30; n++) await writeFile(join(corpus, `old-${n}.jsonl`), story(n, 'old'))
    await indexPaths(['batches'], engine, { cwd: dir })
    // The next run replaces every file: 30 works go, 40 come, written one per batch unless held.
    for (let n = 0; n < 30; n++) await rm(join(corpus, `old-${n}.jsonl`))
    for (let n = 0; n < 40; n++) await writeFile(join(corpus, `new-${n}.jsonl`), story(n, 'new'))

    const reader = openEmbeddedEngine({ path: join(dir, 'ficdex.db'), resultCacheSize: 0 })
    const totals = new Set<number>()
    let reading = true
    const read = async () => {
      while (reading) {
        totals.add((await reader.search(parseQuery({ scope: 'all', perPage: 1 }))).total)
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    const reads = read()
    const report = await indexPaths(['batches'], engine, { cwd: dir, prune: true, batchSize: 1 })
    reading = false
    await reads
    totals.add((await reader.search(parseQuery({ scope: 'all', perPage: 1 }))).total)
    await reader.close()
    expect(report).toMatchObject({ loaded: 40, pruned: 30 })
    expect([...totals].sort((a, b) => a - b)).toEqual([30, 40])
  })
})
