/**
 * Highlighted text from the API: HTML whose only markup is `<mark>`. Anything else that looks like a
 * tag is escaped, so a misbehaving or hostile API cannot put markup on the page.
 * @module
 */
import { raw } from 'hono/html'

export function safeMarks(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;')
}

/** The highlighted version when there is one, else the plain text (escaped as usual). */
export const Marked = ({ html, text }: { html: string | undefined; text: string }) => (
  <>{html === undefined ? text : raw(safeMarks(html))}</>
)
