/**
 * The indexer's library entry for incremental runs: read every source under some paths (through the
 * shared pipeline of `source-run.ts`), and write the new or changed works to a search engine in batches
 * (`write-batch.ts`).
 * A bad file (or record) is reported and skipped while the rest load; a work whose content hash the engine
 * already stores is not written again. Full rebuilds are `rebuildPaths` (`rebuild-works.ts`).
 * @module
 */
import { stat } from 'node:fs/promises'
import { appliesAtOnce, applyChanges, type SearchEngine } from '@ficdex/core'
import type { IndexOptions, IndexReport } from './index-report.js'
import { splitSource } from './normalize/source-location.js'
import { type SourceRun, startSourceRun } from './source-run.js'
import { WriteBatch } from './write-batch.js'

/**
 * Indexes `paths` (files or directories) into `engine`.
 * @example
 * const engine = await openEmbeddedEngine({ path: 'data/ficdex.db' })
 * const report = await indexPaths(['corpus'], engine, { prune: true })
 * console.log(`loaded ${report.loaded}, unchanged ${report.unchanged}, failed ${report.failed.length}`)
 */
export async function indexPaths(
  paths: readonly string[],
  engine: SearchEngine,
  options: IndexOptions = {},
): Promise<IndexReport> {
  const stored = await engine.hashes()
  const batch = new WriteBatch(stored.size, options.batchSize)
  const run = await startSourceRun(paths, options, { engine: engine.name, stored }, () =>
    batch.expectedSize(),
  )
  const { report } = run
  // With --prune, additions and deletions are written together in one transaction where the engine
  // offers one, so readers never see the new works beside the ones about to go: the changed works are
  // held until the end (a rebuild, `--rebuild`, is the way for a corpus too large to hold).
  const atOnce = options.prune === true && appliesAtOnce(engine)
  const flush = async () => {
    if (batch.size === 0) return
    const works = batch.take()
    await engine.upsert(works)
    report.loaded += works.length
  }

  for await (const work of run.works()) {
    if (stored.get(work.id) === work.contentHash) {
      report.unchanged++
    } else {
      batch.add(work)
      if (!atOnce && batch.full) await flush()
    }
  }
  const loadedBefore = report.loaded
  if (atOnce) {
    const gone = await findGone(engine, stored, run)
    const upsert = batch.take()
    await applyChanges(engine, { upsert, delete: gone })
    report.loaded += upsert.length
    report.pruned = gone.length
  } else {
    await flush()
    if (options.prune) {
      const gone = await findGone(engine, stored, run)
      if (gone.length > 0) await engine.delete(gone)
      report.pruned = gone.length
    }
  }
  // The last file's progress came before this write.
  if (report.loaded > loadedBefore) options.onProgress?.(run.progress())
  return run.finish()
}

/** Stored works not seen in this run whose source file is gone or no longer yields them. */
async function findGone(
  engine: SearchEngine,
  stored: ReadonlyMap<string, string>,
  run: Pick<SourceRun, 'seen' | 'filesRead' | 'filesWithFailures' | 'absolute'>,
): Promise<string[]> {
  const gone: string[] = []
  for (const id of stored.keys()) {
    if (run.seen.has(id)) continue
    const source = (await engine.get(id, 'all'))?.source
    if (source === undefined) continue
    const file = run.absolute(splitSource(source).path)
    if (run.filesWithFailures.has(file)) continue
    if (run.filesRead.has(file) || !(await exists(file))) gone.push(id)
  }
  return gone
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
