import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultVocabulary, type EmbeddedEngine, openEmbeddedEngine } from '@ficdex/core'
import { createApp } from '@ficdex/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Change, createClient, FicdexApiError, type FicdexClient } from './index.js'

const ADMIN_KEY = 'sdk-changes-admin-key-0123456789'
const MEMBERS_KEY = 'sdk-changes-members-key-0123456'

const write = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  authors: ['mirror-test'],
  fandoms: ['Star Trek'],
  words: 100,
  complete: true,
  publishedAt: 1_600_000_000,
  updatedAt: 1_600_000_000,
  text: [{ body: `The story of ${title}.` }],
  ...extra,
})

let dir: string
let engine: EmbeddedEngine
let anyone: FicdexClient
let admin: FicdexClient
let members: FicdexClient

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ficdex-sdk-changes-'))
  engine = openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
  const app = createApp({
    engine,
    vocabulary: defaultVocabulary(),
    apiKeys: [
      { scope: 'admin', key: ADMIN_KEY },
      { scope: 'members', key: MEMBERS_KEY },
    ],
  })
  // In process: the client's requests go straight to the server app.
  const fetch = async (url: string, init?: RequestInit) => app.fetch(new Request(url, init))
  const client = (apiKey?: string) => createClient({ baseUrl: 'http://ficdex.test', fetch, apiKey })
  anyone = client()
  admin = client(ADMIN_KEY)
  members = client(MEMBERS_KEY)
})
afterAll(async () => {
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

const brief = (changes: readonly Change[]) => changes.map((c) => (c.op === 'delete' ? `-${c.id}` : c.id))

async function drain(client: FicdexClient, since: number, limit?: number) {
  const changes: Change[] = []
  for await (const change of client.changes.follow(since, limit === undefined ? {} : { limit })) {
    changes.push(change)
  }
  return changes
}

describe('changes: a mirror kept in step through the SDK', () => {
  it('lists every work from 0, then what changed, deletions as tombstones, never another scope’s works', async () => {
    for (const id of ['a', 'b', 'c']) await admin.works.put(id, write(`Work ${id}`))
    await admin.works.put('locked', write('Locked', { visibility: 'restricted' }))

    const first = await anyone.changes.list({ since: 0 })
    expect(brief(first.changes)).toEqual(['a', 'b', 'c'])
    expect(first).toMatchObject({ more: false, next: first.changes[2]?.seq })
    expect(first.changes[0]).toMatchObject({ op: 'upsert', work: { id: 'a', title: 'Work a' } })
    expect(brief(await drain(members, 0))).toEqual(['a', 'b', 'c', 'locked'])

    await admin.works.put('b', write('Work b, revised'))
    await admin.works.delete('a')
    await admin.works.put('c', write('Work c')) // the same work again: nothing changed
    await admin.works.put('locked', write('Locked', { visibility: 'hidden' }))
    const later = await drain(anyone, first.next)
    expect(brief(later)).toEqual(['b', '-a'])
    expect(later[0]).toMatchObject({ op: 'upsert', work: { title: 'Work b, revised' } })
    expect(brief(await drain(members, first.next))).toEqual(['b', '-a', '-locked'])
  })

  it('follows pages of a limit to the end, and answers a bad since with a problem', async () => {
    for (let n = 0; n < 7; n++) await admin.works.put(`page-${n}`, write(`Page ${n}`))
    const all = await drain(anyone, 0)
    const paged = await drain(anyone, 0, 2)
    expect(paged).toEqual(all)
    const page = await anyone.changes.list({ since: 0, limit: 2 })
    expect(page.more).toBe(true)
    expect(page.links.next).toBe(`/v1/changes?since=${page.next}&limit=2`)
    const refused = await anyone.changes.list({ since: -1 }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(FicdexApiError)
    expect(refused).toMatchObject({ status: 400, code: 'validation_failed' })
  })
})
