/**
 * Watches files and directories (every directory below a watched one, with `fs.watch`) and hands over the changed paths in
 * batches: a batch is delivered once no change has come for `debounceMs`, so an editor's save or a copied
 * folder makes one batch, not dozens. The handler runs one batch at a time; changes meanwhile make the
 * next batch.
 * @module
 */
import { type FSWatcher, watch } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'

export const DEFAULT_DEBOUNCE_MS = 300

export interface WatchChangesOptions {
  /** Called with the absolute paths changed (created, modified, renamed or deleted) since the last batch. */
  onBatch: (paths: string[]) => Promise<void>
  /** Paths to leave out; dotfiles and everything under a dot-directory always are. */
  ignore?: (path: string) => boolean
  debounceMs?: number
  /** A watcher that fails (the watched directory was removed …); watching of the other paths goes on. */
  onError?: (error: Error) => void
}

export interface ChangeWatcher {
  /** Stops watching; resolves once a batch being handled is done. */
  close(): Promise<void>
}

/**
 * @param roots absolute paths of existing files or directories; a file is watched through its directory,
 *   so replacing it (as editors save) is seen too
 */
export async function watchChanges(
  roots: readonly string[],
  options: WatchChangesOptions,
): Promise<ChangeWatcher> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  let busy = false
  let closed = false

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(deliver, debounceMs)
  }
  const deliver = () => {
    if (closed || pending.size === 0) return
    if (busy) return // the running batch reschedules when it ends
    const batch = [...pending]
    pending.clear()
    busy = true
    running = options
      .onBatch(batch)
      .catch((error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        busy = false
        if (pending.size > 0) schedule()
      })
  }
  const changed = (path: string, name: string) => {
    if (closed || isHidden(name) || options.ignore?.(path)) return
    pending.add(path)
    schedule()
  }

  // One non-recursive watcher per directory: Node's recursive watch on Linux follows files by inode, so a
  // file replaced by a rename (as editors and sync tools save) was never seen again. A directory's own
  // watcher sees every name that appears in it, whatever inode it has.
  const watchers = new Map<string, FSWatcher>()
  const watchDirectory = (root: string, dir: string) => {
    if (closed || watchers.has(dir)) return
    let watcher: FSWatcher
    try {
      watcher = watch(dir, (_event, name) => {
        // Some platforms omit the name; then the whole directory counts as changed.
        const path = name ? join(dir, name.toString()) : dir
        changed(path, relative(root, path))
        if (name) void watchTree(root, path)
      })
    } catch {
      return // gone before it could be watched: its parent's watcher reported it
    }
    watcher.on('error', (error) => {
      watcher.close()
      watchers.delete(dir)
      if (dir === root) options.onError?.(error)
    })
    watchers.set(dir, watcher)
  }
  /** Watches `dir` and every directory below it, unless hidden; anything else is ignored. */
  const watchTree = async (root: string, dir: string): Promise<void> => {
    if (isHidden(relative(root, dir)) || !(await isDirectory(dir))) return
    watchDirectory(root, dir)
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.isDirectory()) await watchTree(root, join(dir, entry.name))
    }
  }

  for (const root of roots) {
    if (await isDirectory(root)) {
      await watchTree(root, root)
      continue
    }
    const dir = dirname(root)
    const watcher = watch(dir, (_event, name) => {
      const path = name ? join(dir, name.toString()) : root
      if (path === root) changed(path, basename(root))
    })
    watcher.on('error', (error) => options.onError?.(error))
    watchers.set(root, watcher)
  }

  return {
    async close() {
      closed = true
      clearTimeout(timer)
      for (const watcher of watchers.values()) watcher.close()
      await running
    },
  }
}

/** Whether a path inside a watched directory is or lies in a dotfile (`.git`, editors' swap files …). */
function isHidden(relative: string): boolean {
  return relative.split(sep).some((part) => part.startsWith('.'))
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  )
}
