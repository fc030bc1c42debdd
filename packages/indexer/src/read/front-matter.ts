/**
 * YAML front matter (`---` … `---` at the very top of a `.md` or `.txt` file), split from the body and
 * parsed. Shared by the text and markdown readers and by YAML sidecars.
 * @module
 */
import { parseDocument } from 'yaml'
import { SourceError } from './source-error.js'

export interface FrontMatterSplit {
  /** The parsed keys, or null when the file has no front matter. */
  fields: Record<string, unknown> | null
  body: string
  /** How many lines the front matter took, so body line numbers can be reported. */
  lines: number
}

const OPEN = /^---[ \t]*\n/
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m

/**
 * @example
 * splitFrontMatter('---\ntitle: Hi\n---\nOnce…', 'a.md') // { fields: { title: 'Hi' }, body: 'Once…', lines: 3 }
 */
export function splitFrontMatter(text: string, path: string): FrontMatterSplit {
  if (!OPEN.test(text)) return { fields: null, body: text, lines: 0 }
  const rest = text.replace(OPEN, '')
  const close = CLOSE.exec(rest)
  if (!close) throw new SourceError(path, 'front matter opened with "---" is never closed')
  const yamlText = rest.slice(0, close.index)
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '')
  const lines = 2 + (yamlText.match(/\n/g)?.length ?? 0)
  return { fields: parseYamlMapping(yamlText, path, 'front matter', 1), body, lines }
}

/**
 * Parses YAML that must be a mapping of keys (front matter, a sidecar). Dates stay strings (YAML 1.2
 * core schema), so the normalizer sees what the author wrote. `lineOffset` maps YAML lines to file lines.
 */
export function parseYamlMapping(
  yamlText: string,
  path: string,
  what: string,
  lineOffset = 0,
): Record<string, unknown> {
  const doc = parseDocument(yamlText, { uniqueKeys: true })
  const [first] = doc.errors
  if (first) {
    const line = first.linePos?.[0]?.line
    const where = line === undefined ? '' : ` (line ${line + lineOffset})`
    throw new SourceError(path, `invalid YAML in ${what}${where}: ${firstLine(first.message)}`)
  }
  const value: unknown = doc.toJS()
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new SourceError(path, `${what} must be a mapping of keys to values, not ${describe(value)}`)
  }
  return value as Record<string, unknown>
}

/** The yaml library appends the position and a code excerpt; the report gives the line itself. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  return `a ${typeof value}`
}
