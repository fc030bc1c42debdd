import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateCorpus, generateWorks, MANIFEST_FILE } from './generate-corpus.js'
import { FIRST_DAY, LAST_DAY, MAX_TAGS, MAX_WORDS, MIN_TAGS } from './work-generator.js'

const tempDir = () => mkdtemp(join(tmpdir(), 'ficdex-generate-'))

async function readAll(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort()
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)),
  )
}

describe('generateCorpus', () => {
  it('writes byte-identical files for the same options, split by worksPerFile', async () => {
    const options = { works: 250, seed: '42', worksPerFile: 100, freeformsPath: undefined }
    const [a, b] = [await tempDir(), await tempDir()]
    const manifest = await generateCorpus({ ...options, outDir: a })
    await generateCorpus({ ...options, outDir: b })
    expect(manifest.files).toEqual(['works-00000.jsonl', 'works-00001.jsonl', 'works-00002.jsonl'])
    const [filesA, filesB] = [await readAll(a), await readAll(b)]
    expect([...filesA.keys()]).toEqual([MANIFEST_FILE, ...manifest.files])
    expect(filesA).toEqual(filesB)
    expect(filesA.get('works-00002.jsonl')?.trimEnd().split('\n')).toHaveLength(50)
  })

  it('removes the files of an earlier, larger run', async () => {
    const dir = await tempDir()
    await generateCorpus({ works: 30, seed: '1', worksPerFile: 10, outDir: dir, bodies: false })
    await generateCorpus({ works: 5, seed: '1', worksPerFile: 10, outDir: dir, bodies: false })
    expect((await readdir(dir)).sort()).toEqual([MANIFEST_FILE, 'works-00000.jsonl'])
  })
})

describe('generateWorks', () => {
  it('depends on the seed', () => {
    const [a] = generateWorks({ works: 1, seed: 'a', bodies: false })
    const [b] = generateWorks({ works: 1, seed: 'b', bodies: false })
    expect(a).not.toEqual(b)
  })

  it('gives the same metadata with and without bodies, and a smaller corpus is a prefix of a larger one', () => {
    const withBodies = [...generateWorks({ works: 20, seed: '7' })].map(({ body, text, ...meta }) => meta)
    const metadataOnly = [...generateWorks({ works: 40, seed: '7', bodies: false })].slice(0, 20)
    expect(withBodies).toEqual(metadataOnly)
  })

  it('writes bodies of exactly the stated word count, split over the posted chapters', () => {
    for (const work of generateWorks({ works: 200, seed: 'bodies' })) {
      const chapters = work.text ?? [{ body: work.body ?? '' }]
      expect(chapters).toHaveLength(Number(work.chapters.split('/')[0]))
      const words = chapters.reduce(
        (sum, chapter) => sum + chapter.body.split(/\s+/).filter(Boolean).length,
        0,
      )
      expect(words).toBe(work.words)
    }
  })

  describe('distributions over 5,000 works', () => {
    const works = [...generateWorks({ works: 5_000, seed: 'stats', bodies: false })]
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
    const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] as number

    it('has a median word count near 1,500 and none above the cap', () => {
      const words = works.map((work) => work.words)
      expect(median(words)).toBeGreaterThan(1_350)
      expect(median(words)).toBeLessThan(1_650)
      expect(Math.max(...words)).toBeLessThanOrEqual(MAX_WORDS)
    })

    it('tags every work with 3 to 40 distinct tags', () => {
      for (const work of works) {
        const tags = [...work.fandoms, ...work.relationships, ...work.characters, ...work.freeforms]
        expect(tags.length).toBeGreaterThanOrEqual(MIN_TAGS)
        expect(tags.length).toBeLessThanOrEqual(MAX_TAGS)
        expect(new Set(work.freeforms).size).toBe(work.freeforms.length)
        expect(work.fandoms.length).toBeGreaterThanOrEqual(1)
      }
    })

    it('has heavy-tailed fandoms: the largest holds a few percent, most are small', () => {
      const sizes = new Map<string, number>()
      for (const work of works)
        for (const fandom of work.fandoms) sizes.set(fandom, (sizes.get(fandom) ?? 0) + 1)
      const bySize = sorted([...sizes.values()]).reverse()
      expect(bySize[0]! / works.length).toBeGreaterThan(0.03)
      expect(bySize[0]! / works.length).toBeLessThan(0.2)
      expect(bySize.filter((size) => size <= 2).length).toBeGreaterThan(sizes.size / 2)
    })

    it('has power-law kudos with hits well above kudos', () => {
      const kudos = works.map((work) => work.kudos)
      expect(Math.max(...kudos)).toBeGreaterThan(50 * median(kudos))
      expect(median(works.map((work) => work.hits))).toBeGreaterThan(5 * median(kudos))
      for (const work of works) expect(work.hits).toBeGreaterThanOrEqual(work.kudos)
    })

    it('spreads dates over fifteen years, never updated before published', () => {
      const published = works.map((work) => Date.parse(work.published))
      expect(Math.min(...published)).toBeLessThan(FIRST_DAY + 365 * 86_400_000)
      expect(Math.max(...published)).toBeGreaterThan(LAST_DAY - 365 * 86_400_000)
      for (const work of works) expect(work.updated >= work.published).toBe(true)
      expect(Math.max(...works.map((work) => Date.parse(work.updated)))).toBeLessThanOrEqual(LAST_DAY)
    })

    it('marks a work complete exactly when all expected chapters are posted', () => {
      for (const work of works) {
        const [posted, expected] = work.chapters.split('/')
        expect(work.complete).toBe(posted === expected)
      }
    })
  })
})
