import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  defaultVocabulary,
  openEmbeddedEngine,
  type SearchEngine,
  Work,
  type WorkInput,
  wrangleWork,
} from '@ficdex/core'
import { createApp, signMemberToken } from '@ficdex/server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { main as searchExample } from '../examples/search.js'
import packageJson from '../package.json' with { type: 'json' }
import {
  createClient,
  type FetchFunction,
  FicdexApiError,
  FicdexRequestError,
  FicdexTimeoutError,
  SDK_VERSION,
  type SearchHit,
  type TokenSource,
} from './index.js'

const BASE_URL = 'http://ficdex.test'
const MEMBERS_KEY = 'members-sdk-key-0123456789'

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000
const work = (id: string, fandom: string, kudos: number, extra: Partial<WorkInput> = {}): WorkInput => ({
  id,
  title: `Work ${id}`,
  authors: ['tester'],
  fandoms: [fandom],
  words: 1000 + kudos,
  complete: true,
  publishedAt: at('2020-01-01'),
  updatedAt: at('2020-02-01'),
  kudos,
  text: [{ title: 'One', body: `The first chapter of ${id}.` }, { body: `The second chapter of ${id}.` }],
  ...extra,
})

const WORKS = [
  work('trek-1', 'Star Trek', 50, { relationships: ['Kirk/Spock'] }),
  work('trek-2', 'Star Trek', 40, { relationships: ['Kirk & Spock'] }),
  work('trek-3', 'Star Trek', 30, { complete: false }),
  work('austen-1', 'Pride and Prejudice', 20, { relationships: ['Elizabeth Bennet/Fitzwilliam Darcy'] }),
  work('austen-locked', 'Pride and Prejudice', 10, { visibility: 'restricted' }),
]

let dir: string
let engine: SearchEngine
let fetchApp: FetchFunction

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ficdex-sdk-'))
  engine = await openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
  // Stored as the indexer stores works: tags wrangled to their canonical forms, meta tags added.
  const vocabulary = defaultVocabulary()
  await engine.upsert(WORKS.map((w) => wrangleWork(vocabulary, Work.parse(w)).work))
  const app = createApp({
    engine,
    vocabulary,
    apiKeys: [
      { scope: 'members', key: MEMBERS_KEY },
      { scope: 'admin', key: ADMIN_KEY },
    ],
    tokenSecret: TOKEN_SECRET,
  })
  // In process: the client's requests go straight to the server app, no port involved.
  fetchApp = async (url, init) => app.fetch(new Request(url, init))
})
afterAll(async () => {
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Requests as the app received them, for checks on what the client sends. */
let received: Request[] = []
const TOKEN_SECRET = 'sdk-test-token-secret-0123456789abcdef'
const ADMIN_KEY = 'sdk-test-admin-key-0123456789'
const client = (options: { apiKey?: string; token?: TokenSource; maxRetries?: number } = {}) =>
  createClient({
    baseUrl: BASE_URL,
    fetch: (url, init) => {
      received.push(new Request(url, init))
      return fetchApp(url, init)
    },
    ...options,
  })
beforeEach(() => {
  received = []
})

describe('works.search', () => {
  it('searches with the query model and returns the facets asked for', async () => {
    const result = await client().works.search({ fandom: ['Star Trek'], facets: ['fandom', 'relationship'] })
    expect(result.total).toBe(3)
    expect(result.facets.fandom.values).toEqual([{ value: 'Star Trek', count: 3, selected: 'all' }])
    // Facets count canonical tags: the works were tagged "Kirk/Spock" and "Kirk & Spock".
    expect(result.facets.relationship.values).toEqual([
      { value: 'James T. Kirk & Spock', count: 1 },
      { value: 'James T. Kirk/Spock', count: 1 },
    ])
  })

  it('counts languages as the lang facet, typed as asked for', async () => {
    const result = await client().works.search({ lang: 'en', facets: ['lang'] })
    expect(result.facets.lang.values[0]).toMatchObject({ value: 'en', selected: 'any' })
    expect(result.facets.lang.disjunctive).toBe(true)
  })

  it('takes one value where a list is accepted, and sends lists as repeated parameters', async () => {
    const ficdex = client()
    const one = await ficdex.works.search({ relationship: 'kirk/spock', facets: 'fandom' })
    expect(one.hits.map((hit) => hit.work.id)).toEqual(['trek-1'])
    expect(one.facets.fandom.values).toEqual([{ value: 'Star Trek', count: 1 }])
    const many = await ficdex.works.search({
      fandom_any: ['Star Trek', 'Pride and Prejudice'],
      complete: true,
    })
    expect(many.hits.map((hit) => hit.work.id).sort()).toEqual(['austen-1', 'trek-1', 'trek-2'])
    expect(new URL(received[1]!.url).search).toBe(
      '?fandom_any=Star+Trek&fandom_any=Pride+and+Prejudice&complete=true',
    )
  })

  it('sends the API key, which reveals restricted works', async () => {
    expect((await client().works.search({ fandom: 'Pride and Prejudice' })).total).toBe(1)
    expect(
      (await client({ apiKey: MEMBERS_KEY }).works.search({ fandom: 'Pride and Prejudice' })).total,
    ).toBe(2)
  })

  it('says which parameter failed and why, with an errors getter', async () => {
    const error = await client()
      .works.search({ per_page: 500 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexApiError)
    const apiError = error as FicdexApiError
    expect(apiError.message).toBe('GET /v1/works: query.per_page: Too big: expected number to be <=100')
    expect(apiError.errors).toEqual([
      { location: 'query.per_page', message: 'Too big: expected number to be <=100' },
    ])
    expect(apiError).toMatchObject({ status: 400, code: 'validation_failed' })
  })

  it('names a parameter the API does not know, for callers without the types', async () => {
    const error = (await client()
      .works.search({ relationships: 'Addek' } as never)
      .catch((e: unknown) => e)) as FicdexApiError
    expect(error.errors).toEqual([{ location: 'query.relationships', message: 'Unknown parameter' }])
  })
})

describe('works.iterate', () => {
  it('yields every hit across pages, following links.next, by cursor where the order allows', async () => {
    const ids: string[] = []
    for await (const { work } of client().works.iterate({ sort: 'kudos', per_page: 2 })) ids.push(work.id)
    expect(ids).toEqual(['trek-1', 'trek-2', 'trek-3', 'austen-1'])
    const sent = received.map((request) => new URL(request.url).searchParams)
    expect(sent[0]?.toString()).toBe('per_page=2&sort=kudos&cursor=*')
    expect(sent.slice(1).every((params) => (params.get('cursor') ?? '*') !== '*')).toBe(true)
    expect(sent.every((params) => !params.has('page'))).toBe(true)
  })

  it('pages by number for a relevance search of text', async () => {
    for await (const _ of client().works.iterate({ q: 'the', per_page: 1 })) break
    expect(new URL(received[0]!.url).searchParams.has('cursor')).toBe(false)
  })

  it('asks for 100 hits a page unless told, and stops when the caller does', async () => {
    const hits: SearchHit[] = []
    for await (const hit of client().works.iterate({ fandom: 'Star Trek' })) {
      hits.push(hit)
      break
    }
    expect(hits).toHaveLength(1)
    expect(received).toHaveLength(1)
    expect(new URL(received[0]!.url).searchParams.get('per_page')).toBe('100')
  })

  it('yields nothing for a search without hits', async () => {
    const hits: SearchHit[] = []
    for await (const hit of client().works.iterate({ fandom: 'No Such Fandom' })) hits.push(hit)
    expect(hits).toEqual([])
  })
})

describe('works.facetValues', () => {
  it('finds a facet’s values among the works the search finds, with their counts', async () => {
    const found = await client().works.facetValues('relationship', {
      facet_query: 'kirk',
      fandom: 'Star Trek',
    })
    expect(found).toEqual({
      kind: 'relationship',
      facetQuery: 'kirk',
      values: [
        { value: 'James T. Kirk & Spock', count: 1 },
        { value: 'James T. Kirk/Spock', count: 1 },
      ],
      more: false,
      disjunctive: false,
    })
  })

  it('counts a kind filtered with any-of values as if that filter were absent', async () => {
    const found = await client().works.facetValues('fandom', { fandom_any: ['Star Trek'] })
    expect(found.disjunctive).toBe(true)
    expect(found.values).toEqual([
      { value: 'Star Trek', count: 3, selected: 'any' },
      { value: 'Pride and Prejudice - Jane Austen', count: 1 },
    ])
  })
})

describe('works.get and works.chapter', () => {
  it('gets a work and reads its chapters', async () => {
    const ficdex = client()
    const found = await ficdex.works.get('trek-1')
    expect(found).toMatchObject({ id: 'trek-1', fandoms: ['Star Trek'], chapterTitles: ['One', null] })
    expect(await ficdex.works.chapter('trek-1', 2)).toEqual({
      workId: 'trek-1',
      number: 2,
      title: null,
      body: 'The second chapter of trek-1.',
      chapterCount: 2,
    })
  })

  it('throws FicdexApiError with the problem’s code and request id for a missing work', async () => {
    const error = await client()
      .works.get('no-such-work')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexApiError)
    const apiError = error as FicdexApiError
    expect(apiError).toMatchObject({
      status: 404,
      code: 'not_found',
      body: { status: 404, code: 'not_found' },
    })
    expect(apiError.requestId).toBe(apiError.response.headers.get('x-request-id'))
    expect(apiError.requestId).toBeTruthy()
    expect(apiError.message).toMatch(/^GET \/v1\/works\/no-such-work: Not found: .*no-such-work/)
    expect(apiError.errors).toEqual([])
  })

  it('throws FicdexApiError with the invalid fields for a validation failure', async () => {
    const error = await client()
      .works.chapter('trek-1', 0)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ location: 'path.n' }] })
  })

  it('throws FicdexApiError for a wrong key', async () => {
    const error = await client({ apiKey: 'wrong-key-0123456789abcdef' })
      .health()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' })
  })
})

describe('era ranges and tag resolution', () => {
  it('finds works by an era range', async () => {
    const byRange = await client().works.search({
      era_fandom: 'Star Trek: The Original Series',
      era_from: 'Season 1',
      era_to: 'Season 3',
    })
    expect(byRange.total).toBe(0) // no work here is tagged with an era
    expect(byRange.links.self).toContain('era_fandom=Star+Trek')
  })

  it('throws FicdexApiError naming the parameter for an unknown era fandom', async () => {
    const error = await client()
      .works.search({ era_fandom: 'Nowhere Show', era_from: 'S1', era_to: 'S2' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ location: 'query.era_fandom' }],
    })
  })
})

describe('tags.search and tags.get', () => {
  it('autocompletes to canonical tags with the works you may see', async () => {
    const { tags } = await client().tags.search({ q: 'kirk/sp', kind: 'relationship', limit: 5 })
    expect(tags.find((tag) => tag.name === 'James T. Kirk/Spock')).toEqual({
      kind: 'relationship',
      name: 'James T. Kirk/Spock',
      matched: 'Kirk/Spock',
      fandoms: expect.any(Array),
      works: 1,
    })
  })

  it('lists the most used tags without text, counted for the key', async () => {
    const pride = 'Pride and Prejudice - Jane Austen'
    const publicTags = (await client().tags.search({ kind: 'fandom' })).tags
    const memberTags = (await client({ apiKey: MEMBERS_KEY }).tags.search({ kind: 'fandom' })).tags
    expect(publicTags.find((tag) => tag.name === pride)?.works).toBe(1)
    expect(memberTags.find((tag) => tag.name === pride)?.works).toBe(2)
  })

  it('gets a tag by a synonym, encoding the "/" in its name', async () => {
    const tag = await client().tags.get('relationship', 'Kirk/Spock')
    expect(tag).toMatchObject({
      kind: 'relationship',
      name: 'James T. Kirk/Spock',
      resolvedFrom: 'Kirk/Spock',
      wrangled: true,
      works: 1,
    })
  })

  it('throws FicdexApiError for an unknown tag', async () => {
    const error = await client()
      .tags.get('freeform', 'No Such Trope At All')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 404, code: 'not_found' })
  })
})

describe('works.put and works.delete', () => {
  const story = {
    title: 'Shore Leave Again',
    fandoms: ['Star Trek'],
    relationships: ['Kirk/Spock'],
    words: 900,
    complete: true,
    publishedAt: 1_600_000_000,
    updatedAt: 1_600_000_000,
    visibility: 'restricted' as const,
    text: [{ body: 'A tribble-shaped cloud over the quillback shore.' }],
  }

  it('a work put with an admin key is found by search at once, and a member token sees it', async () => {
    const admin = client({ apiKey: ADMIN_KEY })
    const result = await admin.works.put('trek-put', story)
    expect(result).toMatchObject({ created: true, changed: true })
    expect(result.work.relationships).toEqual(['James T. Kirk/Spock'])
    expect((await admin.works.search({ q: 'quillback' })).hits.map((hit) => hit.work.id)).toEqual([
      'trek-put',
    ])
    expect((await client().works.search({ q: 'quillback' })).total).toBe(0)
    const token = await signMemberToken({ scope: 'members' }, TOKEN_SECRET, 60)
    expect((await client({ token }).works.search({ q: 'quillback' })).total).toBe(1)
    expect(await admin.works.put('trek-put', story)).toMatchObject({ created: false, changed: false })
    await admin.works.delete('trek-put')
    expect((await admin.works.search({ q: 'quillback' })).total).toBe(0)
    await admin.works.delete('trek-put')
  })

  it('works.batch stores and deletes in one call, reports a bad line by number, and search sees the rest', async () => {
    const admin = client({ apiKey: ADMIN_KEY })
    const { counts, results } = await admin.works.batch([
      { id: 'trek-batch-1', ...story, visibility: 'public' },
      { id: 'trek-batch-2', ...story, visibility: 'public', words: -5 },
      { id: 'trek-batch-3', ...story, visibility: 'public', title: 'Shore Leave Thrice' },
    ])
    expect(counts).toEqual({ created: 2, updated: 0, unchanged: 0, deleted: 0, invalid: 1 })
    expect(results[1]).toMatchObject({ line: 2, id: 'trek-batch-2', status: 'invalid' })
    expect(results[1]?.errors?.[0]?.location).toBe('words')
    const found = await client().works.search({ q: 'quillback' })
    expect(found.hits.map((hit) => hit.work.id).sort()).toEqual(['trek-batch-1', 'trek-batch-3'])
    const removed = await admin.works.batch([
      { id: 'trek-batch-1', delete: true },
      { id: 'trek-batch-3', delete: true },
    ])
    expect(removed.counts.deleted).toBe(2)
    expect((await client().works.search({ q: 'quillback' })).total).toBe(0)
    await expect(client({ apiKey: MEMBERS_KEY }).works.batch([])).rejects.toMatchObject({ status: 403 })
  })

  it('refuses a write without an admin key', async () => {
    await expect(client({ apiKey: MEMBERS_KEY }).works.put('trek-put', story)).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    })
  })
})

describe('member tokens', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a member token sees a restricted work, and the same token after its exp gets 401', async () => {
    const token = await signMemberToken({ scope: 'members', sub: 'reader-1' }, TOKEN_SECRET, 60)
    const ficdex = client({ token })
    expect((await ficdex.works.get('austen-locked')).id).toBe('austen-locked')
    await expect(client().works.get('austen-locked')).rejects.toMatchObject({ status: 404 })
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 61_000)
    const error = await ficdex.works.get('austen-locked').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' })
    expect(String((error as Error).message)).toContain('expired')
  })

  it('asks a token function before every request, so a site can renew tokens', async () => {
    let calls = 0
    const ficdex = client({
      token: () => {
        calls++
        return signMemberToken({ scope: 'members' }, TOKEN_SECRET, 60)
      },
    })
    await ficdex.works.get('austen-locked')
    await ficdex.works.get('austen-locked')
    expect(calls).toBe(2)
    expect(received[0]!.headers.get('authorization')).toMatch(/^Bearer ey/)
  })

  it('refuses an API key and a token together', () => {
    expect(() => createClient({ baseUrl: BASE_URL, apiKey: MEMBERS_KEY, token: 'x.y.z' })).toThrow(TypeError)
  })
})

describe('health', () => {
  it('reports the engine, the number of works the caller may see and the server’s version', async () => {
    expect(await client().health()).toEqual({
      status: 'ok',
      engine: 'embedded',
      works: WORKS.filter((w) => w.visibility !== 'restricted').length,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    })
  })
})

describe('what the client sends', () => {
  it('names itself and its version, in X-Ficdex-Client and in User-Agent', async () => {
    await client().health()
    const [request] = received
    expect(request!.headers.get('x-ficdex-client')).toBe(`ficdex-sdk-js/${SDK_VERSION}`)
    expect(request!.headers.get('user-agent')).toBe(
      `ficdex-sdk-js/${SDK_VERSION} node/${process.versions.node}`,
    )
    expect(request!.headers.get('accept')).toBe('application/json')
  })

  it('states the version package.json states', () => {
    expect(SDK_VERSION).toBe(packageJson.version)
  })
})

describe('request failures', () => {
  it('throws FicdexRequestError with the cause when nothing answers', async () => {
    // Port 9 (discard) on the loopback address: nothing listens there, so the connection is refused.
    const ficdex = createClient({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 })
    const error = await ficdex.health().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexRequestError)
    expect((error as FicdexRequestError).message).toMatch(/^GET \/health failed/)
    expect((error as FicdexRequestError).cause).toBeInstanceOf(Error)
  })

  it('throws FicdexRequestError when a success answer is not JSON, without retrying', async () => {
    let calls = 0
    const ficdex = createClient({
      baseUrl: BASE_URL,
      fetch: async () => {
        calls++
        return new Response('<html>', { status: 200 })
      },
    })
    await expect(ficdex.health()).rejects.toBeInstanceOf(FicdexRequestError)
    expect(calls).toBe(1)
  })

  it('throws FicdexApiError without a code when an error answer is not a problem document', async () => {
    const ficdex = createClient({
      baseUrl: BASE_URL,
      maxRetries: 0,
      fetch: async () => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }),
    })
    const error = await ficdex.health().catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 502,
      code: undefined,
      body: undefined,
      message: 'GET /health: HTTP 502 Bad Gateway',
    })
  })
})

/** A fetch that answers only when the request is aborted, as a server that never replies. */
const neverAnswers = (calls: string[]) => (url: string, init: RequestInit) => {
  calls.push(url)
  const signal = init.signal!
  return new Promise<Response>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  )
}

describe('timeout and signal', () => {
  it('fails a try that takes longer than the timeout with FicdexTimeoutError, after its retries', async () => {
    const calls: string[] = []
    const ficdex = createClient({ baseUrl: BASE_URL, fetch: neverAnswers(calls), timeout: 50, maxRetries: 1 })
    const error = await ficdex.health().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexTimeoutError)
    expect(error).toBeInstanceOf(FicdexRequestError)
    expect((error as Error).message).toBe('GET /health timed out after 50 ms')
    expect(calls).toHaveLength(2)
  })

  it('takes a timeout per call', async () => {
    const calls: string[] = []
    const ficdex = createClient({ baseUrl: BASE_URL, fetch: neverAnswers(calls), maxRetries: 0 })
    const error = await ficdex.health({ timeout: 20 }).catch((e: unknown) => e)
    expect((error as Error).message).toBe('GET /health timed out after 20 ms')
  })

  it('rejects with the signal’s reason when the caller aborts, and does not retry', async () => {
    const calls: string[] = []
    const ficdex = createClient({ baseUrl: BASE_URL, fetch: neverAnswers(calls) })
    const controller = new AbortController()
    const pending = ficdex.works.search({ q: 'x' }, { signal: controller.signal })
    controller.abort(new Error('superseded'))
    await expect(pending).rejects.toThrow('superseded')
    expect(calls).toHaveLength(1)
  })
})

describe('examples/search.ts', () => {
  it('prints a search with facet counts', async () => {
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    try {
      await searchExample(BASE_URL, fetchApp)
    } finally {
      log.mockRestore()
    }
    expect(lines).toEqual([
      '3 complete works; the most kudos first:',
      '  Work trek-1 by tester (50 kudos)',
      '  Work trek-2 by tester (40 kudos)',
      '  Work austen-1 by tester (20 kudos)',
      'By fandom:',
      '  Star Trek: 2',
      '  Pride and Prejudice - Jane Austen: 1',
    ])
  })
})
