/**
 * Watches files and directories (recursively, with `fs.watch`) and hands over the changed paths in
 * batches: a batch is delivered once no change has come for `debounceMs`, so an editor's save or a copied
 * folder makes one batch, not dozens. The handler runs one batch at a time; changes meanwhile make the
 * next batch.
 * @module
 */
import { type FSWatcher, watch } from 'node:fs'
import { stat } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'

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

  const watchers: FSWatcher[] = []
  for (const root of roots) {
    const isDirectory = (await stat(root)).isDirectory()
    const dir = isDirectory ? root : dirname(root)
    const watcher = watch(dir, { recursive: isDirectory }, (_event, name) => {
      // Some platforms omit the name; then the whole root counts as changed.
      const relative = name?.toString() ?? ''
      const path = relative ? join(dir, relative) : root
      if (isDirectory || path === root) changed(path, relative)
    })
    watcher.on('error', (error) => options.onError?.(error))
    watchers.push(watcher)
  }

  return {
    async close() {
      closed = true
      clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
      await running
    },
  }
}

/** Whether a path inside a watched directory is or lies in a dotfile (`.git`, editors' swap files …). */
function isHidden(relative: string): boolean {
  return relative.split(sep).some((part) => part.startsWith('.'))
}
