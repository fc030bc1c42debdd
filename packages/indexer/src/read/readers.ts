/**
 * Which reader handles which file extension. To support a new format, write a `Reader` (see
 * `source-work.ts`) and add its extensions here.
 * @module
 */
import { readAo3Epub } from './ao3-epub.js'
import { readAo3Html } from './ao3-html.js'
import { readCsv } from './csv.js'
import { readJson } from './json.js'
import { readJsonl } from './jsonl.js'
import { readMarkdown } from './markdown.js'
import type { Reader } from './source-work.js'
import { readText } from './text.js'

/** Lower-case extensions, with the dot. */
export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.json': readJson,
  '.jsonl': readJsonl,
  '.html': readAo3Html,
  '.htm': readAo3Html,
  '.epub': readAo3Epub,
  '.csv': readCsv,
}

/** The reader for a path, by its extension (case-insensitive), or undefined. */
export function readerFor(path: string): Reader | undefined {
  const dot = path.lastIndexOf('.')
  return dot < 0 ? undefined : READERS[path.slice(dot).toLowerCase()]
}

/** Whether a lower-case extension such as `.md` has a reader. */
export function isReadable(ext: string): boolean {
  return Object.hasOwn(READERS, ext)
}
