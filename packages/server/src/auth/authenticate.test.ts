import { sign } from 'hono/jwt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADMIN_KEY,
  ALL_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  SEARCH_KEY,
  type TestApp,
  TOKEN_SECRET,
} from '../../test/helpers/create-test-app.js'
import { expectProblem } from '../../test/helpers/expect-problem.js'
import { FailureDelay } from './failure-delay.js'
import { signMemberToken } from './member-token.js'

/** A slowdown that records the waits it asks for, kept to milliseconds so the tests do not sit them out. */
function recordingDelay(): { failureDelay: FailureDelay; delays: number[] } {
  const failureDelay = new FailureDelay({ free: 2, stepMs: 1, maxDelayMs: 3 })
  const delays: number[] = []
  const record = failureDelay.record.bind(failureDelay)
  failureDelay.record = (client, now) => {
    const ms = record(client, now)
    delays.push(ms)
    return ms
  }
  return { failureDelay, delays }
}

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ failureDelay: recordingDelay().failureDelay })
})
afterAll(() => t.close())

const now = () => Math.floor(Date.now() / 1000)
const restricted = (headers: Record<string, string> = {}) =>
  t.app.request('/v1/works/pp-restricted', { headers })
const hidden = (headers: Record<string, string> = {}) => t.app.request('/v1/works/ga-hidden', { headers })

describe('key scopes', () => {
  it.each([
    ['no key', {}, 404, 404],
    ['a search key', bearer(SEARCH_KEY), 404, 404],
    ['a members key', bearer(MEMBERS_KEY), 200, 404],
    ['an all key', bearer(ALL_KEY), 200, 200],
    ['an admin key', bearer(ADMIN_KEY), 200, 200],
  ])('%s sees what its scope allows', async (_name, headers, restrictedStatus, hiddenStatus) => {
    expect((await restricted(headers)).status).toBe(restrictedStatus)
    expect((await hidden(headers)).status).toBe(hiddenStatus)
  })
})

describe('member tokens', () => {
  it('a members token sees restricted works, never hidden ones', async () => {
    const token = await signMemberToken({ scope: 'members', sub: 'member-42' }, TOKEN_SECRET, 300)
    expect((await restricted(bearer(token))).status).toBe(200)
    expect((await hidden(bearer(token))).status).toBe(404)
  })

  it('a search token sees public works only', async () => {
    const token = await signMemberToken({ scope: 'search' }, TOKEN_SECRET, 300)
    expect((await restricted(bearer(token))).status).toBe(404)
    expect((await t.app.request('/v1/works/tos-shore-leave', { headers: bearer(token) })).status).toBe(200)
  })

  const refused: [string, () => Promise<string>, string][] = [
    ['expired', () => signMemberToken({ scope: 'members' }, TOKEN_SECRET, 60, now() - 120), 'expired'],
    [
      'tampered (scope raised after signing)',
      async () => {
        const [head, , sig] = (await signMemberToken({ scope: 'search' }, TOKEN_SECRET, 300)).split('.')
        const body = Buffer.from(JSON.stringify({ scope: 'members', exp: now() + 300 })).toString('base64url')
        return `${head}.${body}.${sig}`
      },
      'not valid',
    ],
    [
      'signed with another secret',
      () => signMemberToken({ scope: 'members' }, `${TOKEN_SECRET}x`, 300),
      'not valid',
    ],
    [
      'signed with HS512',
      () => sign({ scope: 'members', exp: now() + 300 }, TOKEN_SECRET, 'HS512'),
      'not valid',
    ],
    [
      'unsigned (alg none)',
      async () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
        return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scope: 'members', exp: now() + 300 })}.`
      },
      'not valid',
    ],
    ['without exp', () => sign({ scope: 'members' }, TOKEN_SECRET, 'HS256'), 'no expiry'],
    [
      'with a scope above members',
      () => sign({ scope: 'all', exp: now() + 300 }, TOKEN_SECRET, 'HS256'),
      'scope',
    ],
    [
      'living longer than a day',
      () => signMemberToken({ scope: 'members' }, TOKEN_SECRET, 2 * 24 * 60 * 60),
      'longer than',
    ],
  ]
  it.each(refused)('a token %s gets 401', async (_name, make, says) => {
    const problem = await expectProblem(await restricted(bearer(await make())), {
      status: 401,
      code: 'unauthorized',
    })
    expect(problem.detail).toContain(says)
  })
})

describe('failed authentication', () => {
  it('waits longer with each failure past the first few from one client', async () => {
    const { failureDelay, delays } = recordingDelay()
    const own = await createTestApp({ failureDelay })
    try {
      for (let i = 0; i < 5; i++) {
        const res = await own.app.request('/v1/works', { headers: bearer(`wrong-key-${i}-0123456789`) })
        await expectProblem(res, { status: 401, code: 'unauthorized' })
      }
      expect((await own.app.request('/v1/works', { headers: bearer(MEMBERS_KEY) })).status).toBe(200)
    } finally {
      await own.close()
    }
    expect(delays).toEqual([0, 0, 1, 2, 3])
  })
})
