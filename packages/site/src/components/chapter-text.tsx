/**
 * A chapter's text as paragraphs for reading.
 * @module
 */

/** Paragraphs of a chapter's text: blank lines part them; single line breaks are wrapping. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
}

export const ChapterText = ({ body }: { body: string }) => (
  <div class="chapter-text">
    {paragraphs(body).map((p) => (
      <p>{p}</p>
    ))}
  </div>
)
