import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readText } from './text.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ficdex-text-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function read(files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  const path = join(dir, 'story.txt')
  return readText(path, Buffer.from(files['story.txt'] ?? ''))
}

describe('readText', () => {
  it('reads plain text as one chapter without metadata', async () => {
    expect(await read({ 'story.txt': '\n\nFirst.\n\nSecond.\n\n' })).toMatchObject([
      { fields: {}, chapters: [{ body: 'First.\n\nSecond.' }] },
    ])
  })

  it('reads front matter', async () => {
    expect(await read({ 'story.txt': '---\ntitle: T\n---\nText' })).toMatchObject([
      { fields: { title: 'T' } },
    ])
  })

  const sidecars: [name: string, file: string, content: string][] = [
    ['story.yaml', 'story.yaml', 'title: From YAML\n'],
    ['story.yml', 'story.yml', 'title: From YAML\n'],
    ['story.json', 'story.json', '{ "title": "From YAML" }'],
    ['story.txt.yaml', 'story.txt.yaml', 'title: From YAML\n'],
  ]
  it.each(sidecars)('reads a sidecar named %s', async (_name, file, content) => {
    expect(await read({ 'story.txt': 'Text', [file]: content })).toMatchObject([
      { fields: { title: 'From YAML' } },
    ])
  })

  it('rejects front matter and a sidecar together', async () => {
    await expect(read({ 'story.txt': '---\ntitle: T\n---\nText', 'story.yaml': 'title: U' })).rejects.toThrow(
      /story\.txt: has both front matter and a sidecar \(.*story\.yaml\); keep one of them/,
    )
  })

  it('rejects two sidecars', async () => {
    await expect(read({ 'story.txt': 'Text', 'story.yaml': 'a: 1', 'story.json': '{}' })).rejects.toThrow(
      /more than one sidecar/,
    )
  })

  it('names the sidecar when it is broken', async () => {
    await expect(read({ 'story.txt': 'Text', 'story.yaml': 'title: [a' })).rejects.toThrow(
      /story\.yaml: invalid YAML in sidecar/,
    )
  })
})
