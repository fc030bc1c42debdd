/**
 * The server's logger: JSON lines through pino, one per answered request (`msg: "request"`, with
 * requestId, method, route pattern, status, duration and the kind of caller, never a key or token) and
 * one per unexpected error. `level: 'warn'` keeps only the errors.
 * @module
 */
import pino, { type DestinationStream } from 'pino'
import type { LogLevel } from './log-levels.js'
import type { Logger } from './logger.js'

/**
 * @example
 * createApp({ engine, logger: pinoLogger({ level: 'info' }) }) // JSON lines on standard output
 */
export function pinoLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  const log = pino(
    {
      level: options.level ?? 'info',
      base: { service: 'ficdex' },
    },
    options.destination,
  )
  return {
    error(message, { error, ...details }) {
      log.error({ ...details, err: error }, message)
    },
    request(outcome) {
      log.info(outcome, 'request')
    },
  }
}
