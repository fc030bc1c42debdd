import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isReadable } from './readers.js'
import { walkSources } from './walk.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-walk-'))
  const files = [
    'b.md',
    'README.md',
    'sub/readme.txt',
    'a.txt',
    'a.yaml',
    'lonely.yaml',
    'notes.pdf',
    '.hidden.md',
    '.git/x.md',
    'sub/z.jsonl',
    'sub/c.TXT',
    'sub/c.json',
    'sub/d.json',
  ]
  for (const file of files) {
    await mkdir(join(dir, file, '..'), { recursive: true })
    await writeFile(join(dir, file), '')
  }
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('walkSources', () => {
  it('expands directories sorted, skipping dotfiles, READMEs and sidecars, noting other files', async () => {
    const result = await walkSources([dir], isReadable)
    const rel = (paths: string[]) => paths.map((path) => relative(dir, path))
    expect(rel(result.files)).toEqual(['a.txt', 'b.md', 'sub/c.TXT', 'sub/d.json', 'sub/z.jsonl'])
    expect(rel(result.ignored)).toEqual(['lonely.yaml', 'notes.pdf'])
    expect(result.errors).toEqual([])
  })

  it('keeps named files in the order given, once each, and reports what it cannot walk', async () => {
    const result = await walkSources(
      [
        join(dir, 'b.md'),
        join(dir, 'a.txt'),
        join(dir, 'b.md'),
        join(dir, 'a.yaml'),
        join(dir, 'notes.pdf'),
        join(dir, 'missing.md'),
      ],
      isReadable,
    )
    expect(result.files.map((path) => relative(dir, path))).toEqual(['b.md', 'a.txt'])
    expect(result.errors.map((error) => [relative(dir, error.path), error.reason])).toEqual([
      ['notes.pdf', 'unsupported file type ".pdf"'],
      ['missing.md', 'no such file or directory'],
    ])
  })
})
