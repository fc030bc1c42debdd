/**
 * The one line `--watch` prints per re-run, then a line per failure, in the summary's wording.
 * @module
 */
import { count, duration } from '../progress.js'
import type { Rerun } from './watch-index.js'

/**
 * @example
 * rerunLines(rerun) // ['2025-01-02T03:04:05Z corpus/a.md changed: loaded 1, unchanged 0, removed 0, failed 0 (0.1 s)']
 */
export function rerunLines({ at, changed, report }: Rerun): string[] {
  const time = at.toISOString().replace(/\.\d+Z$/, 'Z')
  const what = changed.length === 1 ? changed[0] : `${count(changed.length)} paths`
  const totals = [
    `loaded ${count(report.loaded)}`,
    `unchanged ${count(report.unchanged)}`,
    `removed ${count(report.pruned)}`,
    `failed ${count(report.failed.length)}`,
  ]
  return [
    `${time} ${what} changed: ${totals.join(', ')} (${duration(report.elapsedMs / 1000)})`,
    ...report.failed.map((failure) => `failed: ${failure.source}: ${failure.reason}`),
  ]
}
