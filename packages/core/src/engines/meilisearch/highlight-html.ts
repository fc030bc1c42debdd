/**
 * Highlights are HTML: the stored text is escaped and only the `<mark>` tags are markup, so a title
 * holding `<script>` cannot inject anything. Meilisearch inserts its highlight tags into the raw
 * text, so it is asked for control characters that never occur in prose, swapped for tags after
 * escaping (the embedded engine does the same with FTS5's markers).
 * @module
 */

export const MATCH_START = '\u0002'
export const MATCH_END = '\u0003'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text marked with `MATCH_START`/`MATCH_END` and turns the markers into `<mark>` tags. */
export function markedToHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replaceAll(MATCH_START, '<mark>')
    .replaceAll(MATCH_END, '</mark>')
}
