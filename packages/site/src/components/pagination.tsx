/**
 * Page links: previous, next, the first and last page, and the pages around the current one.
 * @module
 */
import { type SearchState, searchHref } from '../search-state.js'

/** Page numbers to show, with `null` for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, total: number, around = 2): (number | null)[] {
  const pages: (number | null)[] = []
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= around) pages.push(n)
    else if (pages.at(-1) !== null) pages.push(null)
  }
  return pages
}

export function Pagination({ state, totalPages }: { state: SearchState; totalPages: number }) {
  if (totalPages <= 1) return null
  const href = (page: number) => searchHref({ ...state, page })
  const current = Math.min(state.page, totalPages)
  return (
    <nav class="pagination" aria-label="Pages of results">
      <ul>
        <li>
          {current > 1 ? (
            <a href={href(current - 1)} rel="prev" data-nav>
              ← Previous
            </a>
          ) : (
            <span class="disabled">← Previous</span>
          )}
        </li>
        {pageWindow(current, totalPages).map((page) => (
          <li>
            {page === null ? (
              <span class="gap">…</span>
            ) : page === current ? (
              <a href={href(page)} aria-current="page" data-nav>
                <span class="visually-hidden">Page </span>
                {page}
              </a>
            ) : (
              <a href={href(page)} data-nav>
                <span class="visually-hidden">Page </span>
                {page}
              </a>
            )}
          </li>
        ))}
        <li>
          {current < totalPages ? (
            <a href={href(current + 1)} rel="next" data-nav>
              Next →
            </a>
          ) : (
            <span class="disabled">Next →</span>
          )}
        </li>
      </ul>
    </nav>
  )
}
