/**
 * Full rebuilds: every work under some paths, read through the same pipeline as an incremental run, is
 * streamed into `engine.rebuild`, which builds a new index and swaps it in at once. Searches keep
 * answering from the previous index until the swap, and a run that fails or is killed leaves it as it was.
 *
 * A rebuild that met bad sources does not swap by default: the new index would silently lack every work
 * of a file that failed to read (a half-saved edit, an encoding slip), and on a live site those works would
 * vanish. The report lists the failures and the previous index stays; `allowFailures` swaps in the good
 * works anyway.
 * @module
 */
import type { SearchEngine, Work } from '@ficdex/core'
import { DEFAULT_BATCH_SIZE, type IndexOptions, type IndexReport } from './index-report.js'
import { startSourceRun } from './source-run.js'

export interface RebuildPathsOptions extends Omit<IndexOptions, 'prune'> {
  /** Swap in the good works even when some sources failed (default: keep the previous index). */
  allowFailures?: boolean
}

/** Thrown at the end of the works when failures forbid the swap; it makes the engine drop its new index. */
class SwapRefused extends Error {
  override readonly name = 'SwapRefused'
}

/**
 * Rebuilds the engine's index from `paths` (files or directories).
 * @example
 * const report = await rebuildPaths(['corpus'], engine)
 * if (!report.rebuild?.swapped) console.error(`kept the previous index: ${report.failed.length} failures`)
 */
export async function rebuildPaths(
  paths: readonly string[],
  engine: SearchEngine,
  options: RebuildPathsOptions = {},
): Promise<IndexReport> {
  if (!engine.rebuild) throw new Error(`the ${engine.name} engine cannot rebuild its index`)
  const run = await startSourceRun(paths, options, { engine: engine.name })
  const { report } = run
  const before = await engine.hashes()
  const tally = { swapped: false, added: 0, changed: 0, same: 0, removed: 0 }
  report.rebuild = tally

  async function* works(): AsyncGenerator<Work> {
    for await (const work of run.works()) {
      const earlier = before.get(work.id)
      if (earlier === undefined) tally.added++
      else if (earlier === work.contentHash) tally.same++
      else tally.changed++
      report.loaded++
      yield work
    }
    if (report.failed.length > 0 && !options.allowFailures) throw new SwapRefused()
  }

  try {
    await engine.rebuild(works(), { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE })
    tally.swapped = true
    tally.removed = [...before.keys()].filter((id) => !run.seen.has(id)).length
    report.pruned = tally.removed
  } catch (error) {
    if (!(error instanceof SwapRefused)) throw error
  }
  return run.finish()
}
