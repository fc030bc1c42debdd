import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/create-test-app.js'
import { answerClientErrors } from './client-error.js'
import { Problem } from './problem.js'

let t: TestApp
let server: Server
let port: number
beforeAll(async () => {
  t = await createTestApp({ bodyLimit: 1024 })
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server))
  })
  answerClientErrors(server)
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await t.close()
})

/** Sends raw bytes on one connection and collects everything until the server closes it or goes quiet. */
function exchange(raw: string | Buffer, quietMs = 1500): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let text = ''
    let timer = setTimeout(() => done(false), quietMs)
    const done = (closed: boolean) => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ text, closed })
    }
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1')
      clearTimeout(timer)
      timer = setTimeout(() => done(false), quietMs)
    })
    socket.on('end', () => done(true))
    socket.on('error', reject)
    socket.write(raw)
  })
}

function problemIn(text: string): Problem {
  const [head, body] = text.split('\r\n\r\n')
  expect(head).toMatch(/content-type: application\/problem\+json/i)
  return Problem.strict().parse(JSON.parse(body ?? ''))
}

describe('errors from Node’s HTTP layer', () => {
  it.each([
    [
      'a URL too long for the header limit',
      `GET /v1/works?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
      'headers_too_large',
    ],
    [
      'a header line that is not HTTP',
      'GET /health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
      400,
      'bad_request',
    ],
    [
      'a control byte in the request line',
      'GET /he\u0001alth HTTP/1.1\r\nHost: x\r\n\r\n',
      400,
      'bad_request',
    ],
    ['a request line that is not HTTP at all', 'HELLO THERE\r\n\r\n', 400, 'bad_request'],
  ])('answers %s with a problem document and closes', async (_name, raw, status, code) => {
    const { text, closed } = await exchange(raw)
    expect(text.startsWith(`HTTP/1.1 ${status} `)).toBe(true)
    expect(problemIn(text)).toMatchObject({ status, code })
    expect(closed).toBe(true)
  })
})

describe('keep-alive after a refused body', () => {
  it('answers 413 with Connection: close, so no later request on that connection goes unanswered', async () => {
    const body = JSON.stringify({ q: 'x'.repeat(4000) })
    const raw =
      `POST /v1/works/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}` +
      'GET /health HTTP/1.1\r\nHost: x\r\n\r\n'
    const { text, closed } = await exchange(raw)
    expect(text.startsWith('HTTP/1.1 413 ')).toBe(true)
    expect(text).toMatch(/\r\nconnection: close\r\n/i)
    expect(closed).toBe(true)
    // A fresh connection is served as usual.
    const again = await exchange('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(again.text.startsWith('HTTP/1.1 200 ')).toBe(true)
  })
})
