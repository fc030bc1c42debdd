/**
 * The little the app needs from a logger, so `serve.ts` and tests can choose where errors go.
 * @module
 */
export interface Logger {
  error(message: string, details: Record<string, unknown>): void
}

/** Writes to standard error. */
export const consoleLogger: Logger = {
  error(message, details) {
    console.error(message, details)
  },
}
