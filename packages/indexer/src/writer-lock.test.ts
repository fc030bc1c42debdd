import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { acquireWriterLock } from './writer-lock.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-lock-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('acquireWriterLock', () => {
  it('makes a second writer wait, told once who holds the lock, until the first releases it', async () => {
    const db = join(dir, 'ficdex.db')
    const releaseFirst = await acquireWriterLock(db)
    const waitedFor: number[] = []
    let second: (() => Promise<void>) | undefined
    const waiting = acquireWriterLock(db, { onWait: (pid) => waitedFor.push(pid), pollMs: 10 }).then((r) => {
      second = r
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(second).toBeUndefined()
    expect(waitedFor).toEqual([process.pid])
    await releaseFirst()
    await waiting
    expect(second).toBeDefined()
    await second?.()
  })

  it('takes over a lock left by a process that no longer runs', async () => {
    const db = join(dir, 'ficdex.db')
    const dead = spawn(process.execPath, ['-e', ''])
    const pid = dead.pid as number
    await new Promise((resolve) => dead.on('exit', resolve))
    await writeFile(`${db}.writer.lock`, String(pid))
    const release = await acquireWriterLock(db, { pollMs: 10 })
    await release()
  })
})
