/**
 * The closed set of error codes the API answers with, and the HTTP status and title of each. Clients
 * branch on `code`; the status follows from it, so the two can never disagree.
 * @module
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export const ERROR_CODES = {
  bad_request: { status: 400, title: 'Bad request' },
  validation_failed: { status: 400, title: 'Validation failed' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  request_timeout: { status: 408, title: 'Request timeout' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  rate_limited: { status: 429, title: 'Too many requests' },
  headers_too_large: { status: 431, title: 'Request header fields too large' },
  internal: { status: 500, title: 'Internal server error' },
  not_implemented: { status: 501, title: 'Not implemented' },
  unavailable: { status: 503, title: 'Service unavailable' },
  timeout: { status: 503, title: 'Search timed out' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ErrorCode = keyof typeof ERROR_CODES

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]

/** The code a bare HTTP status stands for, for errors raised by middleware that knows only statuses. */
export function codeForStatus(status: number): ErrorCode {
  const exact = ERROR_CODE_NAMES.find(
    (code) => code !== 'validation_failed' && ERROR_CODES[code].status === status,
  )
  if (exact) return exact
  return status >= 500 ? 'internal' : 'bad_request'
}
