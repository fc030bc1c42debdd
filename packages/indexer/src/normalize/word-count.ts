/**
 * Word counts as AO3 computes them (otwarchive's `Otw::WordCounter`): per text node of the HTML, `--`
 * becomes a dash and hyphens and apostrophes are removed (so "one-word" and "one's" are one word); then
 * every Han, Hiragana, Katakana or Thai character is a word of its own, and every run of other letters,
 * marks, digits or connectors is one word.
 * @module
 */
import { load } from 'cheerio'

const SPACELESS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}`
const WORD = new RegExp(`[${SPACELESS}]|(?:(?![${SPACELESS}])[\\p{L}\\p{M}\\p{N}\\p{Pc}])+`, 'gu')
const JOINERS = /['’‘-]/g
const HTML_TAG = /<\/?[a-z][^>]*>|<!--|&(?:[a-z]+|#\d+|#x[\da-f]+);/i
/** Markdown link and image targets, which a reader never sees as words. */
const MARKDOWN_TARGET = /\]\([^)\s]*(?:\s+"[^"]*")?\)|<(?:https?|mailto):[^>\s]*>/g

/** Counts the words of plain text (no markup). */
export function countTextWords(text: string): number {
  return text.replace(/--/g, '—').replace(JOINERS, '').match(WORD)?.length ?? 0
}

/**
 * Counts the words of a chapter body, which may be plain text, markdown or HTML. HTML is counted per
 * text node, as AO3 does, so `<em>a</em>b` is two words.
 * @example
 * countWords('<p>It was one--two o’clock.</p>') // 4
 * countWords('日本語 text') // 4
 */
export function countWords(body: string): number {
  const text = body.replace(MARKDOWN_TARGET, ']')
  if (!HTML_TAG.test(text)) return countTextWords(text)
  return countNodes(load(text, null, false).root()[0]?.children ?? [])
}

/** The parts of a parsed HTML node the count needs; script and style nodes have their own types. */
interface DomNode {
  type: string
  data?: string
  children?: readonly DomNode[]
}

function countNodes(nodes: readonly DomNode[]): number {
  let count = 0
  for (const node of nodes) {
    if (node.type === 'text') count += countTextWords(node.data ?? '')
    else if (node.type === 'tag') count += countNodes(node.children ?? [])
  }
  return count
}
