/**
 * JSON Lines works (`.jsonl`): one work object per line; blank lines are skipped. A bad line is reported
 * as `path:LINE` and the file's other lines still load.
 * @module
 */
import { decodeLines } from './decode-text.js'
import { parseJsonObject } from './json-object.js'
import { recordToSourceWork } from './record.js'
import { SourceError } from './source-error.js'
import type { Reader, ReadItem } from './source-work.js'

export const readJsonl: Reader = (path, content) => {
  const items: ReadItem[] = []
  decodeLines(content).forEach((text, i) => {
    if (text.trim() === '') return
    const line = i + 1
    try {
      items.push(recordToSourceWork(parseJsonObject(text, path, 'line', line), path, line))
    } catch (error) {
      if (!(error instanceof SourceError)) throw error
      items.push(error)
    }
  })
  return items
}
