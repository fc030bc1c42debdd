/**
 * The search box's syntax, read the same way by both engines (grammar and examples:
 * `docs/query-syntax.md`):
 *
 * ```
 * query   = clause *( space clause )
 * clause  = [ "-" ] term / term *( space "OR" space term )
 * term    = [ field ":" ] ( word / phrase )
 * field   = "title" / "author" / "summary" / "tag"
 * phrase  = DQUOTE *( any but DQUOTE ) DQUOTE
 * word    = 1*( any but space or DQUOTE )
 * ```
 *
 * Every clause must match; a clause of alternatives joined by `OR` matches when any does; `-` excludes.
 * A word made only of punctuation has no tokens and is dropped, as the index drops it. Mistakes (an
 * unclosed quote, an `OR` with nothing on one side, a field with nothing after it, a negated
 * alternative) are a `QuerySyntaxError` that says where, never a guess.
 * @module
 */
import { tokenize } from './tokens.js'

/** Meilisearch reads only the first ten words of a query; so do we (counting each alternative). */
export const MAX_QUERY_TERMS = 10

export const TEXT_FIELDS = ['title', 'author', 'summary', 'tag'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

export interface TextTerm {
  /** The term as typed, without its quotes, field or minus sign. */
  text: string
  /** Index tokens of the text; never empty. */
  tokens: string[]
  phrase: boolean
  /** Where the term must match; absent: anywhere searchable. */
  field?: TextField
  /** Offset of the term (its field or quote included) in the query, in UTF-16 code units. */
  position: number
}

/** Terms of which a work must contain one (or, negated, none). */
export interface TextClause {
  negated: boolean
  alternatives: TextTerm[]
}

export class QuerySyntaxError extends Error {
  /** Zero-based offset in the query where the mistake is. */
  readonly position: number
  constructor(message: string, position: number) {
    super(`${message} (at character ${position + 1})`)
    this.name = 'QuerySyntaxError'
    this.position = position
  }
}

interface Token {
  kind: 'word' | 'phrase' | 'or'
  text: string
  negated: boolean
  field?: TextField
  /** Where the token starts, minus sign and field included. */
  position: number
}

const SPACE = /\s/u
const FIELD = new RegExp(`^(${TEXT_FIELDS.join('|')}):`, 'iu')

function lex(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const isSpace = (at: number) => at < input.length && SPACE.test(input[at] as string)
  while (i < input.length) {
    while (isSpace(i)) i++
    if (i >= input.length) break
    const position = i
    let negated = false
    if (input[i] === '-' && i + 1 < input.length && !isSpace(i + 1)) {
      negated = true
      i++
    }
    const field = FIELD.exec(input.slice(i))
    let scope: TextField | undefined
    if (field) {
      scope = (field[1] as string).toLowerCase() as TextField
      i += field[0].length
      if (i >= input.length || isSpace(i)) throw new QuerySyntaxError(`nothing after "${field[0]}"`, i)
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1)
      if (close === -1) throw new QuerySyntaxError('a quote is never closed', i)
      tokens.push({ kind: 'phrase', text: input.slice(i + 1, close), negated, field: scope, position })
      i = close + 1
      continue
    }
    let end = i
    while (end < input.length && input[end] !== '"' && !isSpace(end)) end++
    const text = input.slice(i, end)
    const isOr = text === 'OR' && !negated && scope === undefined
    tokens.push({ kind: isOr ? 'or' : 'word', text, negated, field: scope, position })
    i = end
  }
  return tokens
}

/** Reads a query into clauses; throws `QuerySyntaxError` on a mistake. */
export function parseTextQuery(input: string): TextClause[] {
  const tokens = lex(input)
  const clauses: TextClause[] = []
  let pendingOr: Token | undefined
  for (const [i, token] of tokens.entries()) {
    if (token.kind === 'or') {
      const previous = tokens[i - 1]
      if (previous === undefined || previous.kind === 'or')
        throw new QuerySyntaxError('OR needs a term before it', token.position)
      if (i === tokens.length - 1) throw new QuerySyntaxError('OR needs a term after it', token.position)
      pendingOr = token
      continue
    }
    const term: TextTerm = {
      text: token.text,
      tokens: tokenize(token.text),
      phrase: token.kind === 'phrase',
      position: token.position,
      ...(token.field ? { field: token.field } : {}),
    }
    const joinsPrevious = pendingOr !== undefined
    pendingOr = undefined
    const previous = clauses.at(-1)
    if (joinsPrevious && previous) {
      if (token.negated || previous.negated)
        throw new QuerySyntaxError('an alternative of OR cannot be excluded with "-"', token.position)
      previous.alternatives.push(term)
    } else {
      clauses.push({ negated: token.negated, alternatives: [term] })
    }
  }
  return limitTerms(
    clauses
      .map((clause) => ({ ...clause, alternatives: clause.alternatives.filter((t) => t.tokens.length > 0) }))
      .filter((clause) => clause.alternatives.length > 0),
  )
}

/** The clauses within {@link MAX_QUERY_TERMS} terms, alternatives counted one by one. */
function limitTerms(clauses: TextClause[]): TextClause[] {
  const kept: TextClause[] = []
  let budget = MAX_QUERY_TERMS
  for (const clause of clauses) {
    if (budget === 0) break
    const alternatives = clause.alternatives.slice(0, budget)
    budget -= alternatives.length
    kept.push({ ...clause, alternatives })
  }
  return kept
}

/** The term that ends the query, when it is a plain word: it may be the word being typed. */
export function lastWord(clauses: readonly TextClause[]): TextTerm | undefined {
  const last = clauses.at(-1)
  const term = last?.alternatives.at(-1)
  return last && !last.negated && term && !term.phrase ? term : undefined
}
