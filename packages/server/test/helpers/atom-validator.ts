/**
 * An Atom 1.0 validator for tests: the document must be well-formed, namespace-correct XML (a strict
 * parser, saxes) and meet RFC 4287's requirements for feeds and entries — the element counts of
 * sections 4.1.1 and 4.1.2, IRIs for ids (4.2.6), RFC 3339 dates (3.3), text construct types (3.1),
 * person constructs with one name (3.2), categories with a term (4.2.2), links with an href (4.2.7),
 * authors on the feed or on every entry, and at most one alternate link per type.
 * @module
 */
import { SaxesParser } from 'saxes'

export const ATOM_NS = 'http://www.w3.org/2005/Atom'

export interface XmlElement {
  name: string
  ns: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/** Parses strictly; throws on any well-formedness or namespace error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value]))
    const element: XmlElement = { name: tag.local, ns: tag.uri, attributes, children: [], text: '' }
    stack.at(-1)?.children.push(element)
    root ??= element
    stack.push(element)
  })
  parser.on('text', (text) => {
    const current = stack.at(-1)
    if (current) current.text += text
  })
  parser.on('closetag', () => stack.pop())
  parser.write(xml).close()
  if (!root) throw new Error('no root element')
  return root
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const TEXT_TYPES = ['text', 'html', 'xhtml']

/** Every RFC 4287 violation found, as messages; empty when the feed is valid. */
export function atomProblems(xml: string): string[] {
  let feed: XmlElement
  try {
    feed = parseXml(xml)
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`]
  }
  const problems: string[] = []
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message)
  }
  const atom = (parent: XmlElement, name: string) =>
    parent.children.filter((child) => child.ns === ATOM_NS && child.name === name)
  const exactlyOne = (parent: XmlElement, name: string, where: string) =>
    check(atom(parent, name).length === 1, `${where} must have exactly one atom:${name}`)
  const atMostOne = (parent: XmlElement, name: string, where: string) =>
    check(atom(parent, name).length <= 1, `${where} must have at most one atom:${name}`)

  const common = (element: XmlElement, where: string) => {
    exactlyOne(element, 'id', where)
    exactlyOne(element, 'title', where)
    exactlyOne(element, 'updated', where)
    for (const id of atom(element, 'id'))
      check(isIri(id.text.trim()), `${where} id "${id.text}" is not an absolute IRI`)
    for (const name of ['updated', 'published'])
      for (const date of atom(element, name))
        check(RFC3339.test(date.text.trim()), `${where} ${name} "${date.text}" is not an RFC 3339 date`)
    for (const name of ['title', 'summary', 'rights', 'subtitle'])
      for (const text of atom(element, name))
        check(TEXT_TYPES.includes(text.attributes.type ?? 'text'), `${where} ${name} has an unknown type`)
    for (const name of ['author', 'contributor'])
      for (const person of atom(element, name)) exactlyOne(person, 'name', `${where} ${name}`)
    for (const category of atom(element, 'category'))
      check((category.attributes.term ?? '') !== '', `${where} category without a term`)
    const links = atom(element, 'link')
    for (const link of links) check((link.attributes.href ?? '') !== '', `${where} link without an href`)
    const alternates = links
      .filter((link) => (link.attributes.rel ?? 'alternate') === 'alternate')
      .map((link) => `${link.attributes.type ?? ''}|${link.attributes.hreflang ?? ''}`)
    check(new Set(alternates).size === alternates.length, `${where} has two alternate links of one type`)
  }

  check(feed.ns === ATOM_NS && feed.name === 'feed', 'the root must be atom:feed')
  common(feed, 'feed')
  atMostOne(feed, 'generator', 'feed')
  const entries = atom(feed, 'entry')
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`
    common(entry, where)
    atMostOne(entry, 'published', where)
    atMostOne(entry, 'summary', where)
    atMostOne(entry, 'content', where)
    const hasAlternate = atom(entry, 'link').some((l) => (l.attributes.rel ?? 'alternate') === 'alternate')
    check(atom(entry, 'content').length === 1 || hasAlternate, `${where} needs content or an alternate link`)
  })
  const authored =
    atom(feed, 'author').length > 0 || entries.every((entry) => atom(entry, 'author').length > 0)
  check(authored, 'the feed or every entry must have an author')
  return problems
}

function isIri(text: string): boolean {
  try {
    return new URL(text).protocol.length > 1
  } catch {
    return false
  }
}
