/**
 * Answers the errors Node's HTTP parser raises before a request reaches the app (headers too large, bad
 * bytes, a request that never finished arriving) with the API's problem document rather than Node's
 * bare status line, then closes the connection: after a parse error its bytes cannot be trusted.
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { ServerType } from '@hono/node-server'
import { ERROR_CODES, type ErrorCode } from './error-codes.js'
import { toProblem } from './problem.js'

const DETAILS: Record<string, { code: ErrorCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    code: 'headers_too_large',
    detail: 'The request line and headers are too large (URLs over about 16 KB are refused).',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'request_timeout', detail: 'The request did not arrive in time.' },
  HPE_HEADERS_TIMEOUT: { code: 'request_timeout', detail: 'The request headers did not arrive in time.' },
}
const MALFORMED = { code: 'bad_request', detail: 'The request is not valid HTTP/1.1.' } as const

/** The raw HTTP response for a parser error, with a fresh request id (the app never saw the request). */
export function clientErrorResponse(errorCode: string | undefined): string {
  const { code, detail } = DETAILS[errorCode ?? ''] ?? MALFORMED
  const requestId = randomUUID()
  const body = JSON.stringify(toProblem(code, detail, requestId))
  const { status, title } = ERROR_CODES[code]
  return [
    `HTTP/1.1 ${status} ${title}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n')
}

/** Installs the handler on the Node HTTP server `@hono/node-server` started. */
export function answerClientErrors(server: ServerType): void {
  const http = server as Server
  http.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset or half-written socket cannot take an answer; Node allows writing only before any response.
    if (
      error.code === 'ECONNRESET' ||
      !socket.writable ||
      (socket as { _httpMessage?: unknown })._httpMessage
    ) {
      socket.destroy()
      return
    }
    socket.end(clientErrorResponse(error.code))
  })
}
