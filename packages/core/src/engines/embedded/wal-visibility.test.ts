import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS } from '../../engine/contract/fixtures.js'
import { parseQuery } from '../../model/query.js'
import { openEmbeddedEngine } from './index.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = join(here, '../../../../..')
const dir = mkdtempSync(join(tmpdir(), 'ficdex-wal-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const everything = parseQuery({ scope: 'all', perPage: 100 })

describe('embedded engine on a shared file', () => {
  it('a second engine on the same file sees each committed batch', async () => {
    const path = join(dir, 'two-engines.db')
    const writer = openEmbeddedEngine({ path })
    const reader = openEmbeddedEngine({ path })
    try {
      expect(await reader.count()).toBe(0)
      for (const end of [4, 8, 12]) {
        await writer.upsert(FIXTURE_WORKS.slice(end - 4, end))
        expect(await reader.count()).toBe(end)
        expect((await reader.search(everything)).total).toBe(end)
      }
      await writer.delete(['sh-1'])
      expect(await reader.get('sh-1', 'all')).toBeNull()
      expect((await reader.search(parseQuery({ text: 'marmalade', scope: 'all' }))).total).toBe(0)
    } finally {
      await writer.close()
      await reader.close()
    }
  })

  it('a reader process sees the batches a writer process commits, one at a time', async () => {
    const path = join(dir, 'two-processes.db')
    const reader = openEmbeddedEngine({ path })
    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'wal-writer.testkit.ts'), path, '5'],
      {
        cwd: repoRoot,
      },
    )
    const lines = lineReader(writer)
    try {
      expect(await lines.next()).toBe('ready')
      for (const expected of [5, 10, 12]) {
        writer.stdin.write('next\n')
        expect(await lines.next()).toBe(`committed ${expected}`)
        expect(await reader.count()).toBe(expected)
        const found = await reader.search(everything)
        expect(found.hits.map((h) => h.work.id).sort()).toEqual(
          FIXTURE_WORKS.slice(0, expected)
            .map((w) => w.id)
            .sort(),
        )
      }
      writer.stdin.end()
      expect(await exitCode(writer)).toBe(0)
    } finally {
      writer.kill()
      await reader.close()
    }
  })
})

/** Reads a child's stdout line by line; fails with its stderr if it exits first. */
function lineReader(child: ChildProcessWithoutNullStreams) {
  const queue: string[] = []
  const waiting: ((line: string) => void)[] = []
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  createInterface({ input: child.stdout }).on('line', (line) => {
    const resolve = waiting.shift()
    if (resolve) resolve(line)
    else queue.push(line)
  })
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`writer exited with ${code}: ${stderr}`))),
  )
  // Exiting after the last awaited line is expected; only a pending next() should fail on it.
  exited.catch(() => {})
  return {
    next: (): Promise<string> => {
      const line = queue.shift()
      if (line !== undefined) return Promise.resolve(line)
      return Promise.race([new Promise<string>((resolve) => waiting.push(resolve)), exited])
    },
  }
}

function exitCode(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.on('exit', resolve))
}
