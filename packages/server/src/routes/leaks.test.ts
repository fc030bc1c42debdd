/**
 * The restricted-leak suite over HTTP: works planted above a caller's scope (a word one typo from a
 * public word, a prefix, a spelling of a shared tag, a tag and a fandom of their own) must not shape any
 * answer that caller gets. Each request is answered by the real app over every work and by an app over
 * only the works the caller may see; the answers must be the same, request ids aside.
 */
import type { WorkInput } from '@ficdex/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ALL_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
} from '../../test/helpers/create-test-app.js'

const base = {
  fandoms: ["Grey's Anatomy"],
  complete: true,
  publishedAt: 1_600_000_000,
  updatedAt: 1_600_000_000,
}
const PLANTED: WorkInput[] = [
  {
    ...base,
    id: 'leak-public',
    title: 'Harbour Lights',
    summary: 'A xanthorial lantern over the quay.',
    freeforms: ['Restrictcase Tag', 'Fluff'],
    words: 1200,
    text: [{ body: 'The lantern burned all night by the quay.' }],
  },
  {
    ...base,
    id: 'leak-members',
    title: 'Locked Letters',
    summary: 'Letters nobody else reads; zephyrine ink.',
    freeforms: ['RESTRICTCASE TAG', 'Members Only Trope'],
    words: 50_000,
    visibility: 'restricted',
    text: [{ body: 'The quay again, and a xanthoriel moth.' }],
  },
  {
    ...base,
    id: 'leak-hidden',
    title: 'Draft Harbour',
    summary: 'A draft with a quillwortish word and a xanthoriel lamp.',
    freeforms: ['restrictcase TAG', 'Hiddenonly Trope'],
    fandoms: ['Secret Fandom'],
    words: 900_000,
    visibility: 'hidden',
    text: [{ body: 'Quillwortish lamps on the quay, xanthoriel moths.' }],
  },
]

const SCOPES = [
  { name: 'public', headers: {}, sees: ['public'] },
  { name: 'members', headers: bearer(MEMBERS_KEY), sees: ['public', 'restricted'] },
  { name: 'all', headers: bearer(ALL_KEY), sees: ['public', 'restricted', 'hidden'] },
] as const

/** Every surface a search page or an app reads, as one request each. */
const SURFACES: [string, RequestInit?][] = [
  ['/health'],
  ['/v1/works?q=xanthoriel&highlight=true&facets=freeform,fandom'],
  ['/v1/works?q=quillwort&highlight=true'],
  ['/v1/works?q=zephyr&highlight=true'],
  ['/v1/works?facets=freeform,fandom&sort=words'],
  ['/v1/works?freeform_any=restrictcase%20tag&facets=freeform'],
  [
    '/v1/works/search',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'xanthoriel quay', highlight: true, facets: ['freeform'] }),
    },
  ],
  ['/v1/works/facets/freeform?facet_query=restrict'],
  ['/v1/works/facets/freeform?facet_query=hidden'],
  ['/v1/works/facets/fandom?facet_query=secr'],
  ['/v1/tags?q=restrictcase'],
  ['/v1/tags?q=hiddenonly'],
  ['/v1/tags?q=secret'],
  ['/v1/tags/freeform/Hiddenonly%20Trope'],
  ['/v1/tags/freeform/restrictcase%20tag'],
  ['/v1/tags/fandom/Secret%20Fandom'],
  ['/v1/works/leak-hidden'],
  ['/v1/works/leak-members'],
  ['/v1/works/leak-hidden/chapters/1'],
  ['/v1/works/leak-members/chapters/1'],
  // Similar works: a work only another scope sees must neither be suggested nor change the order.
  ['/v1/works/leak-public/similar'],
  ['/v1/works/leak-members/similar'],
]

let full: TestApp
const partial = new Map<string, TestApp>()
beforeAll(async () => {
  full = await createTestApp({ works: PLANTED })
  for (const scope of SCOPES) {
    const visible = PLANTED.filter((w) =>
      (scope.sees as readonly string[]).includes(w.visibility ?? 'public'),
    )
    partial.set(scope.name, await createTestApp({ works: visible }))
  }
})
afterAll(async () => {
  await full.close()
  for (const app of partial.values()) await app.close()
})

async function answer(
  t: TestApp,
  path: string,
  init: RequestInit | undefined,
  headers: Record<string, string>,
) {
  const res = await t.app.request(path, { ...init, headers: { ...(init?.headers as object), ...headers } })
  const body = (await res.json()) as Record<string, unknown>
  delete body.requestId
  return { status: res.status, body }
}

describe.each(SCOPES)('a $name caller', (scope) => {
  it.each(SURFACES)('gets from %s what it would get without the works it may not see', async (path, init) => {
    const got = await answer(full, path, init, scope.headers)
    const want = await answer(partial.get(scope.name)!, path, init, scope.headers)
    expect(got).toEqual(want)
  })
})
