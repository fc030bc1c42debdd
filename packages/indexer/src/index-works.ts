/**
 * The indexer's library entry for incremental runs: read every source under some paths (through the
 * shared pipeline of `source-run.ts`), and write the new or changed works to a search engine in batches.
 * A bad file (or record) is reported and skipped while the rest load; a work whose content hash the engine
 * already stores is not written again. Full rebuilds are `rebuildPaths` (`rebuild-works.ts`).
 * @module
 */
import { stat } from 'node:fs/promises'
import type { SearchEngine, Vocabulary, Work } from '@ficdex/core'
import { splitSource } from './normalize/source-location.js'
import { type SourceRun, startSourceRun } from './source-run.js'

/**
 * Works per write. Each write commits one transaction and flushes a new text-index segment: 30k works
 * with ~2,900-word texts loaded in 75 s in batches of 500 and 59 s in batches of 2,000 (fewer, larger
 * segments to merge), with no more memory at peak; 4,000 was no faster.
 */
export const DEFAULT_BATCH_SIZE = 2000

export interface IndexOptions {
  /** Called after each file with the running totals. */
  onProgress?: (progress: IndexProgress) => void
  /** Works per `engine.upsert` call (default `DEFAULT_BATCH_SIZE`). */
  batchSize?: number
  /**
   * Delete stored works whose source is gone: the file no longer exists, or was read in this run without
   * yielding that work. Works from files that failed in this run, or outside the paths given, are kept.
   */
  prune?: boolean
  /** Relative paths are resolved against this (default: the process's), and sources are stored relative to it. */
  cwd?: string
  /** The tag vocabulary to wrangle and infer with (default: the shipped one). */
  vocabulary?: Vocabulary
  /** Called after each file with the ids of the valid works it yielded (`--watch` keeps track of them). */
  onFile?: (read: FileRead) => void
}

export interface FileRead {
  /** Absolute path. */
  file: string
  /** Ids of the valid works the file yielded, in order. */
  ids: readonly string[]
  /** Whether the file, or a record in it, failed. */
  failed: boolean
}

export interface IndexProgress {
  filesDone: number
  filesTotal: number
  /** Works read and valid so far (loaded, about to be loaded, or unchanged). */
  works: number
  loaded: number
  unchanged: number
  failed: number
}

export interface IndexFailure {
  /** `path` or `path:LINE`, relative to the working directory. */
  source: string
  reason: string
}

export interface IndexReport {
  /** Files read (successfully or not). */
  files: number
  /** Works written to the engine: new or changed. */
  loaded: number
  /** Works skipped because the engine already stores them with the same content hash. */
  unchanged: number
  /** Stored works deleted by `prune`. */
  pruned: number
  failed: IndexFailure[]
  /** Valid works per file extension (`.md`, `.jsonl` …), loaded or unchanged. */
  byFormat: Record<string, number>
  /** Files inside the given directories that no reader handles. */
  ignored: string[]
  /** Distinct author tags (per kind) the vocabulary does not know; `ficdex tags report` lists them. */
  unwrangled: number
  elapsedMs: number
  /** Set by a full rebuild only (then `loaded` counts the works written to the new index). */
  rebuild?: RebuildTally
}

export interface RebuildTally {
  /** Whether the new index replaced the old one; false when failures stopped it (see `rebuildPaths`). */
  swapped: boolean
  /** Of the works written: ids the engine did not hold before, held with another hash, held the same. */
  added: number
  changed: number
  same: number
  /** Works the engine held before that the new index no longer has (counted when swapped). */
  removed: number
}

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
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE)
  const run = await startSourceRun(paths, options)
  const { report } = run
  const stored = await engine.hashes()
  let pending: Work[] = []
  const flush = async () => {
    if (pending.length === 0) return
    await engine.upsert(pending)
    report.loaded += pending.length
    pending = []
  }

  for await (const work of run.works()) {
    if (stored.get(work.id) === work.contentHash) {
      report.unchanged++
    } else {
      pending.push(work)
      if (pending.length >= batchSize) await flush()
    }
  }
  const loadedBefore = report.loaded
  await flush()
  // The last file's progress came before this write.
  if (report.loaded > loadedBefore) options.onProgress?.(run.progress())

  if (options.prune) {
    const gone = await findGone(engine, stored, run)
    if (gone.length > 0) await engine.delete(gone)
    report.pruned = gone.length
  }
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
