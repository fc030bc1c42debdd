import { describe, expect, it } from 'vitest'
import { DEFAULT_SEARCH_TIMEOUT_MS, readConfig, type ServerConfig } from './env.js'
import { DEFAULT_CONCURRENCY, DEFAULT_RATE_LIMIT } from './limits/limit-defaults.js'

const MEMBERS_KEY = 'members-key-0123456789'
const ALL_KEY = 'all-key-0123456789abcdef'

/** The defaults that follow from the machine, on one with two cores: one search thread (the other core answers requests), and a request at once for it and one for a reader with none in flight. */
const ON_TWO_CORES = {
  searchThreads: 1,
  searchTimeoutMs: DEFAULT_SEARCH_TIMEOUT_MS,
  concurrency: { ...DEFAULT_CONCURRENCY, concurrency: 2 },
}

describe('readConfig', () => {
  const valid: [string, { given: Record<string, string>; want: ServerConfig }][] = [
    [
      'defaults: embedded engine on data/ficdex.db, port 8787, no keys',
      {
        given: {},
        want: {
          port: 8787,
          host: undefined,
          apiKeys: [],
          apiKeysFile: undefined,
          tokenSecret: undefined,
          rateLimit: DEFAULT_RATE_LIMIT,
          ...ON_TWO_CORES,
          metrics: 'admin',
          logLevel: 'info',
          processes: 1,
          engine: { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: 256 },
        },
      },
    ],
    [
      'blank values count as unset',
      {
        given: { PORT: '', HOST: ' ', FICDEX_DB: '', MEILISEARCH_URL: '', FICDEX_API_KEYS: '' },
        want: {
          port: 8787,
          host: undefined,
          apiKeys: [],
          apiKeysFile: undefined,
          tokenSecret: undefined,
          rateLimit: DEFAULT_RATE_LIMIT,
          ...ON_TWO_CORES,
          metrics: 'admin',
          logLevel: 'info',
          processes: 1,
          engine: { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: 256 },
        },
      },
    ],
    [
      'port, host and database file',
      {
        given: { PORT: '9000', HOST: '127.0.0.1', FICDEX_DB: '/srv/ficdex.db' },
        want: {
          port: 9000,
          host: '127.0.0.1',
          apiKeys: [],
          apiKeysFile: undefined,
          tokenSecret: undefined,
          rateLimit: DEFAULT_RATE_LIMIT,
          ...ON_TWO_CORES,
          metrics: 'admin',
          logLevel: 'info',
          processes: 1,
          engine: { kind: 'embedded', path: '/srv/ficdex.db', resultCacheSize: 256 },
        },
      },
    ],
    [
      'result cache size, 0 to keep none',
      {
        given: { FICDEX_RESULT_CACHE: '0' },
        want: {
          port: 8787,
          host: undefined,
          apiKeys: [],
          apiKeysFile: undefined,
          tokenSecret: undefined,
          rateLimit: DEFAULT_RATE_LIMIT,
          ...ON_TWO_CORES,
          metrics: 'admin',
          logLevel: 'info',
          processes: 1,
          engine: { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: 0 },
        },
      },
    ],
    [
      'MEILISEARCH_URL selects Meilisearch, with the default index',
      {
        given: { MEILISEARCH_URL: 'http://localhost:7700', MEILISEARCH_API_KEY: 'master' },
        want: {
          port: 8787,
          host: undefined,
          apiKeys: [],
          apiKeysFile: undefined,
          tokenSecret: undefined,
          rateLimit: DEFAULT_RATE_LIMIT,
          ...ON_TWO_CORES,
          metrics: 'admin',
          logLevel: 'info',
          processes: 1,
          engine: { kind: 'meilisearch', url: 'http://localhost:7700', apiKey: 'master', index: 'works' },
        },
      },
    ],
    [
      'API keys as scope:key entries',
      {
        given: { FICDEX_API_KEYS: ` members:${MEMBERS_KEY} , all:${ALL_KEY},` },
        want: {
          port: 8787,
          host: undefined,
          apiKeys: [
            { scope: 'members', key: MEMBERS_KEY },
            { scope: 'all', key: ALL_KEY },
          ],
          apiKeysFile: undefined,
          tokenSecret: undefined,
          rateLimit: DEFAULT_RATE_LIMIT,
          ...ON_TWO_CORES,
          metrics: 'admin',
          logLevel: 'info',
          processes: 1,
          engine: { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: 256 },
        },
      },
    ],
  ]
  it.each(valid)('%s', (_name, { given, want }) => {
    expect(readConfig(given, '/repo', 2)).toEqual({ ok: true, config: want })
  })

  const invalid: [string, { given: Record<string, string>; mentions: string }][] = [
    ['a port that is not a number', { given: { PORT: 'eighty' }, mentions: 'PORT' }],
    ['a port out of range', { given: { PORT: '70000' }, mentions: 'PORT' }],
    ['a negative result cache', { given: { FICDEX_RESULT_CACHE: '-1' }, mentions: 'FICDEX_RESULT_CACHE' }],
    [
      'a result cache that is not a number',
      { given: { FICDEX_RESULT_CACHE: 'lots' }, mentions: 'FICDEX_RESULT_CACHE' },
    ],
    [
      'a Meilisearch URL that is not http',
      { given: { MEILISEARCH_URL: 'localhost:7700' }, mentions: 'MEILISEARCH_URL' },
    ],
    ['a key without a scope', { given: { FICDEX_API_KEYS: MEMBERS_KEY }, mentions: 'FICDEX_API_KEYS' }],
    [
      'a key with an unknown scope',
      { given: { FICDEX_API_KEYS: `owner:${ALL_KEY}` }, mentions: 'scope search, members, all, admin' },
    ],
    [
      'the public scope, which needs no key',
      { given: { FICDEX_API_KEYS: `public:${ALL_KEY}` }, mentions: 'FICDEX_API_KEYS' },
    ],
    ['a short key', { given: { FICDEX_API_KEYS: 'members:short' }, mentions: 'at least 16 characters' }],
    [
      'a rate limit that is not a number',
      { given: { FICDEX_RATE_LIMIT: 'many' }, mentions: 'FICDEX_RATE_LIMIT' },
    ],
    [
      'a negative number of search threads',
      { given: { FICDEX_SEARCH_THREADS: '-1' }, mentions: 'FICDEX_SEARCH_THREADS' },
    ],
    ['a queue share of 0', { given: { FICDEX_QUEUE_PER_CLIENT: '0' }, mentions: 'FICDEX_QUEUE_PER_CLIENT' }],
    ['a short token secret', { given: { FICDEX_TOKEN_SECRET: 'short' }, mentions: 'FICDEX_TOKEN_SECRET' }],
  ]
  it.each(invalid)('rejects %s', (_name, { given, mentions }) => {
    const result = readConfig(given, '/repo')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(/^Invalid configuration:/)
      expect(result.message).toContain(mentions)
    }
  })

  it.each([
    ['an unknown scope', 'owner:s3cretKEYvalue0123456789'],
    ['a key pasted without its scope', 's3cretKEYvalue0123456789'],
    ['a key with a colon pasted without its scope', 's3cretKEYvalue:0123456789abcdef'],
    ['a short key', 'members:s3cretKEY'],
  ])('never prints any part of a misconfigured entry: %s', (_name, entry) => {
    const result = readConfig({ FICDEX_API_KEYS: `search:${MEMBERS_KEY},${entry}` }, '/repo')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toContain('entry 2 of 2')
      expect(result.message).not.toMatch(/s3cret|owner/)
    }
  })

  it('turns the rate limit and the concurrency limit off with 0, and reads their settings', () => {
    const off = readConfig({ FICDEX_RATE_LIMIT: '0', FICDEX_CONCURRENCY: '0' }, '/repo')
    expect(off.ok && [off.config.rateLimit, off.config.concurrency]).toEqual([undefined, undefined])
    const set = readConfig(
      {
        FICDEX_RATE_LIMIT: '30',
        FICDEX_RATE_WINDOW_SECONDS: '10',
        FICDEX_RATE_LIMIT_HOLD_MS: '0',
        FICDEX_QUEUE_WAIT_MS: '250',
        FICDEX_CONCURRENCY_PER_CLIENT: '3',
      },
      '/repo',
    )
    expect(set.ok && set.config.rateLimit).toEqual({ limit: 30, windowMs: 10_000, holdMs: 0 })
    expect(set.ok && set.config.concurrency).toMatchObject({ maxWaitMs: 250, maxHeldPerClient: 3 })
  })

  it('searches on the main thread with 0 threads, one request at a time unless told; 0 ms is no budget', () => {
    const main = readConfig({ FICDEX_SEARCH_THREADS: '0', FICDEX_SEARCH_TIMEOUT_MS: '0' }, '/repo', 8)
    expect(main.ok && [main.config.searchThreads, main.config.searchTimeoutMs]).toEqual([0, undefined])
    expect(main.ok && main.config.concurrency?.concurrency).toBe(1)
    const set = readConfig({ FICDEX_SEARCH_THREADS: '3', FICDEX_CONCURRENCY: '5' }, '/repo', 8)
    expect(set.ok && [set.config.searchThreads, set.config.concurrency?.concurrency]).toEqual([3, 5])
    const cores = readConfig({}, '/repo', 8)
    expect(cores.ok && [cores.config.searchThreads, cores.config.concurrency?.concurrency]).toEqual([7, 8])
    const one = readConfig({}, '/repo', 1)
    expect(one.ok && [one.config.searchThreads, one.config.concurrency?.concurrency]).toEqual([1, 2])
    const unreserved = readConfig({ FICDEX_CONCURRENCY_RESERVED: '0' }, '/repo', 8)
    expect(unreserved.ok && unreserved.config.concurrency?.concurrency).toBe(7)
  })

  it('reads who may see metrics and how much to log', () => {
    const set = readConfig({ FICDEX_METRICS: 'public', FICDEX_LOG_LEVEL: 'warn' }, '/repo')
    expect(set.ok && [set.config.metrics, set.config.logLevel]).toEqual(['public', 'warn'])
    const off = readConfig({ FICDEX_METRICS: 'off' }, '/repo')
    expect(off.ok && off.config.metrics).toBeUndefined()
    const bad = readConfig({ FICDEX_METRICS: 'everyone', FICDEX_LOG_LEVEL: 'loud' }, '/repo')
    expect(bad.ok).toBe(false)
    if (!bad.ok)
      expect(bad.message).toMatch(/FICDEX_METRICS: must be admin, public or off[\s\S]*FICDEX_LOG_LEVEL/)
  })

  it('accepts several keys per scope, and refuses one key under two scopes', () => {
    const several = readConfig({ FICDEX_API_KEYS: `admin:${MEMBERS_KEY},admin:${ALL_KEY}` }, '/repo')
    expect(several.ok && several.config.apiKeys.map((k) => k.scope)).toEqual(['admin', 'admin'])
    const twice = readConfig({ FICDEX_API_KEYS: `members:${MEMBERS_KEY},admin:${MEMBERS_KEY}` }, '/repo')
    expect(twice).toEqual({
      ok: false,
      message: expect.stringContaining('entry 2 of 2 repeats the key of an earlier entry'),
    })
    if (!twice.ok) expect(twice.message).not.toContain(MEMBERS_KEY)
  })
})
