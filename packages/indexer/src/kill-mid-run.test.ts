/**
 * Crash safety, tested the hard way: a real `ficdex index` process is killed with SIGKILL part-way
 * through, and the database it was writing must still be sound and hold a consistent index.
 * - `--rebuild`: the previous index is untouched (same works, same hashes), the new one is nowhere.
 * - an incremental run: every stored work is its old or its new version, never a mix, because each batch
 *   commits whole; text search agrees with the stored documents.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { type EmbeddedEngine, openEmbeddedEngine, parseQuery } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from './generate/index.js'
import { indexPaths } from './index-works.js'
import { type ProgressRecord, parseProgressLine } from './progress-lines.js'
import { rebuildPaths } from './rebuild-works.js'

const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
/**
 * The indexer runs in the spawned process itself, with tsx as a loader: the `tsx` command would run it in
 * a child process of its own, which a SIGKILL to the command orphans instead of killing.
 */
const TSX_LOADER = import.meta.resolve('tsx')
/** Enough works that a run takes seconds, in files of ten, so progress is reported often. */
const WORKS = 300
const PER_FILE = 10

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-kill-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const generate = (seed: string, out: string, works = WORKS) =>
  generateCorpus({
    works,
    seed,
    outDir: join(dir, out),
    worksPerFile: PER_FILE,
    freeformsPath: join(dir, 'none'),
  })

async function withEngine<T>(path: string, run: (engine: EmbeddedEngine) => Promise<T>): Promise<T> {
  const engine = openEmbeddedEngine({ path })
  try {
    return await run(engine)
  } finally {
    await engine.close()
  }
}

/**
 * Starts `ficdex index …` in `dir` and SIGKILLs it at the first progress line `ready` accepts. Resolves
 * with that line; fails if the process ends on its own first.
 */
async function killWhen(
  args: string[],
  ready: (progress: ProgressRecord) => boolean,
): Promise<ProgressRecord> {
  const { MEILISEARCH_URL, FICDEX_DB, INIT_CWD, npm_lifecycle_event, ...env } = process.env
  const cli = [join(PACKAGE, 'src/cli.ts'), 'index', ...args, '--progress', 'lines']
  const child = spawn(process.execPath, ['--import', TSX_LOADER, ...cli], { cwd: dir, env })
  const exited = exitOf(child)
  let stderr = ''
  let killedAt: ProgressRecord | undefined
  for await (const line of createInterface({ input: child.stderr })) {
    stderr += `${line}\n`
    const progress = parseProgressLine(line)
    if (progress && ready(progress)) {
      killedAt = progress
      child.kill('SIGKILL')
      break
    }
  }
  const { code, signal } = await exited
  if (!killedAt)
    throw new Error(`ficdex index ended on its own (exit ${code}) before it could be killed:\n${stderr}`)
  expect(signal).toBe('SIGKILL')
  return killedAt
}

function exitOf(child: ChildProcessWithoutNullStreams) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
}

/** Checks that searches answer and agree with the stored works: each sampled work is found by its title. */
async function expectSearchable(engine: EmbeddedEngine, count: number): Promise<void> {
  const all = await engine.search(parseQuery({ scope: 'all', perPage: 1 }))
  expect(all.total).toBe(count)
  for (const id of ['w0000001', 'w0000077', 'w0000150', 'w0000299']) {
    const work = await engine.get(id, 'all')
    expect(work?.contentHash).toBe((await engine.hashes()).get(id))
    const found = await engine.search(parseQuery({ text: work?.title ?? '', scope: 'all', perPage: 100 }))
    expect(found.hits.map((hit) => hit.work.id)).toContain(id)
  }
}

describe('killing a real indexer process part-way', () => {
  it('--rebuild: the previous index stays whole and searchable; the next rebuild completes', async () => {
    const db = join(dir, 'rebuild.db')
    await generate('before', 'before')
    await generate('after', 'after', WORKS + 60)
    const before = await withEngine(db, async (engine) => {
      await indexPaths(['before'], engine, { cwd: dir })
      return engine.hashes()
    })
    expect(before.size).toBe(WORKS)

    const killedAt = await killWhen(
      ['after', '--rebuild', '--db', db, '--batch-size', '20'],
      (p) => p.filesDone >= 12,
    )
    expect(killedAt.filesDone).toBeLessThan(killedAt.filesTotal)

    await withEngine(db, async (engine) => {
      expect(await engine.integrityCheck()).toEqual([])
      expect(await engine.hashes()).toEqual(before)
      await expectSearchable(engine, WORKS)
      // The kill caught the rebuild before its swap: its staging tables are still there.
      expect(engine.rebuildLeftovers().length).toBeGreaterThan(0)

      const report = await rebuildPaths(['after'], engine, { cwd: dir })
      expect(report.rebuild).toMatchObject({ swapped: true, added: 60, removed: 0 })
      expect(engine.rebuildLeftovers()).toEqual([])
      expect(await engine.integrityCheck()).toEqual([])
      await expectSearchable(engine, WORKS + 60)
    })
  }, 180_000)

  it('an incremental run: each stored work is its old or its new version, and search agrees', async () => {
    const db = join(dir, 'incremental.db')
    await generate('old', 'corpus')
    const old = await withEngine(db, async (engine) => {
      await indexPaths(['corpus'], engine, { cwd: dir })
      return engine.hashes()
    })
    // The same ids with other content, in the same files.
    await generate('new', 'corpus')
    const renewed = await withEngine(':memory:', async (engine) => {
      await indexPaths(['corpus'], engine, { cwd: dir })
      return engine.hashes()
    })

    const killedAt = await killWhen(
      ['corpus', '--db', db, '--batch-size', '10'],
      (p) => p.loaded > 0 && p.filesDone >= 6,
    )
    expect(killedAt.filesDone).toBeLessThan(killedAt.filesTotal)

    await withEngine(db, async (engine) => {
      expect(await engine.integrityCheck()).toEqual([])
      const stored = await engine.hashes()
      expect([...stored.keys()].sort()).toEqual([...old.keys()].sort())
      const versions = { old: 0, new: 0, neither: [] as string[] }
      for (const [id, hash] of stored) {
        if (hash === old.get(id)) versions.old++
        else if (hash === renewed.get(id)) versions.new++
        else versions.neither.push(id)
      }
      expect(versions.neither).toEqual([])
      expect(versions.new).toBeGreaterThanOrEqual(killedAt.loaded)
      expect(versions.old).toBeGreaterThan(0)
      await expectSearchable(engine, WORKS)
    })
  }, 180_000)
})
