/**
 * `serve.ts` as it runs in production (bundled, as the `serve` script runs it): a real child process on a real port over a real database file,
 * stopped with SIGTERM while a request is still arriving.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { listeningUrl } from '../test/helpers/listening-url.js'
import { bundleServe } from './bundle/bundle-server.js'

const bundleDir = mkdtempSync(join(tmpdir(), 'ficdex-serve-bundle-'))
let serve: string
beforeAll(async () => {
  serve = await bundleServe(bundleDir)
}, 60_000)
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }))

let dir: string
let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

/** Starts the server on a free port; resolves with its port once it listens. */
async function startServer(db: string): Promise<{ port: number; output: () => string }> {
  child = spawn(process.execPath, [serve], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FICDEX_DB: db, FICDEX_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const { url, output } = listeningUrl(child)
  return { port: Number(new URL(await url).port), output }
}

const refused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve('accepted')
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
  })

describe('serve.ts', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ficdex-serve-'))
    const db = join(dir, 'ficdex.db')
    const { port, output } = await startServer(db)
    expect(existsSync(`${db}-wal`)).toBe(true)

    const body = JSON.stringify({ q: 'ferry', facets: ['fandom'] })
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/works/search',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
          })
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        },
      )
      req.on('error', reject)
      // Half the body now: the request is in flight when the signal comes.
      req.write(body.slice(0, 5))
      const rest = () => req.end(body.slice(5))
      child?.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('SIGTERM')) setTimeout(rest, 300)
      })
    })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve))
    child?.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(await refused(port)).toBe('ECONNREFUSED')

    const { status, body: text } = await answer
    expect(status).toBe(200)
    expect(JSON.parse(text)).toMatchObject({ total: 0, hits: [] })
    expect(await exited).toBe(0)
    expect(output()).toContain('SIGTERM: closing')
    // The last connection to a WAL database checkpoints and removes the log as it closes.
    expect(existsSync(`${db}-wal`)).toBe(false)
  }, 30_000)
})
