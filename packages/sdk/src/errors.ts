/**
 * How a call can fail: the API answered with an error (`FicdexApiError`), no usable answer arrived
 * (`FicdexRequestError`), or none arrived in time (`FicdexTimeoutError`). A call the caller aborted
 * rejects with the signal's own reason, as `fetch` does.
 * @module
 */
import type { FieldError, Problem, ProblemCode } from './types.js'

/** Base class of the SDK's errors. */
export class FicdexError extends Error {
  override name = 'FicdexError'
}

/**
 * The server answered with an error status. `body` is its problem document; `code` says what went
 * wrong, `requestId` identifies the request in the server's logs, `errors` lists every invalid value.
 * The message says what failed: `GET /v1/works: query.per_page: Too big: expected number to be <=100`.
 * @example
 * try {
 *   await ficdex.works.get('missing')
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

  /** @param what the request, as `GET /v1/works` */
  constructor(what: string, response: Response, body: unknown) {
    const problem = isProblem(body) ? body : undefined
    super(`${what}: ${describe(response, problem)}`)
    this.status = response.status
    this.code = problem?.code
    this.requestId = problem?.requestId ?? response.headers.get('X-Request-Id') ?? undefined
    this.body = problem
    this.response = response
  }

  /** Every invalid input value, with where it is (`query.per_page`); empty for other errors. */
  get errors(): FieldError[] {
    return this.body?.errors ?? []
  }
}

/** The request did not get a readable answer: network failure, or a body that is not JSON. */
export class FicdexRequestError extends FicdexError {
  override name = 'FicdexRequestError'

  constructor(message: string, options: { cause: unknown }) {
    super(message, options)
  }
}

/** No answer arrived within the client's `timeout` (on every try). */
export class FicdexTimeoutError extends FicdexRequestError {
  override name = 'FicdexTimeoutError'
}

/** What an error answer says: each invalid value with its location, or the problem's detail. */
function describe(response: Response, problem: Problem | undefined): string {
  if (!problem) return `HTTP ${response.status} ${response.statusText}`.trim()
  const errors = problem.errors ?? []
  if (errors.length > 0) return errors.map((error) => `${error.location}: ${error.message}`).join('; ')
  return `${problem.title}: ${problem.detail}`
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
