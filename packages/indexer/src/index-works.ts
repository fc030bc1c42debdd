/**
 * The indexer's library entry: read every source under some paths, normalize each work, and write the
 * new or changed ones to a search engine in batches. A bad file (or record) is reported and skipped while
 * the rest load; a work whose content hash the engine already stores is not written again.
 * @module
 */
import { stat } from 'node:fs/promises'
import { extname, relative, resolve, sep } from 'node:path'
import { defaultVocabulary, type SearchEngine, type Vocabulary, type Work } from '@ficdex/core'
import { splitSource } from './normalize/source-location.js'
import { isReadable } from './read/readers.js'
import { SourceError } from './read/source-error.js'
import { walkSources } from './read/walk.js'
import { readWorkFile } from './read-file.js'
import { tagWork } from './tag-work.js'

export const DEFAULT_BATCH_SIZE = 500

export interface IndexOptions {
  /** Called after each file with the running totals. */
  onProgress?: (progress: IndexProgress) => void
  /** Works per `engine.upsert` call (default 500). */
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
  const started = performance.now()
  const cwd = resolve(options.cwd ?? '.')
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE)
  const display = (path: string) => relative(cwd, resolve(cwd, path)) || '.'

  const walked = await walkSources(
    paths.map((path) => resolve(cwd, path)),
    isReadable,
  )
  const report: IndexReport = {
    files: walked.files.length,
    loaded: 0,
    unchanged: 0,
    pruned: 0,
    failed: [],
    byFormat: {},
    ignored: walked.ignored.map(display),
    unwrangled: 0,
    elapsedMs: 0,
  }
  const fail = (error: SourceError) => {
    const path = display(error.path)
    // Reasons may name other files (a sidecar); show those relative too.
    const reason = error.reason.replaceAll(cwd + sep, '')
    report.failed.push({ source: error.line === undefined ? path : `${path}:${error.line}`, reason })
  }
  walked.errors.forEach(fail)

  const vocabulary = options.vocabulary ?? defaultVocabulary()
  const unwrangled = new Set<string>()
  const stored = await engine.hashes()
  const seen = new Map<string, string>()
  const filesWithFailures = new Set<string>()
  const filesRead = new Set<string>()
  let pending: Work[] = []
  const flush = async () => {
    if (pending.length === 0) return
    await engine.upsert(pending)
    report.loaded += pending.length
    pending = []
  }

  for (const [index, file] of walked.files.entries()) {
    const failuresBefore = report.failed.length
    for (const read of await readWorkFile(file, display(file))) {
      if (read instanceof SourceError) {
        fail(read)
        continue
      }
      const tagged = tagWork(vocabulary, read)
      for (const { kind, tag } of tagged.unwrangled) unwrangled.add(`${kind}\0${tag}`)
      const result = tagged.work
      const earlier = seen.get(result.id)
      if (earlier !== undefined) {
        fail(sourceError(result.source ?? display(file), `id "${result.id}" is already used by ${earlier}`))
        continue
      }
      seen.set(result.id, result.source ?? display(file))
      const ext = extname(file).toLowerCase()
      report.byFormat[ext] = (report.byFormat[ext] ?? 0) + 1
      if (stored.get(result.id) === result.contentHash) {
        report.unchanged++
      } else {
        pending.push(result)
        if (pending.length >= batchSize) await flush()
      }
    }
    filesRead.add(file)
    if (report.failed.length > failuresBefore) filesWithFailures.add(file)
    options.onProgress?.({
      filesDone: index + 1,
      filesTotal: walked.files.length,
      works: seen.size,
      loaded: report.loaded,
      unchanged: report.unchanged,
      failed: report.failed.length,
    })
  }
  await flush()

  if (options.prune) {
    const gone = await findGone(engine, stored, seen, { cwd, filesRead, filesWithFailures })
    if (gone.length > 0) await engine.delete(gone)
    report.pruned = gone.length
  }
  report.unwrangled = unwrangled.size
  report.elapsedMs = performance.now() - started
  return report
}

function sourceError(source: string, reason: string): SourceError {
  const { path, line } = splitSource(source)
  return new SourceError(path, reason, line)
}

/** Stored works not seen in this run whose source file is gone or no longer yields them. */
async function findGone(
  engine: SearchEngine,
  stored: ReadonlyMap<string, string>,
  seen: ReadonlyMap<string, string>,
  run: { cwd: string; filesRead: ReadonlySet<string>; filesWithFailures: ReadonlySet<string> },
): Promise<string[]> {
  const gone: string[] = []
  for (const id of stored.keys()) {
    if (seen.has(id)) continue
    const source = (await engine.get(id, 'all'))?.source
    if (source === undefined) continue
    const file = resolve(run.cwd, splitSource(source).path)
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
