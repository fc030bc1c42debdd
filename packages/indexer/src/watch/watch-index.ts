/**
 * `ficdex index --watch`: an incremental run over the paths, then a re-run over just the changed files
 * each time some change, until closed. Works of deleted files, and works a changed file no longer yields,
 * are deleted (prune semantics); a file that fails to read keeps its works, as a half-saved edit should.
 * @module
 */
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import type { SearchEngine } from '@ficdex/core'
import type { IndexOptions, IndexReport } from '../index-report.js'
import { indexPaths } from '../index-works.js'
import { isReadable } from '../read/readers.js'
import { sidecarStem, textStem } from '../read/sidecar.js'
import { isReadme } from '../read/walk.js'
import { DEFAULT_DEBOUNCE_MS, watchChanges } from './watch-changes.js'
import { WorkOwners } from './work-owners.js'

export interface WatchIndexOptions extends Omit<IndexOptions, 'onFile'> {
  /** Directories or files whose changes mean nothing to the index, such as the database's directory. */
  ignore?: readonly string[]
  /** Quiet time after the last change before a re-run (default 300 ms). */
  debounceMs?: number
  /** Called after each re-run. */
  onRerun?: (rerun: Rerun) => void
  /** A re-run or a watcher that failed; watching goes on. */
  onError?: (error: Error) => void
}

/** What one re-run did. */
export interface Rerun {
  at: Date
  /** The changed paths that mattered (read again, or deleted), relative to the working directory. */
  changed: string[]
  /** The re-run's report; `pruned` counts the works deleted. */
  report: IndexReport
}

export interface IndexWatcher {
  /** The report of the first, full run. */
  readonly initial: IndexReport
  /** Stops watching; resolves once a re-run in progress has finished. */
  close(): Promise<void>
}

/**
 * Indexes `paths`, then keeps the engine in step with them until `close()`.
 * @example
 * const watcher = await watchIndex(['corpus'], engine, { onRerun: (r) => console.log(r.changed) })
 * process.once('SIGINT', () => watcher.close())
 */
export async function watchIndex(
  paths: readonly string[],
  engine: SearchEngine,
  options: WatchIndexOptions = {},
): Promise<IndexWatcher> {
  const cwd = resolve(options.cwd ?? '.')
  const roots = paths.map((path) => resolve(cwd, path))
  const ignored = (options.ignore ?? []).map((path) => resolve(cwd, path))
  const owners = new WorkOwners()
  const onFile = owners.record.bind(owners)
  // Re-runs print one line each, no progress bar.
  const { onProgress: _bar, ...quiet } = options
  const initial = await indexPaths(roots, engine, { ...options, onFile })

  const rerun = async (batch: string[]) => {
    const { read, deleted } = await sortChanges(batch)
    const known = deleted.filter((path) => owners.knows(path))
    if (read.length === 0 && known.length === 0) return
    owners.remove(known)
    const report = await indexPaths(read, engine, { ...quiet, prune: false, onFile })
    const gone = owners.takeGone()
    if (gone.length > 0) await engine.delete(gone)
    report.pruned = gone.length
    const changed = [...new Set([...read, ...known])].map((path) => relative(cwd, path) || '.').sort()
    options.onRerun?.({ at: new Date(), changed, report })
  }

  const existing: string[] = []
  for (const root of roots) if (await exists(root)) existing.push(root)
  const watcher = await watchChanges(existing, {
    onBatch: rerun,
    ignore: (path) => ignored.some((dir) => path === dir || path.startsWith(dir + sep)),
    debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    onError: options.onError,
  })
  return { initial, close: () => watcher.close() }
}

/**
 * Splits changed paths into what to read again (sources, new folders, the `.txt` of a changed sidecar)
 * and what is gone.
 */
async function sortChanges(batch: readonly string[]): Promise<{ read: string[]; deleted: string[] }> {
  const read = new Set<string>()
  const deleted: string[] = []
  for (const path of batch) {
    const info = await stat(path).catch(() => null)
    const text = await sidecarText(path)
    if (text !== null) read.add(text)
    if (info === null) deleted.push(path)
    else if (info.isDirectory()) read.add(path)
    else if (text === null && !isReadme(basename(path)) && isReadable(extname(path).toLowerCase()))
      read.add(path)
  }
  return { read: [...read], deleted }
}

/** The `.txt` beside a sidecar file (`story.yaml` → `story.txt`), when there is one. */
async function sidecarText(path: string): Promise<string | null> {
  const stem = sidecarStem(basename(path))
  if (stem === null) return null
  const siblings = await readdir(dirname(path)).catch(() => [] as string[])
  const text = siblings.find((name) => textStem(name) === stem)
  return text === undefined ? null : join(dirname(path), text)
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
