import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ADMIN_KEY,
  bearer,
  createTestApp,
  MEMBERS_KEY,
  type TestApp,
  TOKEN_SECRET,
} from '../../test/helpers/create-test-app.js'
import { signMemberToken } from '../auth/member-token.js'
import type { LogLevel } from './log-levels.js'
import { pinoLogger } from './pino-logger.js'

let t: TestApp
afterEach(() => t.close())

/** A pino destination that keeps every line it is given. */
function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  return { lines, stream }
}

async function appLogging(level: LogLevel = 'info') {
  const { lines, stream } = capture()
  t = await createTestApp({ logger: pinoLogger({ level, destination: stream }) })
  return lines
}

describe('the request log', () => {
  it('writes one JSON line per request: id, method, route pattern, status, duration, kind of caller', async () => {
    const lines = await appLogging()
    const token = await signMemberToken({ scope: 'members', sub: 'reader-7' }, TOKEN_SECRET, 60)
    const answers = [
      await t.app.request('/v1/works?q=spock'),
      await t.app.request('/v1/works/no-such-work', { headers: bearer(MEMBERS_KEY) }),
      await t.app.request('/v1/works?q=spock', { headers: bearer(token) }),
      await t.app.request('/v1/works?q=spock', { headers: bearer('not-a-key-at-all-0123456789') }),
    ]
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(entries).toHaveLength(4)
    expect(entries.map(({ route, status, caller }) => ({ route, status, caller }))).toEqual([
      { route: '/v1/works', status: 200, caller: 'anonymous' },
      { route: '/v1/works/:id', status: 404, caller: 'members-key' },
      { route: '/v1/works', status: 200, caller: 'members-token' },
      { route: '/v1/works', status: 401, caller: 'refused' },
    ])
    entries.forEach((entry, i) => {
      expect(entry).toMatchObject({ msg: 'request', level: 30, method: 'GET', service: 'ficdex' })
      expect(entry.requestId).toBe(answers[i]!.headers.get('x-request-id'))
      expect(entry.durationMs).toBeTypeOf('number')
    })
    const all = lines.join('\n')
    for (const secret of [MEMBERS_KEY, token, 'not-a-key-at-all', 'reader-7', 'no-such-work']) {
      expect(all).not.toContain(secret)
    }
  })

  it('logs an unexpected error with its request id, and no request lines at level warn', async () => {
    const lines = await appLogging('warn')
    t.engine.search = () => Promise.reject(new Error('disk on fire'))
    const res = await t.app.request('/v1/works?q=spock', { headers: bearer(ADMIN_KEY) })
    expect(res.status).toBe(500)
    expect(lines).toHaveLength(1)
    const entry = JSON.parse(lines[0]!) as {
      level: number
      msg: string
      requestId: string
      err: { message: string }
    }
    expect(entry).toMatchObject({ level: 50, msg: 'request failed', err: { message: 'disk on fire' } })
    expect(entry.requestId).toBe(res.headers.get('x-request-id'))
    expect(lines[0]).not.toContain(ADMIN_KEY)
  })
})
