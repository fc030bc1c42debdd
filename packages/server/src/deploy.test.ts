/**
 * Checks the deployment files at the repository root (docker-compose.yml, Dockerfile, .env.example)
 * for the mistakes that only show up on someone else's machine: a floating image tag, a Meilisearch
 * older than the filter-escaping fix, a key committed instead of read from the environment, a variable
 * nobody documented, a port the image does not expose. No Docker engine runs here, so the files are
 * parsed rather than run.
 * @module
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = new URL('../../../', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, root), 'utf8')

/** Meilisearch releases before this one mis-parsed escaped backslashes in filter values. */
const MINIMUM_MEILISEARCH = [1, 50, 0] as const

interface Service {
  image?: string
  build?: unknown
  command?: string | string[]
  environment?: Record<string, string | number>
  ports?: string[]
  volumes?: string[]
  healthcheck?: { test: string | string[] }
  depends_on?: Record<string, { condition: string }>
  restart?: string
  profiles?: string[]
}
interface Compose {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}

const composeText = read('docker-compose.yml')
const compose = parse(composeText) as Compose
const dockerfile = parseDockerfile(read('Dockerfile'))
const envExample = read('.env.example')

function service(name: string): Service {
  const found = compose.services[name]
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`)
  return found
}

/** Instructions of a Dockerfile as [keyword, arguments], continuation lines joined, comments dropped. */
function parseDockerfile(text: string): [string, string][] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
  return logical
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/)
      return [keyword.toUpperCase(), rest.join(' ')]
    })
}

function instructions(keyword: string): string[] {
  return dockerfile.filter(([k]) => k === keyword).map(([, args]) => args)
}

/** Every variable the compose file interpolates, including those nested in defaults; `$$` is a literal. */
function interpolatedVariables(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.replaceAll('$$', '').matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    names.add(match[1] as string)
  }
  return [...names].sort()
}

/** Variables assigned in .env.example, each with whether a comment line directly precedes it. */
function documentedVariables(text: string): Map<string, boolean> {
  const lines = text.split('\n')
  const result = new Map<string, boolean>()
  lines.forEach((line, index) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)
    if (match) result.set(match[1] as string, (lines[index - 1] ?? '').startsWith('#'))
  })
  return result
}

/** The container side of a `host:container` port mapping. */
function containerPort(mapping: string): number {
  return Number(mapping.split(':').at(-1))
}

function healthcheckCommand(svc: Service): string {
  const test = svc.healthcheck?.test
  return Array.isArray(test) ? test.join(' ') : (test ?? '')
}

describe('docker-compose.yml', () => {
  it.each(['meilisearch', 'server', 'indexer'])('defines the %s service', (name) => {
    expect(compose.services[name]).toBeDefined()
  })

  it(`pins the Meilisearch image to an exact release, v${MINIMUM_MEILISEARCH.join('.')} or newer`, () => {
    const image = service('meilisearch').image ?? ''
    const match = /^getmeili\/meilisearch:v(\d+)\.(\d+)\.(\d+)$/.exec(image)
    expect(match, `image "${image}" is not getmeili/meilisearch:vMAJOR.MINOR.PATCH`).not.toBeNull()
    const version = match!.slice(1).map(Number)
    const [major = 0, minor = 0, patch = 0] = version
    const [wantMajor, wantMinor, wantPatch] = MINIMUM_MEILISEARCH
    const newEnough =
      major !== wantMajor ? major > wantMajor : minor !== wantMinor ? minor > wantMinor : patch >= wantPatch
    expect(newEnough, `Meilisearch ${version.join('.')} is older than ${MINIMUM_MEILISEARCH.join('.')}`).toBe(
      true,
    )
  })

  it('takes the master key from the environment and refuses to start without one', () => {
    const env = service('meilisearch').environment ?? {}
    expect(String(env.MEILI_MASTER_KEY)).toMatch(/^\$\{MEILI_MASTER_KEY:\?.+\}$/)
    expect(env.MEILI_ENV).toBe('production')
    expect(String(env.MEILI_NO_ANALYTICS)).toBe('true')
  })

  it('keeps the Meilisearch data in a named volume at /meili_data', () => {
    const mounts = service('meilisearch').volumes ?? []
    const data = mounts.find((mount) => mount.split(':')[1] === '/meili_data')
    expect(data, 'no volume is mounted at /meili_data').toBeDefined()
    const volume = data!.split(':')[0] as string
    expect(Object.keys(compose.volumes ?? {})).toContain(volume)
  })

  it.each([
    ['meilisearch', 7700],
    ['server', 8787],
  ])('gives %s a healthcheck on /health of its own port %i', (name, port) => {
    const svc = service(name)
    expect(svc.ports?.map(containerPort)).toContain(port)
    expect(healthcheckCommand(svc)).toContain(`:${port}/health`)
  })

  it.each(['server', 'indexer'])(
    'starts %s only once Meilisearch is healthy, and points it there',
    (name) => {
      const svc = service(name)
      expect(svc.depends_on?.meilisearch?.condition).toBe('service_healthy')
      const meiliPort = containerPort(service('meilisearch').ports?.[0] ?? '')
      expect(svc.environment?.MEILISEARCH_URL).toBe(`http://meilisearch:${meiliPort}`)
    },
  )

  it('runs the indexer once over the sample corpus, from the server image, only on demand', () => {
    const indexer = service('indexer')
    const command = Array.isArray(indexer.command) ? indexer.command.join(' ') : indexer.command
    expect(command).toBe('pnpm ficdex index corpus')
    expect(indexer.restart).toBe('no')
    expect(indexer.image).toBe(service('server').image)
    expect(indexer.profiles?.length ?? 0).toBeGreaterThan(0)
  })

  it('documents every variable it interpolates in .env.example, each with a comment', () => {
    const documented = documentedVariables(envExample)
    const used = interpolatedVariables(composeText)
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter((name) => !documented.has(name))).toEqual([])
    expect([...documented].filter(([, commented]) => !commented).map(([name]) => name)).toEqual([])
  })
})

describe('.env.example', () => {
  it.each([
    'PORT',
    'HOST',
    'FICDEX_DB',
    'FICDEX_API_KEYS',
    'MEILISEARCH_URL',
    'MEILISEARCH_API_KEY',
    'MEILISEARCH_INDEX',
    'MEILI_MASTER_KEY',
  ])('documents %s', (name) => {
    expect(documentedVariables(envExample).get(name)).toBe(true)
  })

  it('holds no real secrets: keys are left blank', () => {
    const secrets = ['MEILI_MASTER_KEY', 'MEILISEARCH_API_KEY', 'FICDEX_API_KEYS']
    for (const name of secrets) expect(envExample).toMatch(new RegExp(`^${name}=$`, 'm'))
  })
})

describe('Dockerfile', () => {
  it('pins its base image to a Node minor version', () => {
    const [from = ''] = instructions('FROM')
    expect(from).toMatch(/^node:\d+\.\d+(\.\d+)?-[a-z-]+$/)
  })

  it('pins pnpm and installs from the lockfile', () => {
    const run = instructions('RUN').join('\n')
    expect(run).toMatch(/pnpm@\d+\.\d+\.\d+/)
    expect(run).toContain('pnpm install --frozen-lockfile')
  })

  it('exposes the port the compose file maps to the server and the server listens on', () => {
    const exposed = instructions('EXPOSE').flatMap((args) =>
      args.split(/\s+/).map((p) => Number.parseInt(p, 10)),
    )
    const server = service('server')
    const mapped = server.ports?.map(containerPort) ?? []
    expect(mapped.length).toBeGreaterThan(0)
    for (const port of mapped) expect(exposed).toContain(port)
    expect(Number(server.environment?.PORT)).toBe(mapped[0])
  })

  it('runs as a non-root user and starts the server', () => {
    const user = instructions('USER').at(-1)
    expect(user).toBeDefined()
    expect(user).not.toMatch(/^(root|0)(:|$)/)
    expect(JSON.parse(instructions('CMD').at(-1) ?? '[]')).toEqual([
      'pnpm',
      '--filter',
      '@ficdex/server',
      'serve',
    ])
  })
})
