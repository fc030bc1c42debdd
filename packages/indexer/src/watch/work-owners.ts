/**
 * Which source file each indexed work came from, as far as this watcher has seen, so a re-run over only the
 * changed files can tell which works are gone: those a changed file no longer yields, and those of deleted
 * files, unless another file yields them now. The engine is not asked: finding every stored work's source
 * there reads every stored document.
 * @module
 */
import { sep } from 'node:path'
import type { FileRead } from '../index-report.js'

export class WorkOwners {
  readonly #byFile = new Map<string, Set<string>>()
  readonly #owner = new Map<string, string>()
  /** Ids that lost their file since the last `takeGone`. */
  readonly #orphans = new Set<string>()

  /**
   * Records what a file yielded in a run. A file that failed keeps the works it had (as `--prune` keeps
   * them): a half-saved edit must not delete them.
   */
  record({ file, ids, failed }: FileRead): void {
    const before = this.#byFile.get(file) ?? new Set<string>()
    const now = new Set(ids)
    if (failed) for (const id of before) now.add(id)
    for (const id of before) if (!now.has(id)) this.#disown(id, file)
    for (const id of now) {
      this.#owner.set(id, file)
      this.#orphans.delete(id)
    }
    this.#byFile.set(file, now)
  }

  /** Forgets deleted paths: files, or directories with every file under them. */
  remove(paths: Iterable<string>): void {
    for (const path of paths) {
      for (const [file, ids] of this.#byFile) {
        if (file !== path && !file.startsWith(path + sep)) continue
        for (const id of ids) this.#disown(id, file)
        this.#byFile.delete(file)
      }
    }
  }

  /** Whether any known file is `path` or lies under it. */
  knows(path: string): boolean {
    for (const file of this.#byFile.keys()) if (file === path || file.startsWith(path + sep)) return true
    return false
  }

  /** The ids no file yields any more, once each; call after a run has recorded every file it read. */
  takeGone(): string[] {
    const gone = [...this.#orphans]
    this.#orphans.clear()
    return gone
  }

  #disown(id: string, file: string): void {
    // Another file may have claimed it already in the same run.
    if (this.#owner.get(id) !== file) return
    this.#owner.delete(id)
    this.#orphans.add(id)
  }
}
