/**
 * Turns page-N queries into the request a reader paging through the cursor sends for page N: page 1
 * after the last work of page N − 1. That work is found once, by offset, before anything is timed, so
 * the timing is of the cursor's page alone.
 * @module
 */
import { type SearchEngine, type SearchQuery, searchAfter } from '@ficdex/core'

export async function throughCursor(
  engine: SearchEngine,
  queries: readonly SearchQuery[],
): Promise<SearchQuery[]> {
  const reached: SearchQuery[] = []
  for (const query of queries) {
    const previous = await engine.search({ ...query, page: query.page - 1 })
    const last = previous.hits.at(-1)
    // A query with fewer pages than that ends the walk early: its cursor page is an empty one.
    const after = last ? searchAfter(last.work, query.sort) : { value: null, id: '\u{10FFFF}' }
    reached.push({ ...query, page: 1, after })
  }
  return reached
}
