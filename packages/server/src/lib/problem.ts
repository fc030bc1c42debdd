/**
 * The one error envelope of the API: an RFC 9457 problem document (`application/problem+json`) with
 * a machine-readable `code`, the request id, and per-field `errors` for validation failures.
 * @module
 */
import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from './context.js'
import { ERROR_CODE_NAMES, ERROR_CODES, type ErrorCode } from './error-codes.js'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export const FieldError = z
  .object({
    location: z.string().openapi({
      description:
        'Where the invalid value is: `query.<param>`, `path.<param>`, `header.<name>` or `body.<dotted.path>` (array items by index).',
      example: 'query.per_page',
    }),
    message: z.string().openapi({ example: 'Too big: expected number to be <=100' }),
  })
  .openapi('FieldError', { description: 'One invalid input value.' })
export type FieldError = z.infer<typeof FieldError>

export const Problem = z
  .object({
    type: z.string().openapi({
      description: 'A URI naming the problem type; stable per `code`.',
      example: 'urn:ficdex:problem:not_found',
    }),
    title: z.string().openapi({ description: 'A short summary of the problem type.', example: 'Not found' }),
    status: z.number().int().openapi({ description: 'The HTTP status code.', example: 404 }),
    detail: z.string().openapi({
      description: 'What went wrong with this request, for humans.',
      example: 'No work with id "ao3-404".',
    }),
    code: z.enum(ERROR_CODE_NAMES).openapi({
      description:
        'What went wrong, for programs. `validation_failed` comes with `errors`; `bad_request` means the request could not be read at all (e.g. malformed JSON).',
      example: 'not_found',
    }),
    requestId: z.string().openapi({
      description:
        'The id of this request, also sent as the `X-Request-Id` header; quote it when reporting a problem.',
      example: '0b9f2c4e-6a53-4c1e-9d2e-3f1c7a8b9d10',
    }),
    errors: z
      .array(FieldError)
      .optional()
      .openapi({ description: 'Every invalid input value, when `code` is `validation_failed`.' }),
  })
  .openapi('Problem', { description: 'An error, as an RFC 9457 problem document.' })
export type Problem = z.infer<typeof Problem>

/** Builds the problem document for a code. */
export function toProblem(
  code: ErrorCode,
  detail: string,
  requestId: string,
  errors?: readonly FieldError[],
): Problem {
  const { status, title } = ERROR_CODES[code]
  return {
    type: `urn:ficdex:problem:${code}`,
    title,
    status,
    detail,
    code,
    requestId,
    ...(errors && errors.length > 0 ? { errors: [...errors] } : {}),
  }
}

/** Answers a request with a problem document. */
export function problemResponse(
  c: Context<AppEnv>,
  code: ErrorCode,
  detail: string,
  errors?: readonly FieldError[],
): Response {
  const problem = toProblem(code, detail, c.get('requestId'), errors)
  const headers: Record<string, string> = { 'Content-Type': PROBLEM_CONTENT_TYPE }
  if (code === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="ficdex"'
  return c.body(JSON.stringify(problem), ERROR_CODES[code].status, headers)
}
