/**
 * The error route handlers and middleware throw to answer with a problem document.
 * @module
 */
import { HTTPException } from 'hono/http-exception'
import { ERROR_CODES, type ErrorCode } from './error-codes.js'
import type { FieldError } from './problem.js'

/**
 * An error whose `detail` is safe to show to the caller.
 * @example
 * throw new ApiError('not_found', `No work with id "${id}".`)
 */
export class ApiError extends HTTPException {
  override readonly name = 'ApiError'
  readonly code: ErrorCode
  readonly errors: readonly FieldError[] | undefined

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: readonly FieldError[]; cause?: unknown } = {},
  ) {
    super(ERROR_CODES[code].status, { message: detail, cause: options.cause })
    this.code = code
    this.errors = options.errors
  }
}
