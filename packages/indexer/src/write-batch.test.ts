import { Work } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BATCH_SIZE } from './index-report.js'
import { BATCH_TEXT_CHARS, LARGEST_BATCH, textChars, WriteBatch } from './write-batch.js'

const work = (id: number, bodyChars: number): Work =>
  Work.parse({
    id: `w${id}`,
    title: `Work ${id}`,
    rating: 'General Audiences',
    words: 1,
    complete: true,
    text: bodyChars === 0 ? [] : [{ title: 'One', body: 'x'.repeat(bodyChars) }],
  })

/** Works added to a batch over an index of `indexed` works until it says it is full. */
function worksUntilFull(batch: WriteBatch, bodyChars: number, limit = 3 * LARGEST_BATCH): number {
  const one = work(0, bodyChars)
  for (let n = 1; n <= limit; n++) {
    batch.add(one)
    if (batch.full) return n
  }
  return Number.POSITIVE_INFINITY
}

describe('WriteBatch', () => {
  it.each([
    { indexed: 0, bodyChars: 0, full: DEFAULT_BATCH_SIZE },
    { indexed: 150_000, bodyChars: 0, full: DEFAULT_BATCH_SIZE },
    // A hundredth of the works indexed, counting those in the batch: n = floor((400,000 + n) / 100).
    { indexed: 400_000, bodyChars: 0, full: 4040 },
    { indexed: 1_000_000, bodyChars: 0, full: LARGEST_BATCH },
    { indexed: 5_000_000, bodyChars: 0, full: LARGEST_BATCH },
    // The text closes it first: 20,000 characters a work (and the chapter title's 3).
    { indexed: 1_000_000, bodyChars: 20_000, full: Math.ceil(BATCH_TEXT_CHARS / 20_003) },
    { indexed: 0, bodyChars: 100_000, full: Math.ceil(BATCH_TEXT_CHARS / 100_003) },
  ])(
    'over $indexed works, with $bodyChars characters each, is full at $full',
    ({ indexed, bodyChars, full }) => {
      expect(worksUntilFull(new WriteBatch(indexed), bodyChars)).toBe(full)
    },
  )

  it('grows as it is written: the works it hands over count as indexed', () => {
    const batch = new WriteBatch(490_000)
    expect(worksUntilFull(batch, 0)).toBe(4949)
    expect(batch.take()).toHaveLength(4949)
    expect(batch.size).toBe(0)
    // 494,949 indexed now.
    expect(worksUntilFull(batch, 0)).toBe(4999)
  })

  it('holds a fixed size exactly, whatever the index or the text', () => {
    for (const bodyChars of [0, 1_000_000]) {
      expect(worksUntilFull(new WriteBatch(1_000_000, 3), bodyChars)).toBe(3)
    }
    expect(worksUntilFull(new WriteBatch(0, 0), 0)).toBe(1)
  })

  it('expects the size the text of the works so far allows', () => {
    const batch = new WriteBatch(1_000_000)
    expect(batch.expectedSize()).toBe(LARGEST_BATCH)
    batch.add(work(1, 48_000))
    batch.add(work(2, 0))
    // 24,001.5 characters a work on average.
    expect(batch.expectedSize()).toBe(Math.ceil(BATCH_TEXT_CHARS / 24_001.5))
    expect(new WriteBatch(0, 7).expectedSize()).toBe(7)
  })

  it('counts chapter titles and bodies as text', () => {
    const chapters = Work.parse({
      ...work(1, 0),
      text: [{ title: 'Ab', body: 'cde' }, { body: 'fg' }],
    })
    expect(textChars(chapters)).toBe(7)
    expect(textChars(work(2, 0))).toBe(0)
  })
})
