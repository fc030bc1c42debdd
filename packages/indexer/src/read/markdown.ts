/**
 * Markdown works (`.md`, `.markdown`): optional YAML front matter; each level-1 heading (`# Title`) starts
 * a chapter titled by it; text before the first heading, if any, is an untitled opening chapter.
 * @module
 */
import type { Chapter } from '@ficdex/core'
import { decodeText } from './decode-text.js'
import { splitFrontMatter } from './front-matter.js'
import type { Reader } from './source-work.js'
import { trimBlankLines } from './text.js'

export const readMarkdown: Reader = (path, content) => {
  const { fields, body } = splitFrontMatter(decodeText(content), path)
  return [{ source: path, fields: fields ?? {}, chapters: splitChapters(body) }]
}

const HEADING = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * Splits a markdown body at level-1 headings, ignoring `#` lines inside fenced code blocks.
 * @example
 * splitChapters('# One\nA\n# Two\nB') // [{ title: 'One', body: 'A' }, { title: 'Two', body: 'B' }]
 */
export function splitChapters(body: string): Chapter[] {
  const chapters: { title?: string; lines: string[] }[] = [{ lines: [] }]
  let fence: string | null = null
  for (const line of body.split('\n')) {
    const fenceMark = FENCE.exec(line)?.[1]
    if (fenceMark) {
      if (fence === null) fence = fenceMark
      else if (fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null
    }
    const heading = fence === null ? HEADING.exec(line) : null
    if (heading) chapters.push({ title: heading[1]?.trim() ?? '', lines: [] })
    else chapters.at(-1)?.lines.push(line)
  }
  const [opening, ...rest] = chapters.map(({ title, lines }) => ({
    ...(title === undefined ? {} : { title }),
    body: trimBlankLines(lines.join('\n')),
  }))
  // A blank opening before the first heading is not a chapter; a body with no heading at all is one.
  if (opening && (opening.body !== '' || rest.length === 0)) return [opening, ...rest]
  return rest
}
