import { createServer } from 'node:net'
import { beforeAll, describe, expect, it } from 'vitest'
import { runEngineContract } from '../../engine/contract/index.js'
import type { SearchEngine } from '../../engine/search-engine.js'
import { parseQuery } from '../../model/query.js'
import { MeilisearchEngineError, MeilisearchUnavailableError } from './errors.js'
import { createMeilisearchEngine, type MeilisearchEngine } from './meilisearch-engine.js'

const url = process.env.MEILISEARCH_URL
const apiKey = process.env.MEILISEARCH_API_KEY

/**
 * Cases the Meilisearch engine does not meet, with the reason: one request has no OR and searches one
 * set of attributes. (The side-channel cases run: each scope searches its own copy of what it may see.)
 */
const SKIP: Record<string, string> = {
  'text: OR finds works holding either term':
    'one Meilisearch request has no OR (a QuerySyntaxError, unit-tested)',
  'text: a field scope confines a term to title, author, summary or tags':
    'one Meilisearch request searches one set of attributes; mixed scopes are a QuerySyntaxError',
}

let opened = 0

/** A fresh engine on an index of its own, deleted when the case closes the engine. */
async function openFresh(): Promise<SearchEngine> {
  const engine = createMeilisearchEngine({
    url: url!,
    apiKey,
    index: `ficdex_contract_${process.pid}_${Date.now()}_${opened++}`,
  })
  return dropOnClose(engine)
}

function dropOnClose(engine: MeilisearchEngine): SearchEngine {
  return {
    name: engine.name,
    upsert: (works) => engine.upsert(works),
    apply: (changes) => engine.apply(changes),
    delete: (ids) => engine.delete(ids),
    get: (id, scope) => engine.get(id, scope),
    search: (query) => engine.search(query),
    searchFacet: (query, facet) => engine.searchFacet(query, facet),
    changes: (since, scope, limit) => engine.changes(since, scope, limit),
    hashes: () => engine.hashes(),
    count: () => engine.count(),
    rebuild: (works) => engine.rebuild(works),
    close: async () => {
      await engine.drop()
      await engine.close()
    },
  }
}

if (url) {
  runEngineContract('meilisearch', openFresh, { skip: SKIP })
} else {
  describe.skip('Meilisearch contract suite — skipped: set MEILISEARCH_URL to a Meilisearch ≥ v1.50 server to run it', () => {
    it('runs the shared engine contract against a live server', () => {})
  })
}

describe('createMeilisearchEngine without a server', () => {
  /** A loopback port nothing listens on: connections are refused at once. */
  let closedPort: string

  beforeAll(async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    await new Promise<void>((resolve) => server.close(() => resolve()))
    closedPort = `http://127.0.0.1:${address.port}`
  })

  it('is named meilisearch and uses the works index by default', () => {
    const engine = createMeilisearchEngine({ url: 'http://127.0.0.1:7700' })
    expect(engine.name).toBe('meilisearch')
    expect(engine.index).toBe('works')
  })

  it.each([
    [{ index: 'works.v2' }, /index name/],
    [{ batchSize: 0 }, /maxDocuments/],
    [{ maxBatchBytes: -1 }, /maxBytes/],
    [{ maxTotalHits: 0 }, /maxTotalHits/],
  ])('rejects bad options %j at once', (options, message) => {
    expect(() => createMeilisearchEngine({ url: 'http://127.0.0.1:7700', ...options })).toThrow(message)
  })

  it('reports an unreachable server as unavailable, with the client error as cause', async () => {
    const engine = createMeilisearchEngine({ url: closedPort })
    for (const attempt of [
      () => engine.search(parseQuery({ text: 'harbor' })),
      () => engine.searchFacet(parseQuery({}), { kind: 'fandom', text: 'grey', limit: 10 }),
      () => engine.count(),
      () => engine.upsert([]).then(() => engine.delete(['a'])),
    ]) {
      const error = await attempt().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(MeilisearchUnavailableError)
      expect((error as Error).cause).toMatchObject({ name: 'MeilisearchRequestError' })
    }
  })

  it('refuses to be used after close', async () => {
    const engine = createMeilisearchEngine({ url: closedPort })
    await engine.close()
    await expect(engine.count()).rejects.toThrow(MeilisearchEngineError)
    await expect(engine.upsert([])).rejects.toThrow(/closed/)
  })
})
