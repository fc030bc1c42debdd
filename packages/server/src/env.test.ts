import { describe, expect, it } from 'vitest'
import { readConfig, type ServerConfig } from './env.js'

const MEMBERS_KEY = 'members-key-0123456789'
const ALL_KEY = 'all-key-0123456789abcdef'

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
          engine: { kind: 'embedded', path: 'data/ficdex.db', resultCacheSize: 256 },
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
          engine: { kind: 'embedded', path: 'data/ficdex.db', resultCacheSize: 256 },
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
          engine: { kind: 'embedded', path: 'data/ficdex.db', resultCacheSize: 0 },
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
          engine: { kind: 'embedded', path: 'data/ficdex.db', resultCacheSize: 256 },
        },
      },
    ],
  ]
  it.each(valid)('%s', (_name, { given, want }) => {
    expect(readConfig(given)).toEqual({ ok: true, config: want })
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
      { given: { FICDEX_API_KEYS: `admin:${ALL_KEY}` }, mentions: 'scope members or all' },
    ],
    [
      'the public scope, which needs no key',
      { given: { FICDEX_API_KEYS: `public:${ALL_KEY}` }, mentions: 'FICDEX_API_KEYS' },
    ],
    ['a short key', { given: { FICDEX_API_KEYS: 'members:short' }, mentions: 'at least 16 characters' }],
  ]
  it.each(invalid)('rejects %s', (_name, { given, mentions }) => {
    const result = readConfig(given)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(/^Invalid configuration:/)
      expect(result.message).toContain(mentions)
    }
  })

  it('never prints a key in its messages', () => {
    const result = readConfig({ FICDEX_API_KEYS: 'admin:secret-value-0123456789' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).not.toContain('secret-value')
  })
})
