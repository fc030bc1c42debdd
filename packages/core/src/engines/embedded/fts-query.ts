/**
 * Compiles what a user types (the syntax of `engine/text/query-syntax.ts`) into a safe FTS5 query. Every
 * term is quoted, so no input is FTS5 syntax and none can cause an FTS5 syntax error. A term with a field
 * is confined to its column, the others match wherever text is searched (`inText`); alternatives become
 * OR. How a single word matches (as typed, as a prefix, widened by typo corrections) is up to a
 * `ResolveWord`, which the engine answers from the index vocabulary; a word or phrase that is a
 * synonym key (a ship name such as "Addek") also matches the phrases it stands for.
 * @module
 */
import { lastWord, parseTextQuery, type TextField, type TextTerm } from '../../engine/text/query-syntax.js'
import { tokenize } from '../../engine/text/tokens.js'
import { inMetadata, inText } from './filter-tokens.js'

/** How one query word (a single index token) matches. */
export interface WordMatch {
  /** Match every term starting with the word. */
  prefix: boolean
  /**
   * When `prefix`: the same terms as shorter whole terms (the word itself among them, if indexed) and
   * longer prefixes whose postings the index keeps, which FTS5 reads as they are stored instead of
   * merging the postings of every term with the word's own prefix. Absent: FTS5 expands the prefix.
   */
  cover?: PrefixCover
  /** Other index terms that also match (typo corrections). */
  corrections: readonly string[]
}

/** Every term starting with a word, as whole terms and prefixes (see `WordMatch.cover`). */
export interface PrefixCover {
  terms: readonly string[]
  prefixes: readonly string[]
}

/**
 * Decides how a single-token query word matches; `last` says it ends the query, `alone` that no other
 * word is required with it (so nothing narrows the works its matches are read for).
 */
export type ResolveWord = (token: string, last: boolean, alone: boolean) => WordMatch

/** Without an index to consult: the last word is a prefix, nothing is corrected. */
export const prefixLastWord: ResolveWord = (_token, last) => ({ prefix: last, corrections: [] })

/** Synonym key (its tokens joined by spaces) → the token lists of the phrases it also matches. */
export type TextSynonyms = ReadonlyMap<string, readonly (readonly string[])[]>

/** Word → words it also matches, as the Meilisearch `synonyms` setting spells them, read into tokens. */
export function textSynonyms(synonyms: Readonly<Record<string, readonly string[]>> = {}): TextSynonyms {
  const map = new Map<string, string[][]>()
  for (const [key, targets] of Object.entries(synonyms)) {
    const keyTokens = tokenize(key).join(' ')
    if (keyTokens === '') continue
    const phrases = targets.map(tokenize).filter((tokens) => tokens.length > 0)
    map.set(keyTokens, [...(map.get(keyTokens) ?? []), ...phrases])
  }
  return map
}

/** The query text as FTS5 expressions, one per clause; the caller combines them with its filters. */
export interface FtsQuery {
  /** Expressions a matching work must satisfy (all of them). */
  required: string[]
  /** Expressions a matching work must not satisfy (any of them). */
  excluded: string[]
  /**
   * `required` without typo corrections, when some word has any: works matching it rank above those
   * found only through a typo, as Meilisearch's `typo` ranking rule orders them.
   */
  exact?: string[]
  /**
   * `exact` (or `required`) with every unscoped term found in the title, authors, summary, notes or tags
   * rather than anywhere: the works that rank first (see `match-sql.ts`).
   */
  leading: string[]
}

const quote = (tokens: readonly string[]): string => `"${tokens.join(' ').replaceAll('"', '""')}"`

/** FTS5 `a OP b OP …`, parenthesized unless it is a single part. */
export const group = (parts: readonly string[], operator: 'AND' | 'OR'): string =>
  parts.length === 1 ? (parts[0] as string) : `(${parts.join(` ${operator} `)})`

const FIELD_COLUMN: Record<TextField, string> = {
  title: 'title :',
  author: 'authors :',
  summary: 'summary :',
  tag: 'tags :',
}

/** A term's expression confined to its field's column, else as `unscoped` confines it. */
const inColumns = (
  field: TextField | undefined,
  expression: string,
  unscoped: (expression: string) => string,
): string => (field ? `${FIELD_COLUMN[field]} ${expression}` : unscoped(expression))

interface Compiler {
  resolve: ResolveWord
  synonyms: TextSynonyms
  last: TextTerm | undefined
  alone: boolean
  typos: boolean
}

/** One term's ways of matching, before its column filter. */
function termMatches(
  term: TextTerm,
  negated: boolean,
  { resolve, synonyms, last, alone, typos }: Compiler,
): string[] {
  const { tokens } = term
  const isLast = term === last
  const synonymous = negated ? [] : (synonyms.get(tokens.join(' ')) ?? []).map(quote)
  if (term.phrase || negated) return [quote(tokens), ...synonymous]
  if (tokens.length > 1) return [quote(tokens) + (isLast ? '*' : ''), ...synonymous]
  const { prefix, corrections, cover } = resolve(tokens[0] as string, isLast, alone)
  const corrected = typos ? corrections.map((t) => quote([t])) : []
  // A correction may also be among the terms that cover the word's prefix.
  return [...new Set([...wordMatches(tokens, prefix, cover), ...corrected, ...synonymous])]
}

function wordMatches(tokens: readonly string[], prefix: boolean, cover: PrefixCover | undefined): string[] {
  if (!prefix) return [quote(tokens)]
  if (!cover) return [`${quote(tokens)}*`]
  return [...cover.terms.map((t) => quote([t])), ...cover.prefixes.map((p) => `${quote([p])}*`)]
}

/** Compiles user text; throws `QuerySyntaxError` when it is malformed. */
export function compileFtsQuery(
  text: string,
  resolve: ResolveWord = prefixLastWord,
  synonyms: TextSynonyms = new Map(),
): FtsQuery {
  const clauses = parseTextQuery(text)
  // Each word is resolved once, though the query is compiled with and without its corrections.
  const resolved = new Map<string, WordMatch>()
  const resolveOnce: ResolveWord = (token, last, alone) => {
    const key = `${last ? 1 : 0}${token}`
    let match = resolved.get(key)
    if (match === undefined) {
      match = resolve(token, last, alone)
      resolved.set(key, match)
    }
    return match
  }
  const positive = clauses.filter((c) => !c.negated)
  const alone = positive.length === 1
  const compiler: Compiler = { resolve: resolveOnce, synonyms, last: lastWord(clauses), alone, typos: true }
  const compile = (
    alternatives: readonly TextTerm[],
    negated: boolean,
    typos = true,
    unscoped = inText,
  ): string =>
    group(
      alternatives.map((term) =>
        inColumns(term.field, group(termMatches(term, negated, { ...compiler, typos }), 'OR'), unscoped),
      ),
      'OR',
    )
  const required = positive.map((c) => compile(c.alternatives, false))
  const exact = positive.map((c) => compile(c.alternatives, false, false))
  return {
    required,
    excluded: clauses.filter((c) => c.negated).map((c) => compile(c.alternatives, true)),
    ...(exact.join() === required.join() ? {} : { exact }),
    leading: positive.map((c) => compile(c.alternatives, false, false, inMetadata)),
  }
}
