/**
 * Progress for logs and for programs that drive the indexer (`--progress lines`, or FICDEX_PROGRESS=lines):
 * one line per update, `progress {…}` with the counts, elapsed time and ETA as JSON, at most every 100 ms
 * and always for the last file. Unlike the bar it is written whatever the stream is.
 * @module
 */
import type { IndexProgress } from './index-report.js'
import { estimate, type ProgressBar } from './progress.js'

/** The JSON of one `progress` line. */
export interface ProgressRecord extends IndexProgress {
  elapsedMs: number
  /** Milliseconds left at the current pace; null until the first file is done. */
  etaMs: number | null
}

const EVERY_MS = 100

/**
 * @param write takes one line (without its newline)
 * @param now milliseconds clock, for tests
 */
export function createProgressLines(
  write: (line: string) => void,
  now: () => number = () => performance.now(),
): ProgressBar {
  const started = now()
  let last = Number.NEGATIVE_INFINITY
  return {
    update(progress) {
      const time = now()
      if (time - last < EVERY_MS && progress.filesDone < progress.filesTotal) return
      last = time
      const elapsedMs = time - started
      const { eta } = estimate(progress, elapsedMs)
      const record: ProgressRecord = {
        ...progress,
        elapsedMs: Math.round(elapsedMs),
        etaMs: Number.isFinite(eta) ? Math.round(eta * 1000) : null,
      }
      write(`progress ${JSON.stringify(record)}`)
    },
    clear() {},
  }
}

/** The record of a `progress …` line, or null for any other line. */
export function parseProgressLine(line: string): ProgressRecord | null {
  if (!line.startsWith('progress {')) return null
  return JSON.parse(line.slice('progress '.length)) as ProgressRecord
}
