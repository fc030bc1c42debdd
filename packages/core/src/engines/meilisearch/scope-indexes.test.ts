import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture } from '../../engine/contract/fixtures.js'
import { parseQuery } from '../../model/query.js'
import { type FakeMeilisearch, startFakeMeilisearch } from './fake-meilisearch.testkit.js'
import { createMeilisearchEngine } from './meilisearch-engine.js'
import { scopeIndexUid, scopeWrite } from './scope-indexes.js'

describe('the scope copies', () => {
  it('names the copies beside the works index, which is the copy of `all`', () => {
    expect(['public', 'members', 'all'].map((scope) => scopeIndexUid('works', scope as 'all'))).toEqual([
      'works_public',
      'works_members',
      'works',
    ])
  })

  it('a write adds what the scope may see and removes the rest from its copy', () => {
    const works = [fixture('ga-1'), fixture('ga-4'), fixture('pk-3')] // public, restricted, hidden
    const ids = (scope: 'public' | 'members') => {
      const { add, remove } = scopeWrite(scope, works)
      return { add: add.map((work) => work.id), remove }
    }
    expect(ids('public')).toEqual({ add: ['ga-1'], remove: ['ga-4', 'pk-3'] })
    expect(ids('members')).toEqual({ add: ['ga-1', 'ga-4'], remove: ['pk-3'] })
  })
})

/** What the engine writes to each scope's copy and where it searches, against the recording stand-in. */
describe('the Meilisearch engine and its scope copies', () => {
  let fake: FakeMeilisearch
  beforeEach(async () => {
    fake = await startFakeMeilisearch()
  })
  afterEach(() => fake.close())

  const engine = () => createMeilisearchEngine({ url: fake.url, index: 'works', taskPollIntervalMs: 1 })
  const held = (index: string) => (fake.documents.get(index) ?? []).map((document) => document.id).sort()

  it('each copy holds just the works its scope may see, and a work leaves a copy that may no longer see it', async () => {
    const works = engine()
    await works.upsert([fixture('ga-1'), fixture('ga-4'), fixture('pk-3')])
    expect([held('works'), held('works_members'), held('works_public')]).toEqual([
      ['ga-1', 'ga-4', 'pk-3'],
      ['ga-1', 'ga-4'],
      ['ga-1'],
    ])
    await works.upsert([{ ...fixture('ga-1'), visibility: 'hidden', contentHash: 'hidden-now' }])
    expect([held('works'), held('works_members'), held('works_public')]).toEqual([
      ['ga-1', 'ga-4', 'pk-3'],
      ['ga-4'],
      [],
    ])
    await works.delete(['ga-4'])
    expect([held('works'), held('works_members'), held('works_public')]).toEqual([['ga-1', 'pk-3'], [], []])
  })

  it('every copy gets the same settings as the works index', async () => {
    await engine().upsert([fixture('ga-1')])
    const sent = fake.settingsSent('works')
    expect(sent.length).toBeGreaterThan(0)
    expect(fake.settingsSent('works_public')).toEqual(sent)
    expect(fake.settingsSent('works_members')).toEqual(sent)
  })

  it('a search and its spelling suggestion read the index of their scope only', async () => {
    const works = engine()
    await works.upsert([fixture('ga-1'), fixture('ga-4')])
    const asked = () =>
      fake.requests
        .filter((request) => request.path === '/multi-search')
        .flatMap((request) => (request.body as { queries: { indexUid: string }[] }).queries)
        .map((query) => query.indexUid)
    for (const scope of ['public', 'members', 'all'] as const) {
      fake.requests.length = 0
      await works.search(parseQuery({ text: 'shepard', scope }))
      expect(new Set(asked())).toEqual(new Set([scopeIndexUid('works', scope)]))
    }
  })

  it('apply enqueues every addition and deletion of a set, on every index, before it waits for any', async () => {
    const works = engine()
    await works.upsert([fixture('ga-1'), fixture('ga-4')])
    fake.requests.length = 0
    await works.apply({
      upsert: [fixture('pk-3'), { ...fixture('ga-4'), visibility: 'public' }],
      delete: ['ga-1'],
    })
    const writes = fake.requests
      .map((request, at) => ({ ...request, at }))
      .filter((request) =>
        /^\/indexes\/works(_public|_members)?\/documents(\/delete-batch)?$/.test(request.path),
      )
    const firstWait = fake.requests.findIndex((request) => request.path.startsWith('/tasks/'))
    expect(writes.length).toBe(6) // an addition and a deletion on each of the three indexes
    expect(writes.every((request) => request.at < firstWait)).toBe(true)
    expect([held('works'), held('works_members'), held('works_public')]).toEqual([
      ['ga-4', 'pk-3'],
      ['ga-4'],
      ['ga-4'],
    ])
  })

  it('an index written before there were copies gets them when next opened for writing, filled from it', async () => {
    await engine().upsert([fixture('ga-1'), fixture('ga-4'), fixture('pk-3')])
    // As an index from before: no copies, and the settings hash of a version that kept none.
    for (const copy of ['works_public', 'works_members']) {
      await fetch(`${fake.url}/indexes/${copy}`, { method: 'DELETE' })
    }
    await fetch(`${fake.url}/indexes/works_settings/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ id: 'settings', hash: 'an-older-version' }]),
    })
    const reopened = engine()
    expect(await reopened.syncSettings()).toBe('applied')
    expect([held('works_members'), held('works_public')]).toEqual([['ga-1', 'ga-4'], ['ga-1']])
  })
})
