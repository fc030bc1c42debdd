import { afterEach, beforeEach, expect, it } from 'vitest'
import { fixture } from '../../engine/contract/fixtures.js'
import { CHANGE_LOG_SETTINGS, type ChangeEntry } from './change-log.js'
import { type FakeMeilisearch, startFakeMeilisearch } from './fake-meilisearch.testkit.js'
import { createMeilisearchEngine } from './meilisearch-engine.js'

/**
 * What the engine's writes send to the change log, against the recording stand-in (the feed's
 * answers are the contract suite's business, on a real server).
 */
let fake: FakeMeilisearch
beforeEach(async () => {
  fake = await startFakeMeilisearch()
})
afterEach(() => fake.close())

const engine = () => createMeilisearchEngine({ url: fake.url, index: 'works', taskPollIntervalMs: 1 })
const log = () =>
  ((fake.documents.get('works_changes') ?? []) as unknown as ChangeEntry[])
    .map(({ id, seq, rank, seenRank }) => ({ id, seq, rank, seenRank }))
    .sort((a, b) => a.seq - b.seq)

it('numbers each stored, changed or deleted work once, and nothing for an unchanged one', async () => {
  const works = engine()
  await works.upsert([fixture('ga-1'), fixture('ga-4'), fixture('pk-3')]) // public, restricted, hidden
  expect(fake.settingsSent('works_changes')).toEqual([CHANGE_LOG_SETTINGS])
  expect(log()).toEqual([
    { id: 'ga-1', seq: 1, rank: 0, seenRank: 0 },
    { id: 'ga-4', seq: 2, rank: 1, seenRank: 1 },
    { id: 'pk-3', seq: 3, rank: 2, seenRank: 2 },
  ])
  await works.upsert([fixture('ga-1'), fixture('ga-4')])
  expect(log().map((entry) => entry.seq)).toEqual([1, 2, 3])
  await works.upsert([{ ...fixture('ga-1'), visibility: 'hidden', contentHash: 'hash-ga-1-hidden' }])
  await works.delete(['ga-4', 'never-stored'])
  expect(log()).toEqual([
    { id: 'pk-3', seq: 3, rank: 2, seenRank: 2 },
    { id: 'ga-1', seq: 4, rank: 2, seenRank: 0 },
    { id: 'ga-4', seq: 5, rank: null, seenRank: 1 },
  ])
  expect(fake.documents.get('works')?.map((document) => document.id)).toEqual(['ga-1', 'pk-3'])
})

it('a new log beside works stored without one starts with every one of them', async () => {
  await engine().upsert([fixture('ga-1'), fixture('ga-2')])
  fake.documents.delete('works_changes') // as an index written before there was a log
  await engine().upsert([fixture('sh-1')])
  expect(log().map(({ id, seq }) => [id, seq])).toEqual([
    ['ga-1', 1],
    ['ga-2', 2],
    ['sh-1', 3],
  ])
})
