/**
 * Turns story HTML (AO3's `userstuff`: paragraphs, line breaks, inline markup) into the plain text works
 * carry: one paragraph per block element, paragraphs separated by a blank line, `<br>` kept as a line
 * break, inline markup dropped and runs of white space collapsed as a browser would render them.
 * @module
 */
import type { Cheerio } from 'cheerio'

/** A selection of elements, what `$('selector')` returns. */
export type Elements = ReturnType<Cheerio<never>['find']>

/**
 * The few properties of a parsed node this walk reads. cheerio's nodes (domhandler's) fit it; cheerio
 * does not re-export their types, and the walk needs nothing more.
 */
export interface HtmlNode {
  type: string
  name?: string
  data?: string
  children?: HtmlNode[]
}

/** Elements that start a new paragraph: HTML's block-level content as authors use it in works. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Never rendered as text. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template'])

/**
 * The plain text of `nodes`, as paragraphs separated by blank lines.
 * @example
 * htmlToText($('blockquote').get()) // 'First paragraph.\n\nSecond, with a\nline break.'
 */
export function htmlToText(nodes: readonly HtmlNode[]): string {
  const paragraphs: string[] = []
  let current = ''

  const endParagraph = () => {
    const lines = current.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
    const text = lines.join('\n').replace(/^\n+|\n+$/g, '')
    if (text !== '') paragraphs.push(text)
    current = ''
  }

  const visit = (node: HtmlNode, preformatted: boolean): void => {
    if (node.type === 'text') {
      const data = node.data ?? ''
      // Source line breaks are white space in HTML; only <pre> keeps them.
      current += preformatted ? data : data.replace(/\s+/g, ' ')
      return
    }
    if (node.type === 'cdata' || node.type === 'root') {
      for (const child of node.children ?? []) visit(child, preformatted)
      return
    }
    if (node.name === undefined || !isElementType(node.type)) return
    const name = node.name.toLowerCase()
    if (SKIPPED.has(name)) return
    if (name === 'br') {
      current += '\n'
      return
    }
    const block = BLOCKS.has(name)
    if (block) endParagraph()
    if (name === 'pre') {
      for (const child of node.children ?? []) visit(child, true)
      // Keep the <pre> lines as they are rather than collapsing them in endParagraph.
      const text = current.replace(/^\n+|\s+$/g, '')
      if (text !== '') paragraphs.push(text)
      current = ''
      return
    }
    for (const child of node.children ?? []) visit(child, preformatted)
    if (block) endParagraph()
  }

  for (const node of nodes) visit(node, false)
  endParagraph()
  return paragraphs.join('\n\n')
}

/** domhandler types elements as `tag`, `script` or `style`. */
function isElementType(type: string): boolean {
  return type === 'tag' || type === 'script' || type === 'style'
}
