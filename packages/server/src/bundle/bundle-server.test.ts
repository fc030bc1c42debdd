/**
 * The bundled server as the `serve` script runs it: plain Node, no tsx, over a real database file, with
 * a search thread from the bundle and the paths its modules resolve beside their sources.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { openEmbeddedEngine } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childProcessesOf } from '../../test/helpers/child-processes.js'
import { wrangledWorks } from '../../test/helpers/create-test-app.js'
import { listeningUrl } from '../../test/helpers/listening-url.js'
import { SEED_WORKS } from '../../test/helpers/seed-works.js'
import { bundleServe } from './bundle-server.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-bundle-'))
const db = join(dir, 'ficdex.db')
let script: string
let child: ChildProcess | undefined

beforeAll(async () => {
  const engine = openEmbeddedEngine({ path: db })
  await engine.upsert(wrangledWorks(SEED_WORKS))
  await engine.close()
  script = await bundleServe(join(dir, 'dist'))
}, 60_000)

afterAll(() => {
  child?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

describe('the bundled server', () => {
  it('searches on a thread of its own bundle, serves the API reference, and starts nothing else', async () => {
    child = spawn(process.execPath, [script], {
      env: {
        ...process.env,
        FICDEX_DB: db,
        PORT: '0',
        HOST: '127.0.0.1',
        FICDEX_PROCESSES: '1',
        FICDEX_SEARCH_THREADS: '1',
        MEILISEARCH_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const { url: listening, output } = listeningUrl(child)
    const url = await listening
    expect(output()).toContain(`${SEED_WORKS.length} works, 1 search thread`)

    const search = await fetch(`${url}/v1/works?q=argelius`)
    expect(search.status).toBe(200)
    const found = (await search.json()) as { hits: { work: { title: string } }[] }
    expect(found.hits[0]?.work.title).toBe('Shore Leave on Argelius')

    const docs = await fetch(`${url}/docs`)
    const scriptPath = /<script src="([^"?]+)/.exec(await docs.text())?.[1] as string
    const reference = await fetch(`${url}${scriptPath}`)
    expect(reference.status).toBe(200)
    expect((await reference.text()).length).toBeGreaterThan(100_000)

    // tsx would have started esbuild's service as one.
    expect(childProcessesOf(child.pid as number)).toEqual([])
  }, 60_000)

  it('loads only the configuration where it forks serving processes: no engine, no app, no SQLite', () => {
    // The entry and every chunk it imports statically; the serving process's part is a dynamic import.
    const loaded = new Set<string>()
    const load = (file: string) => {
      if (loaded.has(file)) return
      loaded.add(file)
      const code = readFileSync(file, 'utf8')
      for (const [, chunk] of code.matchAll(/^import[^;]*?"(\.\/[^"]+)";/gms))
        load(join(dirname(file), chunk as string))
    }
    load(script)
    const code = [...loaded].map((file) => readFileSync(file, 'utf8')).join('\n')
    expect(code).toContain('src/env.ts')
    for (const heavy of ['better-sqlite3', '@hono', 'src/app.ts', 'engines/embedded/searcher.ts', 'pino'])
      expect(code, heavy).not.toContain(heavy)
  })

  it("names its search thread's compiled script, which the source falls back from", () => {
    const bundled = readdirSync(dirname(script)).filter((name) => name.endsWith('.mjs'))
    expect(bundled).toContain('search-thread.mjs')
    for (const name of bundled)
      expect(readFileSync(join(dirname(script), name), 'utf8')).not.toContain('FICDEX_SEARCH_THREAD_SCRIPT')
  })
})
