/**
 * The two ways a call can fail: the API answered with an error (`FicdexApiError`), or no usable
 * answer arrived at all (`FicdexRequestError`).
 * @module
 */
import type { Problem, ProblemCode } from './types.js'

/** Base class of the SDK's errors. */
export class FicdexError extends Error {
  override name = 'FicdexError'
}

/**
 * The server answered with an error status. `body` is its problem document; `code` says what went
 * wrong, `requestId` identifies the request in the server's logs.
 * @example
 * try {
 *   await ficdex.getWork('missing')
 * } catch (error) {
 *   if (error instanceof FicdexApiError && error.code === 'not_found') …
 * }
 */
export class FicdexApiError extends FicdexError {
  override name = 'FicdexApiError'
  readonly status: number
  /** Undefined only when the answer was not a problem document (e.g. from a proxy in between). */
  readonly code: ProblemCode | undefined
  readonly requestId: string | undefined
  readonly body: Problem | undefined
  readonly response: Response

  constructor(response: Response, body: unknown) {
    const problem = isProblem(body) ? body : undefined
    super(
      problem
        ? `${problem.title}: ${problem.detail}`
        : `HTTP ${response.status} ${response.statusText}`.trim(),
    )
    this.status = response.status
    this.code = problem?.code
    this.requestId = problem?.requestId ?? response.headers.get('X-Request-Id') ?? undefined
    this.body = problem
    this.response = response
  }
}

/** The request did not get a readable answer: network failure, abort, or a body that is not JSON. */
export class FicdexRequestError extends FicdexError {
  override name = 'FicdexRequestError'

  constructor(message: string, options: { cause: unknown }) {
    super(message, options)
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).code === 'string' &&
    typeof (body as Problem).status === 'number' &&
    typeof (body as Problem).detail === 'string'
  )
}
