import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openEmbeddedEngine } from '@ficdex/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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
      /MEILISEARCH_URL must be a URL/,
    ],
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
