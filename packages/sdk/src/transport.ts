/**
 * One request to the API, as every method makes it: the URL from the base URL, path and query; the
 * client's headers; a timeout per try combined with the caller's signal; retries with backoff for
 * idempotent requests that failed in passing; the JSON answer, or one of the SDK's errors.
 * @module
 */
import { FicdexApiError, FicdexRequestError, FicdexTimeoutError } from './errors.js'
import {
  backoffDelay,
  IDEMPOTENT_METHODS,
  MAX_RETRY_AFTER_MS,
  RETRY_STATUSES,
  retryAfterMs,
  sleep,
} from './retry.js'
import { SDK_VERSION } from './version.js'

/**
 * The standard `fetch` signature. The SDK hands `fetch` a URL and options rather than a `Request`: a
 * `Request` forwards its abort signal only while the object lives, and one dropped mid-flight would
 * leave the timeout unheard.
 */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>

/** A member token, or a function that answers the current one (called before every try, so it may renew it). */
export type TokenSource = string | (() => string | Promise<string>)

export interface TransportOptions {
  baseUrl: string
  apiKey?: string
  token?: TokenSource
  fetch?: FetchFunction
  headers?: Record<string, string>
  /** Milliseconds one try may take. */
  timeout: number
  /** Further tries after the first. */
  maxRetries: number
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call, retries and waits included; the call then rejects with the signal's reason. */
  signal?: AbortSignal
  /** Milliseconds one try may take, instead of the client's `timeout`. */
  timeout?: number
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** From the API root, as `/v1/works`, with a query string if the path carries one. */
  path: string
  query?: URLSearchParams
  /** Sent as JSON, unless `bodyType` names another media type for a body already in text. */
  body?: unknown
  bodyType?: string
  /** A success's body as text of this media type (an Atom feed), instead of JSON. */
  text?: string
}

export type Transport = <T>(spec: RequestSpec, options?: CallOptions) => Promise<T>

const CLIENT = `ficdex-sdk-js/${SDK_VERSION}`

/** `User-Agent`, where a client may set it: in Node and other server runtimes, not in browsers. */
function userAgent(): Record<string, string> {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node
  return node ? { 'User-Agent': `${CLIENT} node/${node}` } : {}
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const send: FetchFunction = options.fetch ?? ((url, init) => fetch(url, init))
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...userAgent(),
    ...options.headers,
    'X-Ficdex-Client': CLIENT,
    ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}),
    ...(typeof options.token === 'string' ? { Authorization: `Bearer ${options.token}` } : {}),
  }
  const { token } = options

  return async function request<T>(spec: RequestSpec, call: CallOptions = {}): Promise<T> {
    const query = spec.query?.toString()
    const url = `${baseUrl}${spec.path}${query ? `${spec.path.includes('?') ? '&' : '?'}${query}` : ''}`
    const what = `${spec.method} ${spec.path.split('?')[0]}`
    const retries = IDEMPOTENT_METHODS.has(spec.method) ? options.maxRetries : 0
    const timeout = call.timeout ?? options.timeout

    for (let attempt = 0; ; attempt++) {
      const sent =
        typeof token === 'function' ? { ...headers, Authorization: `Bearer ${await token()}` } : headers
      const outcome = await tryOnce(send, what, url, spec, sent, timeout, call.signal)
      const canRetry = attempt < retries
      if ('error' in outcome) {
        if (!canRetry) throw outcome.error
        await sleep(backoffDelay(attempt), call.signal)
        continue
      }
      const { response, body } = outcome
      if (response.ok) return body as T
      const error = new FicdexApiError(what, response, body)
      if (!canRetry || !RETRY_STATUSES.has(response.status)) throw error
      const asked = retryAfterMs(response.headers.get('Retry-After'))
      if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) throw error
      await sleep(asked ?? backoffDelay(attempt), call.signal)
    }
  }
}

/**
 * One try: an answer with its JSON body (undefined when an error answer has none), or the request
 * error that a retry may cure. Throws what no retry cures: a success whose body is not JSON, or the
 * caller's abort.
 */
async function tryOnce(
  send: FetchFunction,
  what: string,
  url: string,
  spec: RequestSpec,
  headers: Record<string, string>,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; body: unknown } | { error: FicdexRequestError }> {
  // One controller for both ends of a try, with a plain timer: it aborts the request, and the reading of
  // its body, when the caller aborts or the time is up.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort(new DOMException(`No answer within ${timeout} ms`, 'TimeoutError'))
  }, timeout)
  const forward = () => controller.abort(signal?.reason)
  if (signal?.aborted) forward()
  else signal?.addEventListener('abort', forward, { once: true })
  const init: RequestInit = {
    method: spec.method,
    headers: {
      ...headers,
      ...(spec.text === undefined ? {} : { Accept: `${spec.text}, application/problem+json` }),
      ...(spec.body === undefined ? {} : { 'Content-Type': spec.bodyType ?? 'application/json' }),
    },
    ...(spec.body === undefined
      ? {}
      : { body: spec.bodyType === undefined ? JSON.stringify(spec.body) : String(spec.body) }),
    signal: controller.signal,
  }
  let response: Response
  let text: string
  try {
    response = await send(url, init)
    text = await response.text()
  } catch (cause) {
    if (signal?.aborted) throw signal.reason
    if (timedOut) {
      return { error: new FicdexTimeoutError(`${what} timed out after ${timeout} ms`, { cause }) }
    }
    return {
      error: new FicdexRequestError(`${what} failed: ${(cause as Error)?.message ?? cause}`, { cause }),
    }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forward)
  }
  if (response.ok && spec.text !== undefined) return { response, body: text }
  if (text === '') return { response, body: undefined }
  try {
    return { response, body: JSON.parse(text) }
  } catch (cause) {
    if (!response.ok) return { response, body: undefined }
    throw new FicdexRequestError(`${what}: the answer is not JSON`, { cause })
  }
}
