import { describe, expect, it } from 'vitest'
import { normalizeWork } from '../normalize/normalize-work.js'
import { readJsonl } from '../read/jsonl.js'
import { SourceError } from '../read/source-error.js'
import type { SourceWork } from '../read/source-work.js'
import { generateWorks } from './generate-corpus.js'

/** The generator's output is only useful if the indexer accepts every line of it as it would a real file. */
describe('generated works through the indexer', () => {
  it.each([
    ['with bodies', true],
    ['metadata only', false],
  ])('read and normalize to valid core works (%s)', async (_name, bodies) => {
    const generated = [...generateWorks({ works: 300, seed: 'valid', bodies })]
    const lines = generated.map((work) => JSON.stringify(work)).join('\n')
    const items = await readJsonl('works-00000.jsonl', Buffer.from(lines))
    const errors = items.filter((item) => item instanceof SourceError).map((error) => error.message)
    expect(errors).toEqual([])
    generated.forEach((source, i) => {
      const work = normalizeWork(items[i] as SourceWork)
      expect(work).toMatchObject({
        id: source.id,
        title: source.title,
        words: source.words,
        kudos: source.kudos,
      })
      expect(work.text.length).toBe(bodies ? Number(source.chapters.split('/')[0]) : 0)
      expect(work.publishedAt).toBe(Date.parse(source.published) / 1000)
    })
  })
})
