/**
 * The errors the Meilisearch engine throws. Client errors are wrapped at the engine boundary so
 * callers depend on these few classes (with the server's error code kept) rather than on the
 * client library's, and the original stays reachable as `cause`.
 * @module
 */
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Task,
} from 'meilisearch'
import { EngineUnavailableError, SearchEngineError } from '../../engine/errors.js'

interface EngineErrorDetails {
  cause?: unknown
  /** Meilisearch's error code, e.g. `invalid_search_filter`, `index_not_found`. */
  code?: string
  /** HTTP status of the failed request. */
  status?: number
}

/** The server answered with an error. */
export class MeilisearchEngineError extends SearchEngineError {
  override name = 'MeilisearchEngineError'
  readonly code: string | undefined
  readonly status: number | undefined

  constructor(message: string, details: EngineErrorDetails = {}) {
    super(message, { cause: details.cause })
    this.code = details.code
    this.status = details.status
  }
}

/** The server could not be reached, or did not answer in time. */
export class MeilisearchUnavailableError extends EngineUnavailableError {
  override name = 'MeilisearchUnavailableError'
}

export type TaskOutcome = 'failed' | 'canceled' | 'timedOut'

/**
 * An asynchronous task did not succeed. The client resolves failed and canceled tasks without
 * throwing, so without this check a rejected batch of documents would pass silently.
 */
export class MeilisearchTaskError extends MeilisearchEngineError {
  override name = 'MeilisearchTaskError'
  readonly taskUid: number
  readonly outcome: TaskOutcome

  constructor(message: string, details: EngineErrorDetails & { taskUid: number; outcome: TaskOutcome }) {
    super(message, details)
    this.taskUid = details.taskUid
    this.outcome = details.outcome
  }
}

/** Rethrows nothing itself: returns the error to throw for a failed `action`. */
export function wrapError(error: unknown, action: string): unknown {
  if (error instanceof SearchEngineError) return error
  if (error instanceof MeilisearchApiError) {
    return new MeilisearchEngineError(`${action}: ${error.cause?.message ?? error.message}`, {
      cause: error,
      code: error.cause?.code,
      status: error.response.status,
    })
  }
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new MeilisearchUnavailableError(`${action}: ${error.message}`, { cause: error })
  }
  if (error instanceof MeilisearchTaskTimeOutError) {
    return new MeilisearchTaskError(`${action}: ${error.message}`, {
      cause: error,
      taskUid: error.cause.taskUid,
      outcome: 'timedOut',
    })
  }
  return error
}

/** Throws unless the task succeeded, carrying the server's error code and message. */
export function assertTaskSucceeded(task: Task, action: string): void {
  if (task.status === 'succeeded') return
  const outcome: TaskOutcome = task.status === 'canceled' ? 'canceled' : 'failed'
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : `task ${task.status}`
  throw new MeilisearchTaskError(`${action}: task ${task.uid} ${outcome} (${reason})`, {
    cause: task.error ?? undefined,
    code: task.error?.code,
    taskUid: task.uid,
    outcome,
  })
}

/** The Meilisearch error code of an error, wrapped or not. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof MeilisearchEngineError) return error.code
  if (error instanceof MeilisearchApiError) return error.cause?.code
  return undefined
}
