/**
 * Highlights, computed the same way for every engine: each engine only finds the works and, for the
 * text, crops an excerpt around its best match; which words are marked is decided here, from the query
 * text, so that both engines mark the same words.
 *
 * A word of the text is marked when it matches a required query term the way the engines match it:
 * as typed (case and accents aside), as a prefix when the term ends the query, or within the term's
 * typo allowance (see `typo.ts`); a phrase, or a term of several tokens such as `hurt/comfort`, where
 * its tokens stand together. Excluded terms are never marked. The output is HTML: the text is escaped
 * and only the `<mark>` tags are markup, so a title holding `<script>` cannot inject anything.
 * @module
 */
import type { Highlights } from '../../model/result.js'
import { FREE_TAG_KINDS, TAG_FIELD } from '../../model/tag-kind.js'
import type { WorkSummary } from '../../model/work.js'
import { queryTerms } from './query-terms.js'
import { type TokenSpan, tokenSpans } from './tokens.js'
import { typosTo } from './typo.js'

/** Words of text an excerpt keeps around the best match (Meilisearch's `cropLength`). */
export const EXCERPT_WORDS = 30

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

/** One required term: its tokens in order, and how the last (or only) one may match. */
interface Pattern {
  tokens: readonly string[]
  /** The last token may be the start of a word. */
  prefix: boolean
  /** A single-token word, so typos are allowed. */
  typos: boolean
}

export interface Marked {
  html: string
  /** Whether any word was marked. */
  marked: boolean
}

/** Marks the words of texts that match the required terms of one query text. */
export class QueryMarker {
  readonly #patterns: Pattern[]

  constructor(queryText: string) {
    this.#patterns = queryTerms(queryText)
      .filter((term) => !term.negated)
      .map((term) => ({
        tokens: term.tokens,
        prefix: term.last && !term.phrase,
        typos: !term.phrase && term.tokens.length === 1,
      }))
  }

  /** The text as HTML, every match wrapped in `<mark>`. */
  mark(text: string): Marked {
    const ranges = this.#patterns.length === 0 ? [] : this.#matches(tokenSpans(text))
    let html = ''
    let at = 0
    for (const [start, end] of ranges) {
      html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
      at = end
    }
    return { html: html + escapeHtml(text.slice(at)), marked: ranges.length > 0 }
  }

  /** Matched ranges in text order, overlapping ones merged. */
  #matches(spans: readonly TokenSpan[]): [number, number][] {
    const ranges: [number, number][] = []
    for (let i = 0; i < spans.length; i++) {
      for (const pattern of this.#patterns) {
        const length = pattern.tokens.length
        if (i + length > spans.length || !matchesAt(pattern, spans, i)) continue
        const start = (spans[i] as TokenSpan).start
        const end = (spans[i + length - 1] as TokenSpan).end
        const last = ranges.at(-1)
        if (last && start <= last[1]) last[1] = Math.max(last[1], end)
        else ranges.push([start, end])
      }
    }
    return ranges
  }
}

function matchesAt(pattern: Pattern, spans: readonly TokenSpan[], at: number): boolean {
  const { tokens } = pattern
  return tokens.every((wanted, k) => {
    const token = (spans[at + k] as TokenSpan).token
    if (token === wanted) return true
    if (k === tokens.length - 1 && pattern.prefix && token.startsWith(wanted)) return true
    return pattern.typos && typosTo(wanted, token) !== undefined
  })
}

/**
 * A hit's highlights: title and summary always (marked where they match), the tags of each searchable
 * kind where one matches, and the text excerpt (which the engine cropped around its best match) only
 * when a word of it matches.
 */
export function highlightWork(
  work: Pick<WorkSummary, 'title' | 'summary' | (typeof TAG_FIELD)[(typeof FREE_TAG_KINDS)[number]]>,
  marker: QueryMarker,
  excerpt?: string | null,
): Highlights {
  const highlights: Highlights = {
    title: marker.mark(work.title).html,
    summary: marker.mark(work.summary).html,
  }
  for (const kind of FREE_TAG_KINDS) {
    const tags = work[TAG_FIELD[kind]].map((tag) => marker.mark(tag))
    if (tags.some((tag) => tag.marked)) {
      highlights.tags ??= {}
      highlights.tags[kind] = tags.map((tag) => tag.html)
    }
  }
  const text = excerpt ? marker.mark(excerpt) : undefined
  if (text?.marked) highlights.text = text.html
  return highlights
}
