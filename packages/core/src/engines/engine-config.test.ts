import { describe, expect, it } from 'vitest'
import { DEFAULT_RESULT_CACHE_SIZE } from './embedded/result-cache.js'
import { ConfigError, type EngineConfig, engineConfig } from './engine-config.js'

const cache = DEFAULT_RESULT_CACHE_SIZE

describe('engineConfig', () => {
  const cwd = '/repo'
  const cases: [name: string, env: Record<string, string>, db: string | undefined, want: EngineConfig][] = [
    [
      'default embedded file',
      {},
      undefined,
      { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: cache },
    ],
    [
      'FICDEX_DB',
      { FICDEX_DB: 'x/y.db' },
      undefined,
      { kind: 'embedded', path: '/repo/x/y.db', resultCacheSize: cache },
    ],
    [
      '--db wins over FICDEX_DB',
      { FICDEX_DB: 'x/y.db' },
      '/abs/z.db',
      { kind: 'embedded', path: '/abs/z.db', resultCacheSize: cache },
    ],
    [
      'empty variables are unset',
      { MEILISEARCH_URL: '', FICDEX_DB: '' },
      undefined,
      { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: cache },
    ],
    [
      'Meilisearch',
      { MEILISEARCH_URL: 'http://127.0.0.1:7700' },
      undefined,
      { kind: 'meilisearch', url: 'http://127.0.0.1:7700', index: 'works' },
    ],
    [
      'Meilisearch with key and index',
      {
        MEILISEARCH_URL: 'http://m:7700',
        MEILISEARCH_API_KEY: 'k',
        MEILISEARCH_INDEX: 'w2',
        FICDEX_DB: 'ignored.db',
      },
      undefined,
      { kind: 'meilisearch', url: 'http://m:7700', apiKey: 'k', index: 'w2' },
    ],
    [
      'a result cache size',
      { FICDEX_RESULT_CACHE: '0' },
      undefined,
      { kind: 'embedded', path: '/repo/data/ficdex.db', resultCacheSize: 0 },
    ],
  ]
  it.each(cases)('%s', (_name, env, db, want) => {
    expect(engineConfig(env, { db, cwd })).toEqual(want)
  })

  const bad: [name: string, env: Record<string, string>, db: string | undefined, message: RegExp][] = [
    [
      'a URL that is not one',
      { MEILISEARCH_URL: 'localhost 7700' },
      undefined,
      /MEILISEARCH_URL: must be an http\(s\) URL/,
    ],
    [
      'a bad index name',
      { MEILISEARCH_URL: 'http://m', MEILISEARCH_INDEX: 'a b' },
      undefined,
      /MEILISEARCH_INDEX: may contain only/,
    ],
    [
      'a URL of another protocol',
      { MEILISEARCH_URL: 'ftp://m:7700' },
      undefined,
      /MEILISEARCH_URL: must be an http\(s\) URL/,
    ],
    ['a negative cache', { FICDEX_RESULT_CACHE: '-1' }, undefined, /FICDEX_RESULT_CACHE: must be a whole/],
    [
      '--db with Meilisearch',
      { MEILISEARCH_URL: 'http://m' },
      'x.db',
      /--db applies to the embedded engine only/,
    ],
  ]
  it.each(bad)('rejects %s', (_name, env, db, message) => {
    expect(() => engineConfig(env, { db, cwd })).toThrow(ConfigError)
    expect(() => engineConfig(env, { db, cwd })).toThrow(message)
  })
})
