import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS } from '../engine/contract/fixtures.js'
import { SearchEngineError, SettingsChangedError } from '../engine/errors.js'
import { defaultVocabulary } from '../tags/load-vocabulary.js'
import { engineConfig } from './engine-config.js'
import { type FakeMeilisearch, startFakeMeilisearch } from './meilisearch/fake-meilisearch.testkit.js'
import { createMeilisearchEngine, type MeilisearchEngine } from './meilisearch/meilisearch-engine.js'
import { buildSettings } from './meilisearch/settings.js'
import { meilisearchSynonyms } from './meilisearch/synonyms.js'
import { meilisearchEngineFor, openEngine } from './open-engine.js'

const vocabulary = defaultVocabulary()
const expectedSynonyms = buildSettings({ synonyms: meilisearchSynonyms(vocabulary) }).synonyms

let fake: FakeMeilisearch
beforeEach(async () => {
  fake = await startFakeMeilisearch()
})
afterEach(() => fake.close())

/** The environment both processes are given, as `.env.example` documents it. */
const env = () => ({ MEILISEARCH_URL: fake.url, MEILISEARCH_API_KEY: 'a-key', MEILISEARCH_INDEX: 'works' })

/** Opens the engine as the indexer's CLI does (`ficdex index`), and as `serve.ts` does. */
const asIndexer = () =>
  openEngine(engineConfig(env(), { cwd: '/repo' }), { vocabulary }) as Promise<MeilisearchEngine>
const asServer = () =>
  openEngine(engineConfig(env(), { cwd: '/srv' }), {
    vocabulary,
    requestTimeoutMs: 10_000,
  }) as Promise<MeilisearchEngine>

describe('one engine configuration for every process', () => {
  it('the indexer and the server send identical settings, with the vocabulary’s synonyms', async () => {
    const indexer = await asIndexer()
    const fromIndexer = fake.settingsSent()
    const other = await startFakeMeilisearch()
    try {
      const server = await openEngine(
        engineConfig({ ...env(), MEILISEARCH_URL: other.url }, { cwd: '/srv' }),
        { vocabulary, requestTimeoutMs: 10_000 },
      )
      expect(fromIndexer).toHaveLength(1)
      expect(other.settingsSent()).toEqual(fromIndexer)
      expect((server as MeilisearchEngine).settingsHash).toBe(indexer.settingsHash)
    } finally {
      await other.close()
    }
    expect(Object.keys(expectedSynonyms ?? {}).length).toBeGreaterThan(100)
    expect(fromIndexer[0]?.synonyms).toEqual(expectedSynonyms)
  })

  it('a write never clears the synonyms', async () => {
    await asServer() // the server opens first and applies the settings
    const indexer = await asIndexer()
    await indexer.upsert(FIXTURE_WORKS.slice(0, 3))
    await indexer.delete([FIXTURE_WORKS[0]?.id ?? ''])
    const sent = fake.settingsSent()
    expect(sent.length).toBeGreaterThanOrEqual(2)
    for (const settings of sent) expect(settings.synonyms).toEqual(expectedSynonyms)
    expect(fake.requests.some((r) => r.path === '/indexes/works/documents')).toBe(true)
  })

  it('an engine built without synonyms leaves the index’s synonyms alone', async () => {
    const bare = createMeilisearchEngine({ url: fake.url, index: 'works' })
    await bare.upsert(FIXTURE_WORKS.slice(0, 1))
    expect(fake.settingsSent()).toHaveLength(1)
    expect(fake.settingsSent()[0]).not.toHaveProperty('synonyms')
  })

  it('opening again finds the stored settings hash and sends no settings', async () => {
    const first = await asIndexer()
    expect(fake.documents.get('works_settings')).toEqual([{ id: 'settings', hash: first.settingsHash }])
    const again = meilisearchEngineFor(engineConfig(env(), { cwd: '/' }) as never, { vocabulary })
    expect(await again.syncSettings()).toBe('current')
    expect(fake.settingsSent()).toHaveLength(1)
  })

  it('a reader notices that a writer changed the settings', async () => {
    // A writer with another vocabulary applied its settings last.
    const writer = createMeilisearchEngine({ url: fake.url, index: 'works', synonyms: { addek: ['x'] } })
    expect(await writer.syncSettings()).toBe('applied')
    const reader = meilisearchEngineFor(engineConfig(env(), { cwd: '/' }) as never, { vocabulary })
    fake.forbidSettings = true // a search-only key
    const error = await reader.syncSettings().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SearchEngineError)
    expect((error as Error).message).toMatch(/settings of index works differ .* this key may not update/)
    fake.forbidSettings = false // a key that may: the reader's settings win, idempotently
    expect(await reader.syncSettings()).toBe('applied')
    expect(await reader.syncSettings()).toBe('current')
  })

  it('a running reader notices a writer changing the settings after it opened', async () => {
    const reader = createMeilisearchEngine({
      url: fake.url,
      index: 'works',
      synonyms: meilisearchSynonyms(vocabulary),
      settingsCheckIntervalMs: 0,
    })
    expect(await reader.syncSettings()).toBe('applied')
    await expect(reader.checkSettings()).resolves.toBeUndefined()
    const writer = createMeilisearchEngine({ url: fake.url, index: 'works', synonyms: { addek: ['x'] } })
    expect(await writer.syncSettings()).toBe('applied')
    const error = await reader.checkSettings().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SettingsChangedError)
    expect((error as Error).message).toContain(writer.settingsHash)
  })
})
