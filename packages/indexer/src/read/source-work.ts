/**
 * The contract between readers (one per file format) and the normalizer: a reader turns one file into
 * zero or more raw works, without validating their metadata; the normalizer validates and completes them.
 * @module
 */
import type { Chapter } from '@ficdex/core'
import type { SourceError } from './source-error.js'

export { SourceError } from './source-error.js'
export type { Chapter }

/** One work as a reader found it: metadata still raw, text split into chapters. */
export interface SourceWork {
  /** Where it came from: the file path, or `path:LINE` for one record of a line-oriented file. */
  source: string
  /**
   * The metadata keys of the source-file format (`docs/formats.md`), as written: not yet validated,
   * defaulted or converted. Unknown keys are left in so the normalizer can reject them by name.
   */
  fields: Record<string, unknown>
  /** The story text, at least one chapter for a readable work. */
  chapters: Chapter[]
  /**
   * A title the format itself implies (an EPUB's or HTML page's title, say), used only when `fields`
   * has none; the work is then flagged `titleDerived`. Without it the normalizer derives one from the
   * first line of text or the file name.
   */
  fallbackTitle?: string
}

/**
 * What a reader yields per record: a work, or the error for one bad record of a many-record file (a bad
 * JSONL line, a bad CSV row), so the file's good records still load.
 */
export type ReadItem = SourceWork | SourceError

/**
 * Reads one file. `path` is for error messages, slugs and sidecar look-ups; `content` is the file's bytes.
 * Throws `SourceError` when the file as a whole cannot be read; returns a `SourceError` in place of a
 * record that cannot (returning `SourceWork[]` only is fine).
 */
export type Reader = (path: string, content: Buffer) => ReadItem[] | Promise<ReadItem[]>
