/**
 * JSON works (`.json`): one work object, or an array of them. Each element of an array is named by the
 * line it starts on, so errors and `source` read `works.json:LINE`.
 * @module
 */
import { decodeText } from './decode-text.js'
import { expectObject, parseJson } from './json-object.js'
import { recordToSourceWork } from './record.js'
import { SourceError } from './source-error.js'
import type { Reader, ReadItem } from './source-work.js'

export const readJson: Reader = (path, content) => {
  const text = decodeText(content)
  const value = parseJson(text, path, 'file')
  if (!Array.isArray(value)) return [recordToSourceWork(expectObject(value, path, 'a .json file'), path)]
  const lines = arrayElementLines(text)
  return value.map((element: unknown, i): ReadItem => {
    const line = lines[i] ?? 1
    try {
      return recordToSourceWork(expectObject(element, path, `work ${i + 1} of the array`, line), path, line)
    } catch (error) {
      if (error instanceof SourceError) return error
      throw error
    }
  })
}

/**
 * The 1-based line on which each element of a top-level JSON array starts. Assumes valid JSON (it has
 * already been parsed), so it only tracks nesting and strings.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = []
  let line = 1
  let depth = 0
  let inString = false
  let expectingElement = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') line++
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
    if (depth === 1 && expectingElement && c !== ']') {
      lines.push(line)
      expectingElement = false
    }
    if (c === '"') inString = true
    else if (c === '[' || c === '{') {
      depth++
      if (depth === 1) expectingElement = true
    } else if (c === ']' || c === '}') depth--
    else if (c === ',' && depth === 1) expectingElement = true
  }
  return lines
}
