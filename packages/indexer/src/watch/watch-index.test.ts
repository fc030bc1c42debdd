import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type EmbeddedEngine, openEmbeddedEngine, parseQuery } from '@ficdex/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type IndexWatcher, type Rerun, watchIndex } from './watch-index.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/works', import.meta.url))

let dir: string
let engine: EmbeddedEngine
let watcher: IndexWatcher | undefined
let reruns: Rerun[]
let errors: Error[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-watch-'))
  await mkdir(join(dir, 'corpus'))
  await cp(join(FIXTURES, 'postcard.md'), join(dir, 'corpus/postcard.md'))
  await cp(join(FIXTURES, 'works.jsonl'), join(dir, 'corpus/works.jsonl'))
  engine = openEmbeddedEngine({ path: join(dir, 'corpus/ficdex.db') })
  reruns = []
  errors = []
})
afterEach(async () => {
  await watcher?.close()
  watcher = undefined
  await engine.close()
  await rm(dir, { recursive: true, force: true })
})

const start = async () => {
  watcher = await watchIndex(['corpus'], engine, {
    cwd: dir,
    debounceMs: 50,
    // The database sits inside the watched folder, as it may.
    ignore: ['corpus/ficdex.db', 'corpus/ficdex.db-wal', 'corpus/ficdex.db-shm'],
    onRerun: (rerun) => reruns.push(rerun),
    onError: (error) => errors.push(error),
  })
  return watcher
}

const STORY = `---
title: Harbour Lights at Midnight
authors: [wren]
fandoms: [Sherlock (TV)]
rating: General Audiences
---
The lamplighter counts the boats coming home past the breakwater.
`

const found = async (text: string) =>
  (await engine.search(parseQuery({ text, scope: 'all' }))).hits.map((hit) => hit.work.id)

/** Polls until `check` holds; fails with what it last saw after a generous bound (no timing asserted). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (let tries = 0; !check(value) && tries < 400; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  expect(check(value), `still ${JSON.stringify(value)}; reruns: ${JSON.stringify(reruns)}`).toBe(true)
  return value
}

describe('watchIndex', () => {
  it('indexes at start, then picks up a new file, an edit and a deletion', async () => {
    const { initial } = await start()
    expect(initial).toMatchObject({ loaded: 3, failed: [] })
    const count = await engine.count()

    await writeFile(join(dir, 'corpus/lights.md'), STORY)
    const [id] = await eventually(
      () => found('lamplighter breakwater'),
      (ids) => ids.length === 1,
    )
    expect(await engine.count()).toBe(count + 1)

    await writeFile(join(dir, 'corpus/lights.md'), STORY.replace('boats', 'ferries'))
    await eventually(
      () => found('ferries'),
      (ids) => ids.length === 1,
    )
    expect(await found('boats lamplighter')).toEqual([])

    await rm(join(dir, 'corpus/lights.md'))
    await eventually(
      () => engine.get(id as string, 'all'),
      (work) => work === null,
    )
    expect(await engine.count()).toBe(count)
    expect(reruns.at(-1)).toMatchObject({ changed: ['corpus/lights.md'], report: { pruned: 1 } })
    expect(errors).toEqual([])
  })

  it.each([
    ['a watched folder', () => ['corpus']],
    ['a watched file', () => ['corpus/lights.md']],
  ])('sees every edit saved by renaming a new file over the old one, in %s', async (_name, roots) => {
    const path = join(dir, 'corpus/lights.md')
    await writeFile(path, STORY)
    watcher = await watchIndex(roots(), engine, {
      cwd: dir,
      debounceMs: 50,
      ignore: ['corpus/ficdex.db', 'corpus/ficdex.db-wal', 'corpus/ficdex.db-shm'],
      onRerun: (rerun) => reruns.push(rerun),
      onError: (error) => errors.push(error),
    })
    // Editors and sync tools write a temporary file and rename it over the original.
    for (const word of ['ferries', 'dinghies', 'trawlers', 'schooners']) {
      await writeFile(`${path}.tmp`, STORY.replace('boats', word))
      await rename(`${path}.tmp`, path)
      await eventually(
        () => found(word),
        (ids) => ids.length === 1,
      )
    }
    expect(errors).toEqual([])
  })

  it('deletes the works a changed file no longer holds, and keeps those of a file that fails to read', async () => {
    await start()
    const jsonl = join(dir, 'corpus/works.jsonl')
    const lines = (await readFile(jsonl, 'utf8')).split('\n').filter((line) => line.trim() !== '')
    expect(lines).toHaveLength(2)
    const ids = lines.map((line) => JSON.parse(line).id as string)

    await writeFile(jsonl, `${lines[0]}\n`)
    await eventually(
      () => engine.get(ids[1] as string, 'all'),
      (work) => work === null,
    )
    expect(await engine.get(ids[0] as string, 'all')).not.toBeNull()

    // A half-saved file: its work stays until the file reads again.
    await writeFile(jsonl, `${lines[0]?.slice(0, 20)}\n`)
    const failed = await eventually(
      async () => reruns.at(-1)?.report.failed.length ?? 0,
      (n) => n > 0,
    )
    expect(failed).toBe(1)
    expect(await engine.get(ids[0] as string, 'all')).not.toBeNull()
  })

  it('ignores dotfiles, files no reader handles and its own database', async () => {
    await start()
    await writeFile(join(dir, 'corpus/.lights.md.swp'), 'x')
    await writeFile(join(dir, 'corpus/notes.docx'), 'x')
    await writeFile(join(dir, 'corpus/lights.md'), STORY)
    await eventually(
      () => found('lamplighter'),
      (ids) => ids.length === 1,
    )
    expect(reruns.flatMap((rerun) => rerun.changed)).toEqual(['corpus/lights.md'])
  })

  it('reads a new folder whole, and forgets a deleted one', async () => {
    await start()
    const count = await engine.count()
    await mkdir(join(dir, 'incoming'))
    await writeFile(join(dir, 'incoming/lights.md'), STORY)
    await writeFile(
      join(dir, 'incoming/more.md'),
      STORY.replace('Harbour', 'Quay').replace('lamplighter', 'ferryman'),
    )
    await cp(join(dir, 'incoming'), join(dir, 'corpus/incoming'), { recursive: true })
    await eventually(
      () => engine.count(),
      (n) => n === count + 2,
    )
    await rm(join(dir, 'corpus/incoming'), { recursive: true })
    await eventually(
      () => engine.count(),
      (n) => n === count,
    )
  })
})
