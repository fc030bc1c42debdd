import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childProcessesOf } from '../../test/helpers/child-processes.js'
import { listeningUrl } from '../../test/helpers/listening-url.js'
import { bundleServe } from '../bundle/bundle-server.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-processes-'))
/** `serve.ts` as the `serve` script runs it. */
let serve: string
beforeAll(async () => {
  serve = await bundleServe(join(dir, 'dist'))
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function start(env: Record<string, string>): {
  child: ChildProcess
  output: () => string
  url: Promise<string>
} {
  const child = spawn(process.execPath, [serve], {
    env: {
      ...process.env,
      FICDEX_DB: join(dir, 'ficdex.db'),
      HOST: '127.0.0.1',
      MEILISEARCH_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return { child, ...listeningUrl(child) }
}

/** Pids of the live serving processes whose parent is `pid`. */
const servingChildrenOf = (pid: number): number[] =>
  childProcessesOf(pid)
    .filter((child) => child.cmdline.includes(serve))
    .map((child) => child.pid)

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })

describe('FICDEX_PROCESSES', () => {
  it('serves one port from that many processes, announced once, and stops them all on SIGTERM', async () => {
    const server = start({ PORT: '0', FICDEX_PROCESSES: '2' })
    try {
      const url = await server.url
      const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(`${url}/health`)))
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200])
      const workers = servingChildrenOf(server.child.pid as number)
      expect(workers).toHaveLength(2)
      expect(server.output().match(/listening on/g)).toHaveLength(1)
      expect(server.output()).toContain('2 processes')

      server.child.kill('SIGTERM')
      expect(await exited(server.child)).toBe(0)
      expect(workers.filter((pid) => readdirSync('/proc').includes(String(pid)))).toEqual([])
    } finally {
      server.child.kill('SIGKILL')
    }
  }, 60_000)

  it('exits 1 when the processes cannot listen', async () => {
    const taken: Server = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as { port: number }).port
    const server = start({ PORT: String(port), FICDEX_PROCESSES: '2' })
    try {
      expect(await exited(server.child)).toBe(1)
      expect(server.output()).toContain('is in use')
    } finally {
      server.child.kill('SIGKILL')
      taken.close()
    }
  }, 60_000)
})
