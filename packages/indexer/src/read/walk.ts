/**
 * Expands the paths given to the indexer into the list of files to read: directories recursively, in a
 * stable sorted order, skipping dotfiles, README files (a corpus's documentation, not a work) and the
 * sidecars of `.txt` files. A file named explicitly is always read.
 * @module
 */
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { describeFsError } from './fs-error.js'
import { isSidecarAmong } from './sidecar.js'
import { SourceError } from './source-error.js'

export interface WalkResult {
  /** Files to read, each once, in the order given (directories expanded sorted by name). */
  files: string[]
  /** Files found inside directories with an extension no reader handles; not an error. */
  ignored: string[]
  /** Paths that could not be walked (missing, unreadable, or a named file no reader handles). */
  errors: SourceError[]
}

/**
 * Walks `paths`. `readable(ext)` says whether a reader exists for a lower-case extension such as `.md`.
 * A file named explicitly with an unknown extension is an error; inside a directory it is only ignored.
 * @example
 * const { files } = await walkSources(['corpus'], (ext) => ext in READERS)
 */
export async function walkSources(
  paths: readonly string[],
  readable: (ext: string) => boolean,
): Promise<WalkResult> {
  const result: WalkResult = { files: [], ignored: [], errors: [] }
  const seen = new Set<string>()
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file)
      result.files.push(file)
    }
  }

  const visitDirectory = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    const names = entries.map((entry) => entry.name)
    const sorted = entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => compare(a.name, b.name))
    for (const entry of sorted) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        await visitDirectory(full)
      } else if (isSidecarAmong(entry.name, names)) {
        // read together with its .txt
      } else if (isReadme(entry.name)) {
        // documentation of the folder
      } else if (readable(extname(entry.name).toLowerCase())) {
        add(full)
      } else {
        result.ignored.push(full)
      }
    }
  }

  for (const path of paths) {
    try {
      const info = await stat(path)
      if (info.isDirectory()) {
        await visitDirectory(path)
      } else if (await isOwnedSidecarOnDisk(path)) {
        // named explicitly beside its .txt: still read only as metadata
      } else if (readable(extname(path).toLowerCase())) {
        add(path)
      } else {
        result.errors.push(new SourceError(path, `unsupported file type "${extname(path) || '(none)'}"`))
      }
    } catch (error) {
      result.errors.push(new SourceError(path, describeFsError(error), undefined, { cause: error }))
    }
  }
  return result
}

/** README files document a corpus folder; they are not works. */
export function isReadme(name: string): boolean {
  return /^readme(?:\.|$)/i.test(name)
}

async function isOwnedSidecarOnDisk(path: string): Promise<boolean> {
  return isSidecarAmong(basename(path), await readdir(dirname(path)))
}

/** Byte-wise order, independent of the machine's locale, so runs are reproducible everywhere. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
