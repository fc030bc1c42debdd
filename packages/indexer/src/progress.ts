/**
 * What the indexer shows while it runs and when it is done: a one-line progress bar with counts, rate and
 * ETA, redrawn in place on a terminal and silent otherwise (logs and pipes get only the summary), and the
 * final summary with every failure and its reason.
 * @module
 */
import type { IndexProgress, IndexReport } from './index-report.js'

/** The parts of a stream the bar needs (`process.stderr` fits). */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface ProgressBar {
  update(progress: IndexProgress): void
  /** Removes the bar, so the summary starts on a clean line. */
  clear(): void
}

/** Redraws at most this often; indexing small files can report thousands of times a second. */
const REDRAW_MS = 100

/**
 * @param now milliseconds clock, for tests
 */
export function createProgressBar(
  stream: ProgressStream,
  now: () => number = () => performance.now(),
): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} }
  const started = now()
  let lastDraw = Number.NEGATIVE_INFINITY
  let drawn = false
  return {
    update(progress) {
      const time = now()
      if (time - lastDraw < REDRAW_MS && progress.filesDone < progress.filesTotal) return
      lastDraw = time
      drawn = true
      // A pseudo-terminal may report 0 columns.
      const line = progressLine(progress, time - started, stream.columns || 80)
      stream.write(`\r\x1b[2K${line}`)
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K')
      drawn = false
    },
  }
}

/**
 * `[#####-----] 120/400 files · 3,400 works · 850 works/s · ETA 12 s`, fitted to the terminal width.
 * The ETA assumes the remaining files take as long as the ones read so far.
 */
export function progressLine(progress: IndexProgress, elapsedMs: number, columns: number): string {
  const { filesDone, filesTotal, works } = progress
  const { fraction, rate, eta } = estimate(progress, elapsedMs)
  const parts = [
    `${count(filesDone)}/${count(filesTotal)} files`,
    `${count(works)} works`,
    `${count(Math.round(rate))} works/s`,
    Number.isFinite(eta) ? `ETA ${duration(eta)}` : 'ETA …',
  ]
  if (progress.failed > 0) parts.push(`${count(progress.failed)} failed`)
  const text = parts.join(' · ')
  const barWidth = Math.min(30, columns - text.length - 4)
  if (barWidth < 5) return text.slice(0, Math.max(0, columns - 1))
  const filled = Math.round(barWidth * fraction)
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`
}

/**
 * How far along a run is: the fraction of files done, works per second, and the seconds left (NaN until
 * a file is done), assuming the remaining files take as long as the ones read so far.
 */
export function estimate(
  progress: IndexProgress,
  elapsedMs: number,
): { fraction: number; rate: number; eta: number } {
  const { filesDone, filesTotal, works } = progress
  const fraction = filesTotal === 0 ? 1 : filesDone / filesTotal
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 ? works / seconds : 0
  const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Number.NaN
  return { fraction, rate, eta }
}

/**
 * The summary: `loaded N, unchanged N, failed N (…)` (for a rebuild, `rebuilt N works …` or `not rebuilt …`)
 * then notes and one line per failure.
 * @example
 * summaryLines(report) // ['loaded 40, unchanged 2, failed 1 (38 .md, 5 .jsonl; 0.4 s)', 'failed: a.md: unknown key "x"']
 */
export function summaryLines(report: IndexReport, options: { prune?: boolean } = {}): string[] {
  const failed = `failed ${count(report.failed.length)}`
  const rebuild = report.rebuild
  const totals = !rebuild
    ? [`loaded ${count(report.loaded)}`, `unchanged ${count(report.unchanged)}`, failed]
    : rebuild.swapped
      ? [
          `rebuilt ${count(report.loaded)} works (${count(rebuild.added)} new, ${count(rebuild.changed)} changed, ${count(rebuild.same)} unchanged)`,
          `removed ${count(rebuild.removed)}`,
          failed,
        ]
      : [`not rebuilt: ${failed}, the previous index is unchanged`]
  if (options.prune && !rebuild) totals.push(`pruned ${count(report.pruned)}`)
  const formats = Object.entries(report.byFormat)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([ext, n]) => `${count(n)} ${ext}`)
  const details = [formats.length > 0 ? formats.join(', ') : 'no works', duration(report.elapsedMs / 1000)]
  const lines = [`${totals.join(', ')} (${details.join('; ')})`]
  if (rebuild && !rebuild.swapped) {
    lines.push(
      `fix the failures below, or rerun with --allow-failures to swap in the ${count(report.loaded)} good works`,
    )
  }
  if (report.unwrangled > 0) {
    lines.push(`${count(report.unwrangled)} unwrangled tags kept as written (see: ficdex tags report)`)
  }
  if (report.ignored.length > 0) {
    const shown = report.ignored.slice(0, 5).join(', ')
    const more = report.ignored.length > 5 ? ` and ${report.ignored.length - 5} more` : ''
    const files = report.ignored.length === 1 ? 'file' : 'files'
    lines.push(`ignored ${count(report.ignored.length)} ${files} with no reader: ${shown}${more}`)
  }
  for (const failure of report.failed) lines.push(`failed: ${failure.source}: ${failure.reason}`)
  return lines
}

/** `12,345`: counts as the summaries print them. */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}

/** `0.4 s`, `12 s`, `3 min 20 s`, `1 h 5 min`. */
export function duration(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`
}
