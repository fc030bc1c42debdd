/**
 * The site's own search key, against the real API in process: its readers are counted as the key, not
 * as the site's one anonymous address.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEmbeddedEngine, type SearchEngine } from '@ficdex/core'
import type { FetchFunction } from '@ficdex/sdk'
import { createApp } from '@ficdex/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSite } from '../src/app.js'

const SEARCH_KEY = 'site-test-search-key-0123456789'
const SECRET = 'search-key-test-session-secret-0123456789'

let dir: string
let engine: SearchEngine
let api: ReturnType<typeof createApp>
/** Every call the site made to the API: its Authorization header, and what remained of its rate limit. */
const calls: { authorization: string | null; remaining: string | null }[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ficdex-site-key-'))
  engine = await openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
  api = createApp({
    engine,
    apiKeys: [{ scope: 'search', key: SEARCH_KEY }],
    rateLimit: { limit: 10, windowMs: 60_000 },
    logger: { error() {} },
  })
})
afterAll(async () => {
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

const toApi: FetchFunction = async (url, init) => {
  const res = await api.request(url, init)
  calls.push({
    authorization: new Headers(init.headers).get('Authorization'),
    remaining: res.headers.get('RateLimit-Remaining'),
  })
  return res
}

const load = async (site: ReturnType<typeof createSite>) =>
  (await site.request('http://site.test/?q=ferry')).status

describe('the site’s search key', () => {
  it('is sent for readers who are not signed in, who are then counted as the key', async () => {
    const anonymous = createSite({ apiUrl: 'http://api.test', fetch: toApi, sessionSecret: SECRET })
    const keyed = createSite({
      apiUrl: 'http://api.test',
      fetch: toApi,
      searchKey: SEARCH_KEY,
      sessionSecret: SECRET,
    })
    // Two visitors each: without the key they draw on the site's one address, with it on the key's limit.
    expect([await load(anonymous), await load(anonymous)]).toEqual([200, 200])
    expect(calls.splice(0)).toEqual([
      { authorization: null, remaining: '9' },
      { authorization: null, remaining: '8' },
    ])
    expect([await load(keyed), await load(keyed)]).toEqual([200, 200])
    expect(calls.splice(0)).toEqual([
      { authorization: `Bearer ${SEARCH_KEY}`, remaining: '9' },
      { authorization: `Bearer ${SEARCH_KEY}`, remaining: '8' },
    ])
  })
})
