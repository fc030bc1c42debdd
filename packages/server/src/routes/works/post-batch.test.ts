import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ADMIN_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
} from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { BatchResult } from './post-batch.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp({ batchBodyLimit: 64 * 1024 })
})
afterEach(() => t.close())

const work = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Ferry ${id}`,
  fandoms: ["Grey's Anatomy"],
  relationships: ['Addek'],
  words: 1200,
  complete: true,
  publishedAt: 1_609_459_200,
  updatedAt: 1_609_459_200,
  text: [{ body: `The quillback ferry ${id} left at six.` }],
  ...extra,
})

const ndjson = (...lines: unknown[]) =>
  lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')

const post = (body: BodyInit, headers: Record<string, string> = bearer(ADMIN_KEY)) =>
  t.app.request('/v1/works/batch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson', ...headers },
    body,
  })

const idsFound = async (q: string) => {
  const res = await t.app.request(`/v1/works?q=${q}&per_page=100`, { headers: bearer(ADMIN_KEY) })
  const body = (await res.json()) as { hits: { work: { id: string } }[] }
  return body.hits.map((hit) => hit.work.id).sort()
}

describe('POST /v1/works/batch', () => {
  it('stores every good line, names each bad line by number and problem, and reports every line', async () => {
    const res = await post(
      ndjson(
        work('batch-1'),
        '',
        '{"id": "batch-2", "title": ',
        work('batch-3', { title: undefined }),
        [work('batch-4')],
        work('batch 5'),
        work('batch-6', { visibility: 'restricted' }),
        work('batch-1', { title: 'Again' }),
      ),
    )
    expect(res.status).toBe(200)
    const { counts, results } = BatchResult.parse(await res.json())
    expect(counts).toEqual({ created: 2, updated: 0, unchanged: 0, deleted: 0, invalid: 5 })
    expect(results.map(({ line, id, status }) => ({ line, id, status }))).toEqual([
      { line: 1, id: 'batch-1', status: 'created' },
      { line: 3, id: undefined, status: 'invalid' },
      { line: 4, id: 'batch-3', status: 'invalid' },
      { line: 5, id: undefined, status: 'invalid' },
      { line: 6, id: 'batch 5', status: 'invalid' },
      { line: 7, id: 'batch-6', status: 'created' },
      { line: 8, id: 'batch-1', status: 'invalid' },
    ])
    const errors = Object.fromEntries(results.map((r) => [r.line, r.errors?.map((e) => e.location)]))
    expect(errors).toMatchObject({ 3: ['line'], 4: ['title'], 5: ['line'], 6: ['id'], 8: ['id'] })
    expect(results[1]!.errors![0]!.message).toMatch(/^Not JSON/)
    expect(results[6]!.errors![0]!.message).toMatch(/already on line 1/)
    expect(await idsFound('quillback')).toEqual(['batch-1', 'batch-6'])
  })

  it('wrangles and infers tags as PUT does, and is idempotent', async () => {
    await post(ndjson(work('batch-1')))
    const stored = (await (await t.app.request('/v1/works/batch-1')).json()) as { relationships: string[] }
    expect(stored.relationships).toEqual(['Addison Montgomery/Derek Shepherd'])
    const again = BatchResult.parse(
      await (await post(ndjson(work('batch-1'), work('batch-2', { title: 'New' })))).json(),
    )
    expect(again.results.map((r) => r.status)).toEqual(['unchanged', 'created'])
    const edited = BatchResult.parse(await (await post(ndjson(work('batch-2', { title: 'Edit' })))).json())
    expect(edited.results.map((r) => r.status)).toEqual(['updated'])
  })

  it('deletes works named by delete lines in the same write', async () => {
    await post(ndjson(work('batch-1'), work('batch-2')))
    const res = await post(
      ndjson({ id: 'batch-1', delete: true }, work('batch-3'), { id: 'never-was', delete: true }),
    )
    expect(BatchResult.parse(await res.json()).counts).toMatchObject({ deleted: 2, created: 1 })
    expect(await idsFound('quillback')).toEqual(['batch-2', 'batch-3'])
    const bad = BatchResult.parse(await (await post(ndjson({ id: 'batch-2', delete: 'yes' }))).json())
    expect(bad.results[0]).toMatchObject({ status: 'invalid', errors: [{ location: 'delete' }] })
  })

  it('writes the batch in one write: a reader sees none of it or all of it', async () => {
    const apply = vi.spyOn(t.engine, 'apply')
    const upsert = vi.spyOn(t.engine, 'upsert')
    await post(ndjson(work('batch-1'), work('batch-2'), { id: 'seed-x', delete: true }))
    expect(apply).toHaveBeenCalledTimes(1)
    expect(apply.mock.calls[0]![0].upsert.map((w) => w.id)).toEqual(['batch-1', 'batch-2'])
    expect(upsert).not.toHaveBeenCalled()
  })

  it('reads a body that arrives in pieces, lines split across them', async () => {
    const text = `${ndjson(work('batch-1'), work('batch-2'))}\r\n`
    const bytes = new TextEncoder().encode(text)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7))
        controller.close()
      },
    })
    const res = await t.app.request('/v1/works/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson', ...bearer(ADMIN_KEY) },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(BatchResult.parse(await res.json()).counts.created).toBe(2)
  })

  it('answers 413 past the size limit, closes the connection and writes nothing', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => work(`big-${i}`, { summary: 'x'.repeat(400) }))
    const res = await post(ndjson(...lines))
    await expectProblem(res, { status: 413, code: 'payload_too_large' })
    expect(res.headers.get('connection')).toBe('close')
    expect(await idsFound('quillback')).toEqual([])
  })

  it.each([
    ['no key', {}, 401, 'unauthorized'],
    ['a members key', bearer(MEMBERS_KEY), 403, 'forbidden'],
  ] as const)('refuses %s before reading the body', async (_name, headers, status, code) => {
    await expectProblem(await post(ndjson(work('batch-1')), headers), { status, code })
    expect(await idsFound('quillback')).toEqual([])
  })

  it('answers 415 for a body that is not NDJSON and 400 for an empty one', async () => {
    await expectProblem(
      await post(ndjson(work('batch-1')), { ...bearer(ADMIN_KEY), 'Content-Type': 'application/json' }),
      { status: 415, code: 'unsupported_media_type' },
    )
    await expectProblem(await post('\n\n'), { status: 400, code: 'bad_request' })
  })
})
