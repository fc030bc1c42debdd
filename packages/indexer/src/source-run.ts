/**
 * The one read → tag pipeline every indexing mode shares: walks the paths, reads each file, wrangles and
 * infers each work's tags, and hands the valid works on one at a time, while the run's report collects the
 * failures (with reasons), the works per format and the unwrangled tags. Streaming: only the works of
 * the file being read are held, whatever the size of the corpus.
 * @module
 */
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { extname, relative, resolve, sep } from 'node:path'
import { defaultVocabulary, type Work } from '@ficdex/core'
import type { IndexOptions, IndexProgress, IndexReport } from './index-report.js'
import { splitSource } from './normalize/source-location.js'
import { isReadable } from './read/readers.js'
import { SourceError } from './read/source-error.js'
import { walkSources } from './read/walk.js'
import { FileTagger, type PrepareRun } from './tag-threads/file-tagger.js'

export interface SourceRun {
  /** Filled in as `works()` is consumed; the consumer adds its own counts (loaded, unchanged …). */
  readonly report: IndexReport
  /** Works once each valid work in the run. Use once. */
  works(): AsyncGenerator<Work>
  /** Work id → the source it was read from, for every valid work so far. */
  readonly seen: ReadonlyMap<string, string>
  /** Absolute paths of the files read so far, and of those among them with a failure. */
  readonly filesRead: ReadonlySet<string>
  readonly filesWithFailures: ReadonlySet<string>
  /** The counts so far, as `onProgress` gets them. */
  progress(): IndexProgress
  /** Resolves a path the way the run does (against its working directory). */
  readonly absolute: (path: string) => string
  /** Sets the report's totals that are only known at the end, and returns it. */
  finish(): IndexReport
}

/**
 * Walks `paths` and prepares the run; nothing is read until `works()` is iterated.
 * @param prepare the engine the works go to, so tagging threads can prepare them for it
 * @param aheadWorks the works the consumer writes at once, for tagging threads to keep ready ahead
 */
export async function startSourceRun(
  paths: readonly string[],
  options: IndexOptions = {},
  prepare?: PrepareRun,
  aheadWorks?: () => number,
): Promise<SourceRun> {
  const started = performance.now()
  const cwd = resolve(options.cwd ?? '.')
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
  const seen = new Map<string, string>()
  const filesRead = new Set<string>()
  const filesWithFailures = new Set<string>()

  async function* works(): AsyncGenerator<Work> {
    // A custom vocabulary stays on this thread; tagging threads load the shipped one.
    const threads = options.vocabulary ? 0 : (options.threads ?? (await defaultThreads(walked.files)))
    const tagger = new FileTagger(
      walked.files.map((file) => ({ file, shown: display(file) })),
      vocabulary,
      threads,
      prepare,
      aheadWorks,
    )
    try {
      yield* tagFiles(tagger)
    } finally {
      await tagger.close()
    }
  }

  async function* tagFiles(tagger: FileTagger): AsyncGenerator<Work> {
    for (const [index, file] of walked.files.entries()) {
      const failuresBefore = report.failed.length
      const ids: string[] = []
      for (const tagged of await tagger.take(index)) {
        if (tagged instanceof SourceError) {
          fail(tagged)
          continue
        }
        for (const { kind, tag } of tagged.unwrangled) unwrangled.add(`${kind}\0${tag}`)
        const work = tagged.work
        const earlier = seen.get(work.id)
        if (earlier !== undefined) {
          fail(sourceError(work.source ?? display(file), `id "${work.id}" is already used by ${earlier}`))
          continue
        }
        seen.set(work.id, work.source ?? display(file))
        ids.push(work.id)
        const ext = extname(file).toLowerCase()
        report.byFormat[ext] = (report.byFormat[ext] ?? 0) + 1
        yield work
      }
      filesRead.add(file)
      const failed = report.failed.length > failuresBefore
      if (failed) filesWithFailures.add(file)
      options.onFile?.({ file, ids, failed })
      filesDone = index + 1
      options.onProgress?.(progress())
    }
  }

  let filesDone = 0
  const progress = (): IndexProgress => ({
    filesDone,
    filesTotal: walked.files.length,
    works: seen.size,
    loaded: report.loaded,
    unchanged: report.unchanged,
    failed: report.failed.length,
  })

  return {
    report,
    works,
    seen,
    filesRead,
    filesWithFailures,
    progress,
    absolute: (path) => resolve(cwd, path),
    finish() {
      report.unwrangled = unwrangled.size
      report.elapsedMs = performance.now() - started
      return report
    },
  }
}

/** Below this much source text, starting a tagging thread costs more than it saves. */
const THREAD_MIN_BYTES = 16 * 1024 ** 2

/** One tagging thread per core beside the writing thread's, for a run large enough to repay them. */
async function defaultThreads(files: readonly string[]): Promise<number> {
  const cores = availableParallelism()
  if (files.length < 2 || cores < 2) return 0
  let bytes = 0
  for (const file of files) {
    bytes += await stat(file).then(
      (s) => s.size,
      () => 0,
    )
    if (bytes >= THREAD_MIN_BYTES) return cores - 1
  }
  return 0
}

function sourceError(source: string, reason: string): SourceError {
  const { path, line } = splitSource(source)
  return new SourceError(path, reason, line)
}
