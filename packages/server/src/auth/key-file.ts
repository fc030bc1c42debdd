/**
 * API keys kept in a file (`FICDEX_API_KEYS_FILE`, entries as in `FICDEX_API_KEYS`, one per line), re-read
 * when the file changes or the process gets SIGHUP, so keys rotate without a restart. A file that fails to
 * read or parse leaves the keys in force as they were.
 * @module
 */
import { type FSWatcher, readFileSync, watch } from 'node:fs'
import { basename, dirname } from 'node:path'
import { type ApiKey, parseKeyEntries } from './key-scope.js'

export class KeyFile {
  readonly path: string
  readonly #fixed: readonly ApiKey[]
  #keys: readonly ApiKey[]
  #watcher: FSWatcher | undefined

  /** Reads the file once; throws with a readable message when it cannot be used at start. */
  constructor(path: string, fixed: readonly ApiKey[] = []) {
    this.path = path
    this.#fixed = fixed
    const read = this.#read()
    if (!read.ok) throw new Error(read.message)
    this.#keys = read.keys
  }

  /** The keys in force: the environment's and the file's. */
  current(): readonly ApiKey[] {
    return this.#keys
  }

  /** Reads the file again; on a problem keeps the previous keys and says why. */
  reload(): { ok: true; count: number } | { ok: false; message: string } {
    const read = this.#read()
    if (!read.ok) return read
    this.#keys = read.keys
    return { ok: true, count: read.keys.length }
  }

  /**
   * Reloads whenever the file changes. Watches its directory, not the file: editors and deployment tools
   * replace a file by renaming a new one over it, which a watch on the old file never sees.
   */
  watch(onReload: (result: ReturnType<KeyFile['reload']>) => void): void {
    const name = basename(this.path)
    this.#watcher = watch(dirname(this.path), (_event, changed) => {
      if (changed === null || changed === name) onReload(this.reload())
    })
    this.#watcher.unref()
  }

  close(): void {
    this.#watcher?.close()
  }

  #read(): { ok: true; keys: ApiKey[] } | { ok: false; message: string } {
    let text: string
    try {
      text = readFileSync(this.path, 'utf8')
    } catch (error) {
      return {
        ok: false,
        message: `Cannot read the keys file ${this.path}: ${(error as NodeJS.ErrnoException).code}`,
      }
    }
    const { keys, problems } = parseKeyEntries(text)
    const all = [...this.#fixed, ...keys]
    if (new Set(all.map((k) => k.key)).size < all.length) {
      problems.push('a key in the file is also in FICDEX_API_KEYS: each key must be unique')
    }
    if (problems.length > 0) {
      return { ok: false, message: `The keys file ${this.path} is invalid: ${problems.join('; ')}` }
    }
    return { ok: true, keys: all }
  }
}
