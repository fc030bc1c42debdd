import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  defaultVocabulary,
  openEmbeddedEngine,
  SearchQuery,
  type Work,
  type WorkPreparer,
} from '@ficdex/core'
import { describe, expect, it, vi } from 'vitest'
import { generateCorpus } from '../generate/generate-corpus.js'
import { FileTagger, filesAhead, startTagWorker, type TagFile } from './file-tagger.js'
import { fromFileMessage, readAndTag, type TaggedItem, toFileMessage, toMessage } from './read-and-tag.js'
import type { TagReply, TagRequest } from './tag-worker.js'

// Counts the files read and tagged on this (the writing) thread; a tagging thread loads its own copy.
vi.mock('./read-and-tag.js', async (actual) => {
  const module = await actual<typeof import('./read-and-tag.js')>()
  return { ...module, readAndTag: vi.fn(module.readAndTag) }
})

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url))

/** Blocks this thread, as a write does, while the tagging threads go on. */
const blockFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** `count` copies of one single-work file in a new directory. */
async function copiedFiles(count: number): Promise<{ dir: string; files: TagFile[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'ficdex-tagger-'))
  const files: TagFile[] = []
  for (let i = 0; i < count; i++) {
    const file = join(dir, `work-${i}.json`)
    await copyFile(join(FIXTURES, 'works', 'single-work.json'), file)
    files.push({ file, shown: `work-${i}.json` })
  }
  return { dir, files }
}

async function fixtureFiles(): Promise<TagFile[]> {
  const names = await readdir(join(FIXTURES, 'works'), { recursive: true, withFileTypes: true })
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ file, shown: relative(FIXTURES, file) }))
}

/** What a run reads of each item: a work with its unwrangled tags, or an error's path, reason and line. */
const observed = (items: TaggedItem[]) => items.map((item) => toMessage(item))

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

  it('stores the same index from works prepared on a thread as from works prepared where written', async () => {
    const files = await fixtureFiles()
    const vocabulary = defaultVocabulary()
    const stored = async (threads: number) => {
      const tagger = new FileTagger(files, vocabulary, threads, { engine: 'embedded' })
      const engine = openEmbeddedEngine({ path: ':memory:', resultCacheSize: 0 })
      try {
        await tagger.started()
        const works: Work[] = []
        for (const index of files.keys()) {
          for (const item of await tagger.take(index)) if (!(item instanceof Error)) works.push(item.work)
        }
        await engine.upsert(works)
        const found = await Promise.all(
          ['the', 'harbour', 'line', 'origin'].map((text) =>
            engine.search(SearchQuery.parse({ text, scope: 'all' })),
          ),
        )
        const ids = [...(await engine.hashes()).keys()].sort()
        return { found, ids, read: await Promise.all(ids.map((id) => engine.get(id, 'all'))) }
      } finally {
        await tagger.close()
        await engine.close()
      }
    }
    const onThread = await stored(1)
    expect(onThread.found.every((result) => result.total > 0)).toBe(true)
    expect(onThread).toEqual(await stored(0))
  }, 60_000)

  it('tags no more than twice what its threads hold in hand ahead of the file being written', async () => {
    const { dir, files } = await copiedFiles(40)
    const tagger = new FileTagger(files, defaultVocabulary(), 1)
    /** The lead once the thread has tagged all it was handed. */
    const settledLead = async () => {
      for (let waited = 0; waited < 10_000; waited += 20) {
        const lead = tagger.lead()
        if (lead.tagged === lead.files) return lead.files
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      throw new Error(`the thread never caught up: ${JSON.stringify(tagger.lead())}`)
    }
    try {
      await tagger.started()
      await tagger.take(0)
      // One thread holds 4 files in hand: 8 files ahead of file 0, never all 39.
      expect(await settledLead()).toBe(8)
      for (const index of [1, 2, 3]) await tagger.take(index)
      expect(await settledLead()).toBe(8)
    } finally {
      await tagger.close()
      await rm(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it('takes a file a thread tagged while the writing thread was blocked, without tagging one itself', async () => {
    const { dir, files } = await copiedFiles(12)
    const tagger = new FileTagger(files, defaultVocabulary(), 1)
    try {
      // Once started, the thread holds files 0-3, and tags them while this thread is blocked.
      await tagger.started()
      blockFor(3_000)
      const before = vi.mocked(readAndTag).mock.calls.length
      expect(await tagger.take(0)).toHaveLength(1)
      expect(vi.mocked(readAndTag).mock.calls.length).toBe(before)
    } finally {
      await tagger.close()
      await rm(dir, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('a tagging thread', () => {
  it('answers the files in the order it was handed them, a large one before a small one read sooner', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ficdex-thread-'))
    const large = await generateCorpus({ works: 400, seed: 'order', outDir: dir, worksPerFile: 400 })
    const worker = startTagWorker({})
    try {
      const answered: number[] = []
      const done = new Promise<void>((resolve) => {
        worker.on('message', (reply: TagReply) => {
          if ('id' in reply) answered.push(reply.id)
          if (answered.length === 2) resolve()
        })
      })
      const requests: TagRequest[] = [
        { id: 0, file: join(dir, large.files[0] as string), shown: 'large.jsonl' },
        { id: 1, file: join(FIXTURES, 'works', 'single-work.json'), shown: 'single-work.json' },
      ]
      for (const request of requests) worker.postMessage(request)
      await done
      expect(answered).toEqual([0, 1])
    } finally {
      await worker.terminate()
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('file messages', () => {
  it('carry what the preparer built for the works, and hand it over with them on arrival', async () => {
    const files = await fixtureFiles()
    const vocabulary = defaultVocabulary()
    const items = (
      await Promise.all(files.map(({ file, shown }) => readAndTag(vocabulary, file, shown)))
    ).flat()
    const adopted: [string[], unknown][] = []
    const preparer: WorkPreparer = {
      prepare: (works) => ({ prepared: works.map((work) => work.id), transfer: [] }),
      adopt: (works, prepared) => adopted.push([works.map((work) => work.id), prepared]),
    }
    const ids = items.flatMap((item) => (item instanceof Error ? [] : [item.work.id]))
    expect(ids.length).toBeGreaterThan(2)
    const skipped = ids[1]
    const { message } = toFileMessage(items, { preparer, skip: (work) => work.id === skipped })
    const arrived = fromFileMessage(structuredClone(message), preparer)
    expect(arrived.map((item) => toMessage(item))).toEqual(items.map((item) => toMessage(item)))
    const prepared = ids.filter((id) => id !== skipped)
    expect(adopted).toEqual([[prepared, prepared]])
  })
})

describe('filesAhead', () => {
  it.each([
    // Writes of 2,000 from files of 1,000 on one thread: the floor of 4 covers them.
    { works: 2000, threads: 1, worksPerFile: 1000, ahead: 4 },
    // Writes of 10,000: each of one thread's files is a tenth of a write, and 2 more.
    { works: 10_000, threads: 1, worksPerFile: 1000, ahead: 12 },
    { works: 10_000, threads: 2, worksPerFile: 1000, ahead: 7 },
    { works: 10_000, threads: 1, worksPerFile: 3000, ahead: 6 },
    { works: 10_000, threads: 1, worksPerFile: 1, ahead: 10_002 },
    // Nothing known yet, or nothing to share: the floor.
    { works: 10_000, threads: 1, worksPerFile: 0, ahead: 4 },
    { works: 0, threads: 1, worksPerFile: 1000, ahead: 4 },
    { works: 10_000, threads: 0, worksPerFile: 1000, ahead: 4 },
  ])(
    '$works works a write, $threads threads, $worksPerFile a file: $ahead files',
    ({ works, threads, worksPerFile, ahead }) => {
      expect(filesAhead(works, threads, worksPerFile)).toBe(ahead)
    },
  )
})
