import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openEmbeddedEngine, SCHEMA_VERSION } from '@ficdex/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseProgressLine } from '../progress-lines.js'
import { runCli } from '../run-cli.js'
import type { CommandContext } from './command-context.js'
import { SHARED_SEED } from './shared-seed.js'

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url))
const HAS_SEED = existsSync(SHARED_SEED)

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-cmd-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function context(env: Record<string, string> = {}): CommandContext & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { cwd: PACKAGE, env, out, err, stdout: (line) => out.push(line), stderr: (line) => err.push(line) }
}

describe('ficdex index (in process)', () => {
  it('loads good files with exit code 0 into a database whose directory it creates', async () => {
    const db = join(dir, 'nested/dir/works.db')
    const ctx = context({ FICDEX_DB: db })
    const code = await runCli(
      ['index', 'test/fixtures/works/postcard.md', 'test/fixtures/works/works.jsonl'],
      ctx,
    )
    expect(code).toBe(0)
    expect(ctx.out).toEqual([expect.stringMatching(/^loaded 3, unchanged 0, failed 0 \(2 \.jsonl, 1 \.md; /)])
    expect(ctx.err).toEqual([
      `indexing into embedded database ${db}`,
      expect.stringMatching(/^\d+ unwrangled tags kept as written/),
    ])
    const engine = openEmbeddedEngine({ path: db })
    expect(await engine.count()).toBe(3)
    await engine.close()
  })

  it('two indexers on one database both finish: the second waits its turn and says so', async () => {
    const db = join(dir, 'works.db')
    // A live process holds the lock for a moment, so both indexers below find it taken.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 4000)'])
    await writeFile(`${db}.writer.lock`, String(holder.pid))
    const indexer = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(
          join(PACKAGE, 'node_modules/.bin/tsx'),
          ['src/cli.ts', 'index', 'test/fixtures/works', '--db', db, '--progress', 'none'],
          {
            cwd: PACKAGE,
            env: { ...process.env, MEILISEARCH_URL: '', FICDEX_DB: '' },
          },
        )
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString()
        })
        child.on('exit', (code) => done({ code, stderr }))
      })
    const [first, second] = await Promise.all([indexer(), indexer()])
    // tsx takes a while to start, so which indexer meets which holder varies; someone always waits.
    expect(first.stderr + second.stderr).toMatch(/waiting: another ficdex indexer \(process \d+\) is writing/)
    expect([first.code, second.code]).toEqual([1, 1]) // the fixtures hold files that fail on purpose
    expect(first.stderr + second.stderr).not.toContain('database is locked')
    const engine = openEmbeddedEngine({ path: db })
    expect(await engine.count()).toBeGreaterThan(0)
    await engine.close()
    expect(existsSync(`${db}.writer.lock`)).toBe(false)
  })

  it('--db wins over FICDEX_DB', async () => {
    const ctx = context({ FICDEX_DB: join(dir, 'env.db') })
    expect(
      await runCli(['index', 'test/fixtures/works/postcard.md', '--db', join(dir, 'flag.db')], ctx),
    ).toBe(0)
    expect(existsSync(join(dir, 'flag.db'))).toBe(true)
    expect(existsSync(join(dir, 'env.db'))).toBe(false)
  })

  const usage: [name: string, args: string[], env: Record<string, string>, message: RegExp][] = [
    ['no paths', ['index'], {}, /give at least one file or directory/],
    ['an unknown flag', ['index', 'x', '--purge'], {}, /Unknown option '--purge'/],
    ['a bad batch size', ['index', 'x', '--batch-size', '0'], {}, /--batch-size must be a whole number/],
    [
      '--db with Meilisearch',
      ['index', 'x', '--db', 'a.db'],
      { MEILISEARCH_URL: 'http://127.0.0.1:7700' },
      /--db applies to the embedded engine only/,
    ],
    [
      'a malformed MEILISEARCH_URL',
      ['index', 'x'],
      { MEILISEARCH_URL: 'nope' },
      /MEILISEARCH_URL: must be an http\(s\) URL/,
    ],
    ['--rebuild with --watch', ['index', 'x', '--rebuild', '--watch'], {}, /do not combine/],
    ['--allow-failures alone', ['index', 'x', '--allow-failures'], {}, /applies to --rebuild only/],
    [
      'an unknown progress mode',
      ['index', 'x', '--progress', 'fancy'],
      {},
      /--progress must be one of bar, lines, none/,
    ],
    ['a bad FICDEX_PROGRESS', ['index', 'x'], { FICDEX_PROGRESS: 'dots' }, /FICDEX_PROGRESS must be one of/],
    ['an unknown command', ['indx'], {}, /unknown command "indx"/],
    ['no command', [], {}, /Usage: ficdex <command>/],
  ]
  it.each(usage)('answers %s with exit code 2 and says why', async (_name, args, env, message) => {
    const ctx = context(env)
    expect(await runCli(args, ctx)).toBe(2)
    expect(ctx.err.join('\n')).toMatch(message)
  })

  it('prints help with exit code 0', async () => {
    const ctx = context()
    expect(await runCli(['index', '--help'], ctx)).toBe(0)
    expect(ctx.out.join('\n')).toMatch(/^Usage: ficdex index <paths…>/)
    const top = context()
    expect(await runCli(['--help'], top)).toBe(0)
    expect(top.out.join('\n')).toMatch(/index {8}load works from files into the search engine/)
  })

  it(`--shared-seed ${HAS_SEED ? 'adds the seed story and says so' : 'notes that the seed story is absent'}`, async () => {
    const ctx = context({ FICDEX_DB: join(dir, 'seed.db') })
    expect(await runCli(['index', '--shared-seed'], ctx)).toBe(0)
    if (HAS_SEED) {
      expect(ctx.err[0]).toMatch(/^shared seed: also indexing .*shared\/corpus\/no-anesthesia\.txt$/)
      expect(ctx.out[0]).toMatch(/^loaded 1, /)
    } else {
      expect(ctx.err[0]).toMatch(/^shared seed: .*no-anesthesia\.txt not found; skipped$/)
      expect(ctx.out[0]).toMatch(/^loaded 0, /)
    }
  })
})

describe('ficdex index --upgrade (in process)', () => {
  /** An index of the previous schema version, committed beside the embedded engine. */
  const PREVIOUS = fileURLToPath(
    new URL(`../../../core/src/engines/embedded/testdata/schema-${SCHEMA_VERSION - 1}.db`, import.meta.url),
  )

  it('rewrites an older index from its stored works, with no source file, then searches it', async () => {
    const db = join(dir, 'old.db')
    await copyFile(PREVIOUS, db)
    const refused = context({ FICDEX_DB: db })
    expect(await runCli(['index', 'test/fixtures/works/postcard.md'], refused)).toBe(3)
    expect(refused.err.join('\n')).toMatch(
      /schema version \d+, this engine needs \d+: run `ficdex index --upgrade`/,
    )

    const ctx = context({ FICDEX_DB: db })
    expect(await runCli(['index', '--upgrade'], ctx)).toBe(0)
    expect(ctx.err).toEqual([
      `upgraded ${db} from schema ${SCHEMA_VERSION - 1} to ${SCHEMA_VERSION}: 25 works, from the stored documents`,
    ])
    const engine = openEmbeddedEngine({ path: db })
    try {
      expect(await engine.count()).toBe(25)
    } finally {
      await engine.close()
    }
    const again = context({ FICDEX_DB: db })
    expect(await runCli(['index', '--upgrade'], again)).toBe(0)
    expect(again.err).toEqual([`${db} is already at schema ${SCHEMA_VERSION}`])
  })

  it('refuses --upgrade on Meilisearch, whose settings are brought up to date at open', async () => {
    const ctx = context({ MEILISEARCH_URL: 'http://127.0.0.1:9' })
    expect(await runCli(['index', '--upgrade'], ctx)).toBe(2)
    expect(ctx.err.join('\n')).toMatch(/--upgrade applies to the embedded engine/)
  })
})

describe('ficdex index --rebuild, --progress lines and --watch (in process)', () => {
  const fixtures = 'test/fixtures/works'

  it('--rebuild swaps in the works read, and keeps the old index when a source fails', async () => {
    const db = join(dir, 'rebuild.db')
    expect(await runCli(['index', `${fixtures}/works.jsonl`, '--db', db], context())).toBe(0)
    const good = context()
    expect(await runCli(['index', '--rebuild', `${fixtures}/postcard.md`, '--db', db], good)).toBe(0)
    expect(good.out).toEqual([
      expect.stringMatching(/^rebuilt 1 works \(1 new, 0 changed, 0 unchanged\), removed 2, /),
    ])
    expect(good.err[0]).toBe(`rebuilding embedded database ${db}`)

    const bad = context()
    expect(await runCli(['index', '--rebuild', fixtures, '--db', db], bad)).toBe(1)
    expect(bad.out).toEqual([
      expect.stringMatching(/^not rebuilt: failed 7, the previous index is unchanged /),
    ])
    expect(bad.err).toContain(
      'fix the failures below, or rerun with --allow-failures to swap in the 11 good works',
    )
    const allowed = context()
    expect(await runCli(['index', '--rebuild', '--allow-failures', fixtures, '--db', db], allowed)).toBe(1)
    expect(allowed.out).toEqual([expect.stringMatching(/^rebuilt 11 works .*, removed 0, failed 7 /)])
  })

  it('--progress lines writes machine-readable progress to stderr, ending at the totals', async () => {
    const ctx = context({ FICDEX_DB: join(dir, 'lines.db') })
    expect(await runCli(['index', fixtures, '--progress', 'lines'], ctx)).toBe(1)
    const records = ctx.err.map(parseProgressLine).filter((record) => record !== null)
    expect(records.length).toBeGreaterThan(0)
    expect(records.at(-1)).toMatchObject({ filesDone: 14, filesTotal: 14, works: 11, loaded: 11, failed: 7 })
  })

  it('--watch re-indexes a changed file and stops when interrupted', async () => {
    const corpus = join(dir, 'corpus')
    await mkdir(corpus)
    await writeFile(join(corpus, 'a.md'), '---\nid: a\n---\nThe first lantern.\n')
    const interrupt = new AbortController()
    const ctx = context({ FICDEX_DB: join(dir, 'watch.db') })
    const running = runCli(['index', '--watch', corpus], { ...ctx, untilInterrupted: () => interrupt.signal })
    await until(() => ctx.err.some((line) => line.startsWith('watching ')))
    await writeFile(join(corpus, 'b.md'), '---\nid: b\n---\nThe second lantern.\n')
    await until(() => ctx.out.length > 1)
    interrupt.abort()
    expect(await running).toBe(0)
    expect(ctx.out[0]).toMatch(/^loaded 1, unchanged 0, failed 0 /)
    expect(ctx.out[1]).toMatch(/^\S+Z .*b\.md changed: loaded 1, unchanged 0, removed 0, failed 0 /)
    expect(ctx.err.at(-1)).toBe('stopped watching')
  })
})

/** Waits until `check` holds, polling; fails after a generous bound (no timing is asserted). */
async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; !check() && tries < 400; tries++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  expect(check()).toBe(true)
}
