/**
 * The levels the server logs at (`FICDEX_LOG_LEVEL`), apart from pino so that reading the configuration
 * loads no logger.
 * @module
 */
import type { Level } from 'pino'

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const satisfies readonly Level[]
export type LogLevel = (typeof LOG_LEVELS)[number]
