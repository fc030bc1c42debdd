/** The levels the server logs at (`FICDEX_LOG_LEVEL`), apart from pino so reading them loads no logger. */
import type { Level } from 'pino'

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const satisfies readonly Level[]
export type LogLevel = (typeof LOG_LEVELS)[number]
