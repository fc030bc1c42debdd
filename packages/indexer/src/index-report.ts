/**
 * What an indexing run takes and tells: its options, its progress and its report, shared by the
 * incremental run (`index-works.ts`), the full rebuild (`rebuild-works.ts`), the pipeline both use
 * (`source-run.ts`), the watcher and the CLI.
 * @module
 */
import type { Vocabulary } from '@ficdex/core'

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
  /**
   * Threads that read and tag files ahead of the thread writing to the engine (default: one per core
   * beside it, for runs of 16 MB of sources or more; 0 for smaller ones). A custom `vocabulary` is
   * always used on the writing thread alone.
   */
  threads?: number
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
