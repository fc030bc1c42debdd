/**
 * A title for a work whose source names none: the reader's hint, a sole chapter's heading, a short first
 * line standing on its own, or else the file name.
 * @module
 */

import { basename, extname } from 'node:path'
import type { Chapter } from '@ficdex/core'

/** Longer first lines are the story's opening sentence, not its title. */
const MAX_TITLE_LINE = 80

export function deriveTitle(path: string, chapters: readonly Chapter[], fallbackTitle?: string): string {
  const hint = fallbackTitle?.trim()
  if (hint) return hint
  const [first] = chapters
  if (chapters.length === 1 && first?.title?.trim()) return first.title.trim()
  const line = first ? titleLine(first.body) : null
  return line ?? titleFromFileName(path)
}

/** The first line, when it is short, does not end like a sentence and is a paragraph of its own. */
function titleLine(body: string): string | null {
  const [line, next] = body.trimStart().split('\n', 2)
  const title = line
    ?.replace(/^#+\s+/, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim()
  if (!title || title.length > MAX_TITLE_LINE || !/[\p{L}\p{N}]/u.test(title)) return null
  // A line ending like a sentence is the story's first sentence; an ellipsis may still end a title.
  if (/[.,;:]$/.test(title) && !/(?:\.\.\.|…)$/.test(title)) return null
  if (next !== undefined && next.trim() !== '') return null
  return title
}

/** `no-anesthesia.txt` → `No Anesthesia`; a name with capitals of its own keeps them. */
function titleFromFileName(path: string): string {
  const name = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim()
  if (name === '') return basename(path)
  return name === name.toLowerCase()
    ? name.replace(/(^|\s)(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase())
    : name
}
