/**
 * Test support: an independent reading of Meilisearch's filter grammar and value rules
 * (filter-parser `lib.rs`/`value.rs`, unescaper), used to prove that compiled filters only take shapes
 * the server accepts and that quoted values decode back to what was meant. It is deliberately written
 * apart from the encoder so that a mistake in one is not copied into the other.
 * @module
 */
import { RESERVED_KEYWORDS } from './filter-primitives.js'

const WHITESPACE = /[ \t\r\n]/
const WORD_CHAR = /[\p{L}\p{N}_.-]/u
const OPERATORS = ['>=', '<=', '!=', '=', '<', '>'] as const
const MAX_PARENTHESIS_DEPTH = 1

type Token =
  | { type: 'word'; text: string }
  | { type: 'quoted'; text: string }
  | { type: 'op'; text: string }
  | { type: 'punct'; text: '[' | ']' | ',' | '(' | ')' }

class FilterSyntaxError extends Error {}

/**
 * The value of a quoted literal (quotes included) as the server decodes it: scan to the first
 * unescaped closing quote, replace every escaped quote by the quote, then unescape strictly.
 * Throws on what the server rejects.
 */
export function decodeQuoted(literal: string): string {
  const quote = literal[0]
  if (quote !== '"' && quote !== "'") throw new FilterSyntaxError('not a quoted literal')
  const { body, end } = scanQuoted(literal, 0)
  if (end !== literal.length) throw new FilterSyntaxError('characters after the closing quote')
  return unescapeStrict(body.replaceAll(`\\${quote}`, quote))
}

function scanQuoted(text: string, start: number): { body: string; end: number } {
  const quote = text[start]
  let i = start + 1
  while (i < text.length) {
    const c = text[i]
    if (c === '\\') {
      if (i + 1 >= text.length) throw new FilterSyntaxError('a backslash ends the filter')
      i += 2
      continue
    }
    if (c === quote) return { body: text.slice(start + 1, i), end: i + 1 }
    i++
  }
  throw new FilterSyntaxError(`missing closing ${quote}`)
}

function unescapeStrict(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c !== '\\') {
      out += c
      continue
    }
    const next = body[++i]
    if (next === undefined) throw new FilterSyntaxError('incomplete escape')
    const simple = SIMPLE_ESCAPES[next]
    if (simple !== undefined) {
      out += simple
      continue
    }
    if (next === 'u' && body[i + 1] === '{') {
      const close = body.indexOf('}', i)
      const hex = close < 0 ? '' : body.slice(i + 2, close)
      if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) throw new FilterSyntaxError('invalid \\u{…} escape')
      out += String.fromCodePoint(Number.parseInt(hex, 16))
      i = close
    } else if (next === 'u') {
      const hex = body.slice(i + 1, i + 5)
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new FilterSyntaxError('invalid \\u escape')
      out += String.fromCharCode(Number.parseInt(hex, 16))
      i += 4
    } else if (next === 'x') {
      const hex = body.slice(i + 1, i + 3)
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new FilterSyntaxError('invalid \\x escape')
      out += String.fromCharCode(Number.parseInt(hex, 16))
      i += 2
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0]
      const code = Number.parseInt(octal, 8)
      if (code > 0o377) throw new FilterSyntaxError('octal escape out of range')
      out += String.fromCharCode(code)
      i += octal.length - 1
    } else {
      throw new FilterSyntaxError(`invalid escape \\${next}`)
    }
  }
  return out
}

const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  "'": "'",
  '"': '"',
  '\\': '\\',
  '/': '/',
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (WHITESPACE.test(c)) {
      i++
    } else if (c === '"' || c === "'") {
      const { end } = scanQuoted(text, i)
      const literal = text.slice(i, end)
      decodeQuoted(literal)
      tokens.push({ type: 'quoted', text: literal })
      i = end
    } else if (c === '[' || c === ']' || c === ',' || c === '(' || c === ')') {
      tokens.push({ type: 'punct', text: c })
      i++
    } else if (WORD_CHAR.test(c)) {
      let end = i
      while (end < text.length && WORD_CHAR.test(text[end]!)) end++
      tokens.push({ type: 'word', text: text.slice(i, end) })
      i = end
    } else {
      const op = OPERATORS.find((candidate) => text.startsWith(candidate, i))
      if (!op) throw new FilterSyntaxError(`unexpected ${JSON.stringify(c)} outside quotes`)
      tokens.push({ type: 'op', text: op })
      i += op.length
    }
  }
  return tokens
}

/** A recursive-descent check of the token stream against the filter grammar. */
class GrammarCheck {
  private position = 0
  private depth = 0
  private readonly tokens: Token[]

  constructor(tokens: Token[]) {
    this.tokens = tokens
  }

  run(): void {
    if (this.tokens.length === 0) return
    this.expression()
    if (this.position < this.tokens.length) throw new FilterSyntaxError('unexpected characters at the end')
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset]
  }

  private isKeyword(keyword: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token?.type === 'word' && token.text === keyword
  }

  private expect(keyword: string): void {
    if (!this.isKeyword(keyword)) throw new FilterSyntaxError(`expected ${keyword}`)
    this.position++
  }

  private expression(): void {
    this.conjunction()
    while (this.isKeyword('OR')) {
      this.position++
      this.conjunction()
    }
  }

  private conjunction(): void {
    this.negation()
    while (this.isKeyword('AND')) {
      this.position++
      this.negation()
    }
  }

  private negation(): void {
    if (this.isKeyword('NOT')) {
      this.position++
      this.negation()
      return
    }
    this.primary()
  }

  private primary(): void {
    const token = this.peek()
    if (token?.type === 'punct' && token.text === '(') {
      this.position++
      this.depth++
      if (this.depth > MAX_PARENTHESIS_DEPTH) throw new FilterSyntaxError('parentheses nested too deep')
      this.expression()
      const close = this.peek()
      if (close?.type !== 'punct' || close.text !== ')') throw new FilterSyntaxError('missing )')
      this.position++
      this.depth--
      return
    }
    this.condition()
  }

  private condition(): void {
    this.value('attribute')
    const token = this.peek()
    if (token === undefined) throw new FilterSyntaxError('expected an operation after the attribute')
    if (token.type === 'op') {
      this.position++
      this.value('value')
    } else if (this.isKeyword('IN')) {
      this.position++
      this.list()
    } else if (this.isKeyword('NOT') && this.isKeyword('IN', 1)) {
      this.position += 2
      this.list()
    } else if (this.isKeyword('EXISTS')) {
      this.position++
    } else if (this.isKeyword('NOT') && this.isKeyword('EXISTS', 1)) {
      this.position += 2
    } else if (this.isKeyword('IS')) {
      this.position++
      if (this.isKeyword('NOT')) this.position++
      if (!this.isKeyword('EMPTY') && !this.isKeyword('NULL'))
        throw new FilterSyntaxError('expected EMPTY or NULL')
      this.position++
    } else {
      this.value('lower bound')
      this.expect('TO')
      this.value('upper bound')
    }
  }

  private value(role: string): void {
    const token = this.peek()
    if (token?.type === 'quoted') {
      this.position++
      return
    }
    if (token?.type !== 'word') throw new FilterSyntaxError(`expected a ${role}`)
    if (RESERVED_KEYWORDS.has(token.text))
      throw new FilterSyntaxError(`reserved keyword ${token.text} used as a ${role} without quotes`)
    this.position++
  }

  private list(): void {
    const open = this.peek()
    if (open?.type !== 'punct' || open.text !== '[') throw new FilterSyntaxError('expected [')
    this.position++
    for (;;) {
      const token = this.peek()
      if (token === undefined) throw new FilterSyntaxError('missing ]')
      if (token.type === 'punct' && token.text === ']') break
      this.value('list value')
      const separator = this.peek()
      if (separator?.type === 'punct' && separator.text === ',') this.position++
      else if (separator?.type !== 'punct' || separator.text !== ']') throw new FilterSyntaxError('missing ]')
    }
    this.position++
  }
}

/** Why the server would reject this filter text, or null when its shape is accepted. */
export function filterTextProblem(text: string): string | null {
  try {
    new GrammarCheck(tokenize(text)).run()
    return null
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error.message
    throw error
  }
}

/**
 * The filter with every quoted literal replaced by `?`, and the decoded literals in order: the shape
 * the parser sees, and the values it will compare against.
 */
export function splitLiterals(text: string): { skeleton: string; literals: string[] } {
  let skeleton = ''
  const literals: string[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' || c === "'") {
      const { end } = scanQuoted(text, i)
      literals.push(decodeQuoted(text.slice(i, end)))
      skeleton += '?'
      i = end
    } else {
      skeleton += c
      i++
    }
  }
  return { skeleton, literals }
}
