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
import { createApp } from '@ficdex/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main as searchExample } from '../examples/search.js'
import { createClient, FicdexApiError, FicdexRequestError } from './index.js'

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
let fetchApp: (request: Request) => Promise<Response>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ficdex-sdk-'))
  engine = await openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
  // Stored as the indexer stores works: tags wrangled to their canonical forms, meta tags added.
  const vocabulary = defaultVocabulary()
  await engine.upsert(WORKS.map((w) => wrangleWork(vocabulary, Work.parse(w)).work))
  const app = createApp({
    engine,
    vocabulary,
    apiKeys: [{ scope: 'members', key: MEMBERS_KEY }],
    version: 'sdk-test',
  })
  // In process: the client's requests go straight to the server app, no port involved.
  fetchApp = async (request) => app.fetch(request)
})
afterAll(async () => {
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

const client = (options: { apiKey?: string } = {}) =>
  createClient({ baseUrl: BASE_URL, fetch: fetchApp, ...options })

describe('searchWorks', () => {
  it('searches with typed parameters and returns facets', async () => {
    const result = await client().searchWorks({ fandom: ['Star Trek'], facets: ['fandom', 'relationship'] })
    expect(result.total).toBe(3)
    expect(result.facets.fandom?.values).toEqual([{ value: 'Star Trek', count: 3, selected: 'all' }])
    // Facets count canonical tags: the works were tagged "Kirk/Spock" and "Kirk & Spock".
    expect(result.facets.relationship?.values).toEqual([
      { value: 'James T. Kirk & Spock', count: 1 },
      { value: 'James T. Kirk/Spock', count: 1 },
    ])
  })

  it('sends lists as repeated parameters', async () => {
    const result = await client().searchWorks({
      fandom_any: ['Star Trek', 'Pride and Prejudice'],
      complete: true,
    })
    expect(result.hits.map((hit) => hit.work.id).sort()).toEqual(['austen-1', 'trek-1', 'trek-2'])
  })

  it('pages, and the links lead to the next page', async () => {
    const ficdex = client()
    const first = await ficdex.searchWorks({ sort: 'kudos', per_page: 2 })
    expect(first).toMatchObject({ total: 4, totalPages: 2, page: 1 })
    expect(first.hits.map((hit) => hit.work.kudos)).toEqual([50, 40])
    expect(first.links.next).toBe('/v1/works?sort=kudos&page=2&per_page=2')
    const second = await ficdex.searchWorks({ sort: 'kudos', per_page: 2, page: 2 })
    expect(second.hits.map((hit) => hit.work.kudos)).toEqual([30, 20])
    expect(second.links.prev).toBe('/v1/works?sort=kudos&per_page=2')
  })

  it('sends the API key, which reveals restricted works', async () => {
    expect((await client().searchWorks({ fandom: ['Pride and Prejudice'] })).total).toBe(1)
    expect(
      (await client({ apiKey: MEMBERS_KEY }).searchWorks({ fandom: ['Pride and Prejudice'] })).total,
    ).toBe(2)
  })
})

describe('search', () => {
  it('answers what searchWorks answers for the same search', async () => {
    const ficdex = client()
    const byBody = await ficdex.search({ fandom: 'Star Trek', sort: 'kudos', per_page: 2 })
    const byQuery = await ficdex.searchWorks({ fandom: ['Star Trek'], sort: 'kudos', per_page: 2 })
    expect(byBody).toEqual(byQuery)
  })
})

describe('searchFacetValues', () => {
  it('finds a facet’s values among the works the search finds, with their counts', async () => {
    const found = await client().searchFacetValues('relationship', {
      facet_query: 'kirk',
      fandom: ['Star Trek'],
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
    const found = await client().searchFacetValues('fandom', { fandom_any: ['Star Trek'] })
    expect(found.disjunctive).toBe(true)
    expect(found.values).toEqual([
      { value: 'Star Trek', count: 3, selected: 'any' },
      { value: 'Pride and Prejudice - Jane Austen', count: 1 },
    ])
  })
})

describe('getWork and getChapter', () => {
  it('gets a work and reads its chapters', async () => {
    const ficdex = client()
    const found = await ficdex.getWork('trek-1')
    expect(found).toMatchObject({ id: 'trek-1', fandoms: ['Star Trek'], chapterTitles: ['One', null] })
    expect(await ficdex.getChapter('trek-1', 2)).toEqual({
      workId: 'trek-1',
      number: 2,
      title: null,
      body: 'The second chapter of trek-1.',
      chapterCount: 2,
    })
  })

  it('throws FicdexApiError with the problem’s code and request id for a missing work', async () => {
    const error = await client()
      .getWork('no-such-work')
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
    expect(apiError.message).toContain('no-such-work')
  })

  it('throws FicdexApiError with the invalid fields for a validation failure', async () => {
    const error = await client()
      .getChapter('trek-1', 0)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      body: { errors: [{ location: 'path.n' }] },
    })
  })

  it('throws FicdexApiError for a wrong key', async () => {
    const error = await client({ apiKey: 'wrong-key-0123456789abcdef' })
      .health()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' })
  })
})

describe('searchWorks and search resolve tags', () => {
  it('finds works by a synonym, and by an era range in the body', async () => {
    const ficdex = client()
    const bySynonym = await ficdex.searchWorks({ relationship: ['kirk/spock'] })
    expect(bySynonym.hits.map((hit) => hit.work.id)).toEqual(['trek-1'])
    const byRange = await ficdex.search({
      era_fandom: 'Star Trek: The Original Series',
      era_from: 'Season 1',
      era_to: 'Season 3',
    })
    expect(byRange.total).toBe(0) // no work here is tagged with an era
    expect(byRange.links.self).toContain('era_fandom=Star+Trek')
  })

  it('throws FicdexApiError naming the parameter for an unknown era fandom', async () => {
    const error = await client()
      .searchWorks({ era_fandom: 'Nowhere Show', era_from: 'S1', era_to: 'S2' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      body: { errors: [{ location: 'query.era_fandom' }] },
    })
  })
})

describe('searchTags and getTag', () => {
  it('autocompletes to canonical tags with the works you may see', async () => {
    const { tags } = await client().searchTags({ q: 'kirk/sp', kind: 'relationship', limit: 5 })
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
    const publicTags = (await client().searchTags({ kind: 'fandom' })).tags
    const memberTags = (await client({ apiKey: MEMBERS_KEY }).searchTags({ kind: 'fandom' })).tags
    expect(publicTags.find((tag) => tag.name === pride)?.works).toBe(1)
    expect(memberTags.find((tag) => tag.name === pride)?.works).toBe(2)
  })

  it('gets a tag by a synonym, encoding the "/" in its name', async () => {
    const tag = await client().getTag('relationship', 'Kirk/Spock')
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
      .getTag('freeform', 'No Such Trope At All')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 404, code: 'not_found' })
  })
})

describe('health', () => {
  it('reports the engine and the number of works', async () => {
    expect(await client().health()).toEqual({
      status: 'ok',
      engine: 'embedded',
      works: WORKS.length,
      version: 'sdk-test',
    })
  })
})

describe('request failures', () => {
  it('throws FicdexRequestError with the cause when nothing answers', async () => {
    // Port 9 (discard) on the loopback address: nothing listens there, so the connection is refused.
    const ficdex = createClient({ baseUrl: 'http://127.0.0.1:9' })
    const error = await ficdex.health().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FicdexRequestError)
    expect((error as FicdexRequestError).message).toMatch(/^GET \/health failed/)
    expect((error as FicdexRequestError).cause).toBeInstanceOf(Error)
  })

  it('throws FicdexRequestError when a success answer is not JSON', async () => {
    const ficdex = createClient({
      baseUrl: BASE_URL,
      fetch: async () => new Response('<html>', { status: 200 }),
    })
    await expect(ficdex.health()).rejects.toBeInstanceOf(FicdexRequestError)
  })

  it('throws FicdexApiError without a code when an error answer is not a problem document', async () => {
    const ficdex = createClient({
      baseUrl: BASE_URL,
      fetch: async () => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }),
    })
    const error = await ficdex.health().catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 502,
      code: undefined,
      body: undefined,
      message: 'HTTP 502 Bad Gateway',
    })
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
