/**
 * One source file in, its works (or the reasons they failed) out: the reader for its extension, then the
 * normalizer (which takes dates from the source alone, never from the file's modification time).
 * @module
 */
import { readFile } from 'node:fs/promises'
import type { Work } from '@ficdex/core'
import { normalizeWork } from './normalize/normalize-work.js'
import { describeFsError } from './read/fs-error.js'
import { readerFor } from './read/readers.js'
import { SourceError } from './read/source-error.js'

/**
 * Reads and normalizes one file; every problem comes back as a SourceError in place of a work, so one
 * bad record never hides the file's good ones.
 * @param file the path to read (absolute, or relative to the process)
 * @param shown the same path as the user should see it, used for sources and errors
 * @example
 * const results = await readWorkFile('/repo/corpus/a.md', 'corpus/a.md')
 */
export async function readWorkFile(file: string, shown: string = file): Promise<(Work | SourceError)[]> {
  const reader = readerFor(file)
  if (!reader) return [new SourceError(shown, 'no reader for this file type')]
  let content: Buffer
  try {
    content = await readFile(file)
  } catch (error) {
    return [new SourceError(shown, describeFsError(error))]
  }
  const show = (error: SourceError) =>
    error.path === file ? new SourceError(shown, error.reason, error.line, { cause: error }) : error
  try {
    const items = await reader(file, content)
    return items.map((item) => {
      if (item instanceof SourceError) return show(item)
      try {
        return normalizeWork({ ...item, source: relocate(item.source, file, shown) })
      } catch (error) {
        if (error instanceof SourceError) return error
        throw error
      }
    })
  } catch (error) {
    if (error instanceof SourceError) return [show(error)]
    // A reader bug or an unexpected library error: still one file's failure, not the whole run's.
    return [
      new SourceError(shown, `could not be read: ${error instanceof Error ? error.message : String(error)}`),
    ]
  }
}

/** Readers name sources by the path they were given; store them as the user wrote them. */
function relocate(source: string, file: string, shown: string): string {
  return source.startsWith(file) ? shown + source.slice(file.length) : source
}
