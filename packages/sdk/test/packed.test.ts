/**
 * The SDK as a third-party app gets it: packed as npm would publish it, installed with npm from the
 * tarball into a temporary project (no workspace links), and used from an ES module, a CommonJS
 * script, a `tsc`-compiled TypeScript app and a browser page, each against a real server process
 * over the sample corpus. Then the example app in `examples/reading-list`, installed the same way.
 * @module
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BROWSER_NOTE, HAS_CHROMIUM, launchChromium } from '@ficdex/chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SDK = join(ROOT, 'packages/sdk')
const BIN = join(ROOT, 'node_modules/.bin')
const SEED = join(ROOT, '../shared/corpus/no-anesthesia.txt')

let dir: string
let tarball: string
let project: string
let server: ChildProcess
let api: string

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** Starts `serve.ts` on a free port over a database file; resolves to its URL once it listens. */
function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(join(BIN, 'tsx'), [join(ROOT, 'packages/server/src/serve.ts')], {
    env: {
      ...process.env,
      FICDEX_DB: db,
      PORT: '0',
      HOST: '127.0.0.1',
      MEILISEARCH_URL: '',
      FICDEX_API_KEYS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (url) resolve({ child, url })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)))
  })
}

/**
 * The API's own answer, for comparing what the installed SDK printed. A new connection each time: a
 * kept-alive one may be closed by the server between the test's steps, as the next request starts.
 */
function apiGet<T>(path: string): Promise<T> {
  return new Promise((resolve, reject) => {
    get(`${api}${path}`, { agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve(JSON.parse(body) as T))
    }).on('error', reject)
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ficdex-packed-'))
  tarball = join(dir, 'ficdex-sdk.tgz')
  run('pnpm', ['pack', '--out', tarball], SDK)

  const db = join(dir, 'ficdex.db')
  const seed = existsSync(SEED) ? [SEED] : []
  run(
    join(BIN, 'tsx'),
    [join(ROOT, 'packages/indexer/src/cli.ts'), 'index', join(ROOT, 'corpus'), ...seed, '--db', db],
    ROOT,
  )
  ;({ child: server, url: api } = await startServer(db))

  project = join(dir, 'app')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'third-party-app', private: true }))
  run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], project)
}, 240_000)

afterAll(() => {
  server?.kill()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the packed tarball', () => {
  it('holds the built JavaScript, its types, the README and the licence: no sources, tests or configs', () => {
    const files = run('tar', ['-tzf', tarball], dir).trim().split('\n').sort()
    expect(files).toContain('package/dist/index.js')
    expect(files).toContain('package/dist/index.d.ts')
    expect(files).toContain('package/README.md')
    expect(files).toContain('package/LICENSE')
    const unexpected = files.filter(
      (file) => !/^package\/(dist\/[\w/-]+\.(js|d\.ts)|README\.md|LICENSE|package\.json)$/.test(file),
    )
    expect(unexpected).toEqual([])
    expect(files.filter((file) => /test|\.ts$(?<!\.d\.ts)|tsconfig|vitest/.test(file))).toEqual([])
  })

  it('declares the built files in its exports, with types, no dependencies and no side effects', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/@ficdex/sdk/package.json'), 'utf8'))
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' })
    expect(manifest).toMatchObject({ type: 'module', sideEffects: false, license: 'MIT' })
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.engines.node).toBe('>=20.19')
  })
})

describe('installed with npm into an app of its own', () => {
  // What each script prints, from the API directly: the number of Addek works and the best-loved one.
  let expected: string
  beforeAll(async () => {
    const search = await apiGet<{ total: number; hits: { work: { title: string } }[] }>(
      '/v1/works?relationship=Addek&sort=kudos&per_page=1',
    )
    expected = `${search.total} Addek works; first: ${search.hits[0]!.work.title}`
  })

  const SCRIPT_BODY = `
const ficdex = createClient({ baseUrl: process.argv[2] })
const result = await ficdex.works.search({ relationship: 'Addek', sort: 'kudos', per_page: 1, facets: 'fandom' })
if (!Array.isArray(result.facets.fandom.values)) throw new Error('no fandom facet')
console.log(\`\${result.total} Addek works; first: \${result.hits[0].work.title}\`)
`

  it('runs from an ES module', () => {
    writeFileSync(join(project, 'esm.mjs'), `import { createClient } from '@ficdex/sdk'\n${SCRIPT_BODY}`)
    expect(run('node', ['esm.mjs', api], project).trim()).toBe(expected)
  })

  it('runs from CommonJS through require()', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { createClient } = require('@ficdex/sdk')\n;(async () => {${SCRIPT_BODY}})().catch((error) => { console.error(error); process.exit(1) })\n`,
    )
    expect(run('node', ['cjs.cjs', api], project).trim()).toBe(expected)
  })

  it('type-checks and runs as a tsc-compiled TypeScript app', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2022',
          lib: ['es2023', 'dom'],
          types: [],
          strict: true,
          outDir: 'built',
        },
        files: ['app.mts'],
      }),
    )
    writeFileSync(
      join(project, 'app.mts'),
      `import { createClient, FicdexApiError, type FacetValue, type SearchQuery } from '@ficdex/sdk'
declare const process: { argv: string[] }
const ficdex = createClient({ baseUrl: process.argv[2]! })
const query = { relationship: 'Addek', sort: 'kudos', per_page: 1, facets: ['fandom'] } as const satisfies SearchQuery
const result = await ficdex.works.search(query)
const fandoms: FacetValue[] = result.facets.fandom.values
const error = await ficdex.works.get('missing').catch((e: unknown) => e)
if (!(error instanceof FicdexApiError) || error.status !== 404) throw new Error('expected a 404')
console.log(\`\${result.total} Addek works; first: \${result.hits[0]!.work.title}\`)
void fandoms
`,
    )
    run(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], project)
    expect(run('node', ['built/app.mjs', api], project).trim()).toBe(expected)
  })
})

/** Serves a folder over HTTP, as a site serves its own copy of the SDK to browsers. */
function serveFolder(root: string, page: string): Promise<Server> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' }
  const server = createServer((req, res) => {
    const path = req.url === '/' ? null : join(root, (req.url ?? '').replace(/^\/sdk\//, ''))
    if (path === null) {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(page)
    } else if (existsSync(path)) {
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/plain' }).end(readFileSync(path))
    } else res.writeHead(404).end()
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)(`the ESM build ${BROWSER_NOTE}`, () => {
  it('imports in a page from another origin than the API, and searches', async () => {
    const page = `<!doctype html><title>app</title><script type="module">
import { createClient, SDK_VERSION } from '/sdk/index.js'
const ficdex = createClient({ baseUrl: ${JSON.stringify(api)} })
const result = await ficdex.works.search({ relationship: 'Addek', sort: 'kudos', per_page: 1 })
const missing = await ficdex.works.get('missing').catch((error) => error)
window.outcome = { version: SDK_VERSION, total: result.total, title: result.hits[0].work.title, error: missing.name + ' ' + missing.code }
</script>`
    const site = await serveFolder(join(project, 'node_modules/@ficdex/sdk/dist'), page)
    const browser = await launchChromium()
    try {
      const tab = await browser.newPage()
      await tab.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`)
      const outcome = await tab.waitForFunction(() => (globalThis as { outcome?: unknown }).outcome)
      const search = await apiGet<{ total: number; hits: { work: { title: string } }[] }>(
        '/v1/works?relationship=Addek&sort=kudos&per_page=1',
      )
      expect(await outcome.jsonValue()).toEqual({
        version: JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')).version,
        total: search.total,
        title: search.hits[0]!.work.title,
        error: 'FicdexApiError not_found',
      })
    } finally {
      await browser.close()
      site.close()
    }
  })
})

describe('examples/reading-list', () => {
  it('installs the packed SDK, lists every Addison/Derek work across pages, reads a chapter, handles a 404 and a 400', async () => {
    const app = join(dir, 'reading-list')
    cpSync(join(ROOT, 'examples/reading-list'), app, {
      recursive: true,
      filter: (source) => !/node_modules|package-lock\.json|\.tgz$/.test(source),
    })
    cpSync(tarball, join(app, 'ficdex-sdk.tgz'))
    run('npm', ['install', '--offline', '--no-audit', '--no-fund'], app)
    const output = run('node', ['reading-list.js', api], app)
    console.log(output)

    const works: { work: { title: string; id: string } }[] = (
      await apiGet<{ hits: { work: { title: string; id: string } }[] }>(
        '/v1/works?relationship=Addison+Montgomery%2FDerek+Shepherd&sort=kudos&per_page=100',
      )
    ).hits
    expect(works.length).toBeGreaterThan(3) // more than one page of 3
    const listed = output
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').replace(/ by .*$/, ''))
    expect(listed).toEqual(works.map(({ work }) => work.title))
    expect(output).toContain(`${works.length} works, fetched 3 at a time`)

    const chapter = await apiGet<{ body: string }>(`/v1/works/${works[0]!.work.id}/chapters/1`)
    expect(output).toContain(chapter.body.split(/\s+/).slice(0, 24).join(' '))
    expect(output).toMatch(/404 not_found: the work is gone; it leaves the list \(request [\w-]+\)/)
    expect(output).toContain('400 validation_failed: query.per_page: Too big: expected number to be <=100')
  })
})
