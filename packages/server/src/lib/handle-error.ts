/**
 * The app's `onError` and `notFound` handlers: every failure leaves as a problem document. Messages of
 * unexpected errors are logged, never sent.
 * @module
 */
import { EngineUnavailableError, QuerySyntaxError, SearchTimeoutError } from '@ficdex/core'
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ApiError } from './api-error.js'
import type { AppEnv } from './context.js'
import { codeForStatus } from './error-codes.js'
import type { Logger } from './logger.js'
import { problemResponse } from './problem.js'
import { validationDetail } from './validation-hook.js'

const GENERIC_DETAIL = 'An unexpected error occurred. Quote the request id when reporting it.'

export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return function handleError(error: Error, c: Context<AppEnv>) {
    if (error instanceof ApiError) {
      if (error.status >= 500) logRequestError(logger, c, error)
      return problemResponse(c, error.code, error.message, error.errors)
    }
    // Both engines read `q` themselves; a query they cannot read is the caller's, wherever it surfaced.
    if (error instanceof QuerySyntaxError) {
      const errors = [{ location: `${c.req.method === 'GET' ? 'query' : 'body'}.q`, message: error.message }]
      return problemResponse(c, 'validation_failed', validationDetail(errors), errors)
    }
    // Hono's own exceptions (malformed JSON, unsupported media type…) carry safe, fixed messages.
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, codeForStatus(error.status), error.message || 'The request was rejected.')
    }
    // A search stopped over its budget, or dropped because its client left, is the load, not a fault.
    if (error instanceof SearchTimeoutError) {
      return problemResponse(
        c,
        'timeout',
        `The search ran past its time budget of ${error.budgetMs} ms and was stopped; narrow it, or try again later.`,
      )
    }
    if (c.req.raw.signal.aborted) {
      return problemResponse(c, 'unavailable', 'The client closed the connection before the answer.')
    }
    logRequestError(logger, c, error)
    if (error instanceof EngineUnavailableError) {
      return problemResponse(c, 'unavailable', 'The search engine is not answering; try again shortly.')
    }
    return problemResponse(c, 'internal', GENERIC_DETAIL)
  }
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, 'not_found', `No route matches ${c.req.method} ${c.req.path}.`)

function logRequestError(logger: Logger, c: Context<AppEnv>, error: Error): void {
  logger.error('request failed', {
    requestId: c.get('requestId'),
    method: c.req.method,
    path: c.req.path,
    error,
  })
}
