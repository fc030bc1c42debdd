import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultVocabulary } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { FileTagger, type TagFile } from './file-tagger.js'
import { readAndTag, type TaggedItem, toMessage } from './read-and-tag.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url))

async function fixtureFiles(): Promise<TagFile[]> {
  const names = await readdir(join(FIXTURES, 'works'), { recursive: true, withFileTypes: true })
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ file, shown: relative(FIXTURES, file) }))
}

/** What a run reads of each item: a work with its unwrangled tags, or an error's path, reason and line. */
const observed = (items: TaggedItem[]) => items.map(toMessage)

describe('FileTagger', () => {
  it('gives each file the works and errors it gives on the writing thread, when a thread read it', async () => {
    const files = await fixtureFiles()
    const vocabulary = defaultVocabulary()
    const tagger = new FileTagger(files, vocabulary, 1)
    try {
      await tagger.started()
      for (const [index, { file, shown }] of files.entries()) {
        expect(observed(await tagger.take(index)), shown).toEqual(
          observed(await readAndTag(vocabulary, file, shown)),
        )
      }
    } finally {
      await tagger.close()
    }
    // The fixtures hold good works and bad records alike: both crossed the thread boundary.
    const all = await Promise.all(files.map(({ file, shown }) => readAndTag(vocabulary, file, shown)))
    expect(all.flat().some((item) => item instanceof Error)).toBe(true)
    expect(all.flat().some((item) => !(item instanceof Error))).toBe(true)
  }, 60_000)

  it('reads every file on the writing thread when it has no threads', async () => {
    const files = await fixtureFiles()
    const vocabulary = defaultVocabulary()
    const tagger = new FileTagger(files, vocabulary, 0)
    const first = files[0] as TagFile
    expect(await tagger.take(0)).toEqual(await readAndTag(vocabulary, first.file, first.shown))
    await tagger.close()
  })
})
