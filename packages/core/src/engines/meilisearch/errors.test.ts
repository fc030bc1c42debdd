import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { EngineUnavailableError, SearchEngineError } from '../../engine/errors.js'
import {
  assertTaskSucceeded,
  errorCode,
  MeilisearchEngineError,
  MeilisearchTaskError,
  MeilisearchUnavailableError,
  wrapError,
} from './errors.js'

const apiError = (status: number, code: string, message: string) => {
  const body = { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` }
  return new MeilisearchApiError(new Response(JSON.stringify(body), { status }), body)
}

const task = (status: Task['status'], error: Task['error'] = null): Task => ({
  uid: 42,
  batchUid: 7,
  indexUid: 'works',
  status,
  type: 'documentAdditionOrUpdate',
  canceledBy: null,
  error,
  duration: 'PT0.1S',
  enqueuedAt: '2026-01-01T00:00:00Z',
  startedAt: '2026-01-01T00:00:00Z',
  finishedAt: '2026-01-01T00:00:01Z',
})

describe('wrapError', () => {
  it('turns an API error into ours, keeping code, status and the original as cause', () => {
    const original = apiError(400, 'invalid_search_filter', 'Attribute `x` is not filterable.')
    const wrapped = wrapError(original, 'search')
    expect(wrapped).toBeInstanceOf(MeilisearchEngineError)
    expect(wrapped).toMatchObject({
      name: 'MeilisearchEngineError',
      message: 'search: Attribute `x` is not filterable.',
      code: 'invalid_search_filter',
      status: 400,
      cause: original,
    })
  })

  it.each([
    [
      'a failed request',
      new MeilisearchRequestError('http://127.0.0.1:7700/health', new TypeError('fetch failed')),
    ],
    [
      'a request timeout',
      new MeilisearchRequestTimeOutError(1000, { headers: { Authorization: 'Bearer k' } }),
    ],
  ])('reports %s as the server being unavailable', (_, original) => {
    const wrapped = wrapError(original, 'count')
    expect(wrapped).toBeInstanceOf(MeilisearchUnavailableError)
    expect(wrapped).toBeInstanceOf(EngineUnavailableError)
    expect(wrapped).toBeInstanceOf(SearchEngineError)
    expect(wrapped).toMatchObject({ name: 'MeilisearchUnavailableError', cause: original })
  })

  it('reports a task wait timeout as a task error', () => {
    const wrapped = wrapError(new MeilisearchTaskTimeOutError(9, 600_000), 'add documents')
    expect(wrapped).toBeInstanceOf(MeilisearchTaskError)
    expect(wrapped).toMatchObject({ taskUid: 9, outcome: 'timedOut' })
  })

  it('leaves our own errors and unrelated errors alone', () => {
    const ours = new MeilisearchEngineError('x')
    const bug = new TypeError('a bug')
    expect(wrapError(ours, 'a')).toBe(ours)
    expect(wrapError(bug, 'a')).toBe(bug)
  })
})

describe('assertTaskSucceeded', () => {
  it('passes a succeeded task', () => {
    expect(() => assertTaskSucceeded(task('succeeded'), 'add documents')).not.toThrow()
  })

  it('raises a failed task with the server’s code and message', () => {
    const error = {
      message: 'Document identifier `a b` is invalid.',
      code: 'invalid_document_id',
      type: 'invalid_request',
      link: '',
    }
    let thrown: unknown
    try {
      assertTaskSucceeded(task('failed', error), 'add documents')
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(MeilisearchTaskError)
    expect(thrown).toMatchObject({
      name: 'MeilisearchTaskError',
      message: 'add documents: task 42 failed (invalid_document_id: Document identifier `a b` is invalid.)',
      code: 'invalid_document_id',
      taskUid: 42,
      outcome: 'failed',
      cause: error,
    })
  })

  it('raises a canceled task', () => {
    expect(() => assertTaskSucceeded(task('canceled'), 'swap indexes')).toThrow(
      expect.objectContaining({
        outcome: 'canceled',
        message: 'swap indexes: task 42 canceled (task canceled)',
      }),
    )
  })
})

describe('errorCode', () => {
  it('reads the code from wrapped and unwrapped errors', () => {
    const original = apiError(404, 'index_not_found', 'Index `works` not found.')
    expect(errorCode(original)).toBe('index_not_found')
    expect(errorCode(wrapError(original, 'search'))).toBe('index_not_found')
    expect(errorCode(new Error('x'))).toBeUndefined()
  })
})
