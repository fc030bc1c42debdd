/**
 * One work object of the JSON formats (`.json`, `.jsonl`): its text is `body: "…"` (one chapter) or
 * `text: [{ title, body }]`; every other key is metadata for the normalizer.
 * @module
 */
import type { Chapter } from '@ficdex/core'
import { describe } from './front-matter.js'
import { SourceError } from './source-error.js'
import type { SourceWork } from './source-work.js'

/**
 * @param line the line the record starts on, when the file holds several; the work's source is then
 *   `path:LINE` and errors name that line
 */
export function recordToSourceWork(record: Record<string, unknown>, path: string, line?: number): SourceWork {
  const { body, text, ...fields } = record
  const fail = (reason: string) => new SourceError(path, reason, line)
  let chapters: Chapter[]
  // Records in a JSON file share its name, so the file name cannot stand in for an id.
  if (fields.id === undefined || fields.id === null || fields.id === '')
    throw fail('missing "id" (required in JSON works)')
  if (body !== undefined && text !== undefined) throw fail('has both "body" and "text"; use one')
  if (body !== undefined) {
    if (typeof body !== 'string') throw fail(`"body" must be a string, not ${describe(body)}`)
    chapters = [{ body }]
  } else if (text !== undefined) {
    chapters = parseTextList(text, fail)
  } else {
    chapters = []
  }
  return { source: line === undefined ? path : `${path}:${line}`, fields, chapters }
}

function parseTextList(text: unknown, fail: (reason: string) => SourceError): Chapter[] {
  if (typeof text === 'string') return [{ body: text }]
  if (!Array.isArray(text))
    throw fail(`"text" must be a list of { title, body } chapters, not ${describe(text)}`)
  return text.map((chapter: unknown, i) => {
    const where = `"text" chapter ${i + 1}`
    if (typeof chapter === 'string') return { body: chapter }
    if (chapter === null || typeof chapter !== 'object' || Array.isArray(chapter)) {
      throw fail(`${where} must be an object { title, body }, not ${describe(chapter)}`)
    }
    const { title, body, ...extra } = chapter as Record<string, unknown>
    const [unknownKey] = Object.keys(extra)
    if (unknownKey !== undefined)
      throw fail(`${where} has unknown key "${unknownKey}" (expected title, body)`)
    if (typeof body !== 'string') throw fail(`${where} needs a string "body"`)
    if (title !== undefined && title !== null && typeof title !== 'string') {
      throw fail(`${where} "title" must be a string, not ${describe(title)}`)
    }
    return typeof title === 'string' && title.trim() !== '' ? { title: title.trim(), body } : { body }
  })
}
