import { describe, expect, it } from 'vitest'
import { NdjsonBatcher, ndjsonBatches } from './batches.js'

const docs = (n: number, text = 'x') => Array.from({ length: n }, (_, i) => ({ id: `w${i}`, text }))
const parseBody = (body: string) => body.split('\n').map((line) => JSON.parse(line))

describe('ndjsonBatches', () => {
  it('yields nothing for no documents', () => {
    expect([...ndjsonBatches([], { maxDocuments: 10, maxBytes: 1000 })]).toEqual([])
  })

  it.each([
    [0, 3, []],
    [1, 3, [1]],
    [3, 3, [3]],
    [7, 3, [3, 3, 1]],
    [1000, 1000, [1000]],
    [2500, 1000, [1000, 1000, 500]],
  ])('%d documents at %d per batch → %j', (n, maxDocuments, counts) => {
    const batches = [...ndjsonBatches(docs(n), { maxDocuments, maxBytes: Number.MAX_SAFE_INTEGER })]
    expect(batches.map((b) => b.count)).toEqual(counts)
  })

  it('keeps every document, in order, one JSON document per line', () => {
    const input = [...docs(5), { id: 'nl', text: 'line1\nline2\r\n"quoted"' }, ...docs(4, '🦊')]
    const batches = [...ndjsonBatches(input, { maxDocuments: 3, maxBytes: 10_000 })]
    expect(batches.flatMap((b) => parseBody(b.body))).toEqual(input)
  })

  it('closes a batch before it would exceed the byte limit, counting UTF-8 bytes and newlines', () => {
    const line = JSON.stringify({ id: 'w0', text: 'é' })
    const size = Buffer.byteLength(line)
    expect(size).toBe(line.length + 1)
    const batches = [...ndjsonBatches(docs(5, 'é'), { maxDocuments: 100, maxBytes: size * 2 + 1 })]
    expect(batches.map((b) => b.count)).toEqual([2, 2, 1])
    for (const batch of batches) {
      expect(batch.bytes).toBe(Buffer.byteLength(batch.body))
      expect(batch.bytes).toBeLessThanOrEqual(size * 2 + 1)
    }
  })

  it('sends a document larger than the byte limit alone rather than dropping it', () => {
    const input = [{ id: 'a' }, { id: 'big', text: 'x'.repeat(500) }, { id: 'b' }]
    const batches = [...ndjsonBatches(input, { maxDocuments: 10, maxBytes: 100 })]
    expect(batches.map((b) => parseBody(b.body).map((d) => d.id))).toEqual([['a'], ['big'], ['b']])
  })
})

describe('NdjsonBatcher', () => {
  it.each([
    [{ maxDocuments: 0, maxBytes: 1 }],
    [{ maxDocuments: 1.5, maxBytes: 1 }],
    [{ maxDocuments: 1, maxBytes: 0 }],
    [{ maxDocuments: 1, maxBytes: Number.NaN }],
  ])('rejects limits %j', (limits) => {
    expect(() => new NdjsonBatcher(limits)).toThrow(RangeError)
  })

  it('is empty again after a flush', () => {
    const batcher = new NdjsonBatcher({ maxDocuments: 5, maxBytes: 1000 })
    expect(batcher.push({ id: 'a' })).toBeNull()
    expect(batcher.flush()).toEqual({ body: '{"id":"a"}', count: 1, bytes: 10 })
    expect(batcher.flush()).toBeNull()
  })
})
