/**
 * The `serve` script as `pnpm start`, a container or a service manager runs it: pnpm, the build, then
 * Node. A stop signal sent to pnpm must reach the server, which then closes cleanly; a shell left
 * between them would die alone and leave the server running unstopped.
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { childProcessesOf } from '../test/helpers/child-processes.js'
import { listeningUrl } from '../test/helpers/listening-url.js'

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'ficdex-serve-script-'))
let pnpm: ChildProcess | undefined
afterAll(() => {
  pnpm?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

describe('the serve script', () => {
  it('hands its process to the server: SIGTERM to pnpm closes the server, which leaves nothing running', async () => {
    pnpm = spawn('pnpm', ['--silent', 'serve'], {
      cwd: PACKAGE_DIR,
      env: {
        ...process.env,
        FICDEX_DB: join(dir, 'ficdex.db'),
        PORT: '0',
        HOST: '127.0.0.1',
        MEILISEARCH_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise<void>((resolve) => pnpm?.once('exit', () => resolve()))
    const { url, output } = listeningUrl(pnpm)
    await url
    const server = childProcessesOf(pnpm.pid as number)
    expect(server.map((child) => child.cmdline.split('\0')[0])).toEqual(['node'])

    pnpm.kill('SIGTERM')
    await exited
    expect(output()).toContain('SIGTERM: closing')
    expect(existsSync(`/proc/${server[0]?.pid}`)).toBe(false)
  }, 60_000)
})
