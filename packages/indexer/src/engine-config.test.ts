import { describe, expect, it } from 'vitest'
import { ConfigError, type EngineConfig, engineConfig } from './engine-config.js'

describe('engineConfig', () => {
  const cwd = '/repo'
  const cases: [name: string, env: Record<string, string>, db: string | undefined, want: EngineConfig][] = [
    ['default embedded file', {}, undefined, { kind: 'embedded', path: '/repo/data/ficdex.db' }],
    ['FICDEX_DB', { FICDEX_DB: 'x/y.db' }, undefined, { kind: 'embedded', path: '/repo/x/y.db' }],
    [
      '--db wins over FICDEX_DB',
      { FICDEX_DB: 'x/y.db' },
      '/abs/z.db',
      { kind: 'embedded', path: '/abs/z.db' },
    ],
    [
      'empty variables are unset',
      { MEILISEARCH_URL: '', FICDEX_DB: '' },
      undefined,
      { kind: 'embedded', path: '/repo/data/ficdex.db' },
    ],
    [
      'Meilisearch',
      { MEILISEARCH_URL: 'http://127.0.0.1:7700' },
      undefined,
      { kind: 'meilisearch', url: 'http://127.0.0.1:7700' },
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
  ]
  it.each(cases)('%s', (_name, env, db, want) => {
    expect(engineConfig(env, { db, cwd })).toEqual(want)
  })

  const bad: [name: string, env: Record<string, string>, db: string | undefined, message: RegExp][] = [
    [
      'a URL that is not one',
      { MEILISEARCH_URL: 'localhost 7700' },
      undefined,
      /MEILISEARCH_URL must be a URL/,
    ],
    [
      'a bad index name',
      { MEILISEARCH_URL: 'http://m', MEILISEARCH_INDEX: 'a b' },
      undefined,
      /MEILISEARCH_INDEX may contain only/,
    ],
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
