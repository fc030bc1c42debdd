/**
 * How a tagged work stands against the stored one: what `PUT /v1/works/{id}` and the batch route both
 * report, and whether either has anything to write.
 * @module
 */
import type { SearchEngine, Work } from '@ficdex/core'

export type StoredStatus = 'created' | 'updated' | 'unchanged'

/** `unchanged` when the stored work has the same content hash: writing it again would change nothing. */
export async function storedStatus(engine: SearchEngine, work: Work): Promise<StoredStatus> {
  const before = await engine.get(work.id, 'all')
  if (before === null) return 'created'
  return before.contentHash === work.contentHash ? 'unchanged' : 'updated'
}
