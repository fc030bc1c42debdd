/**
 * The little the app needs from a logger, so `serve.ts` and tests can choose where errors and request
 * lines go.
 * @module
 */
import type { RequestOutcome } from './observe-requests.js'

export interface Logger {
  error(message: string, details: Record<string, unknown>): void
  /** One line per answered request; requests are not logged when absent. */
  request?(outcome: RequestOutcome): void
}

/** Writes to standard error. */
export const consoleLogger: Logger = {
  error(message, details) {
    console.error(message, details)
  },
}
