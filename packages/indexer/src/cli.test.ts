import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openEmbeddedEngine, parseQuery } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const TSX = join(PACKAGE, 'node_modules/.bin/tsx')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs the real executable, as a user would, with none of the caller's engine settings. */
function ficdex(...args: string[]) {
  const { MEILISEARCH_URL, FICDEX_DB, INIT_CWD, npm_lifecycle_event, ...env } = process.env
  const result = spawnSync(TSX, ['src/cli.ts', ...args], { cwd: PACKAGE, env, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('ficdex index (the executable)', () => {
  it('loads the good fixtures, reports each bad one, and exits with 1', () => {
    const db = join(dir, 'fixtures.db')
    const run = ficdex('index', 'test/fixtures/works', '--db', db)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^loaded 11, unchanged 0, failed 7 \(3 \.json, 3 \.jsonl, 3 \.txt, 2 \.md; [\d.]+ s\)\n$/,
    )
    const failures = run.stderr.split('\n').filter((line) => line.startsWith('failed: '))
    expect(failures).toEqual([
      'failed: test/fixtures/works/malformed/bad-date.txt: published: "2023-02-30" is not a real date',
      expect.stringMatching(
        /^failed: test\/fixtures\/works\/malformed\/bad-lines\.jsonl:2: invalid JSON in line: /,
      ),
      'failed: test/fixtures/works/malformed/bad-lines.jsonl:3: unknown key "mood"',
      expect.stringMatching(
        /^failed: test\/fixtures\/works\/malformed\/bad-rating\.txt: rating: "Spicy" is not an AO3 rating/,
      ),
      expect.stringMatching(
        /^failed: test\/fixtures\/works\/malformed\/bad-yaml\.md: invalid YAML in front matter \(line 4\)/,
      ),
      expect.stringMatching(
        /^failed: test\/fixtures\/works\/malformed\/not-json\.json: invalid JSON in file: /,
      ),
      'failed: test/fixtures/works/malformed/unknown-key.md: unknown key "relationship" (did you mean "relationships"?)',
    ])
  })

  it('made the good works searchable', async () => {
    const engine = openEmbeddedEngine({ path: join(dir, 'fixtures.db') })
    try {
      expect(await engine.count()).toBe(11)
      const found = await engine.search(parseQuery({ text: 'sledge', scope: 'members' }))
      expect(found.hits.map((hit) => hit.work.id)).toEqual(['snow-day-notes'])
      const byTag = await engine.search(
        parseQuery({ tags: { fandom: { all: ['Original Work'] } }, scope: 'all' }),
      )
      expect(byTag.total).toBe(6)
    } finally {
      await engine.close()
    }
  })

  it('writes nothing the second time', () => {
    const run = ficdex('index', 'test/fixtures/works', '--db', join(dir, 'fixtures.db'))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^loaded 0, unchanged 11, failed 7 /)
  })

  it('exits with 2 on a usage error', () => {
    const run = ficdex('index', '--nope')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Usage: ficdex index/)
  })
})
