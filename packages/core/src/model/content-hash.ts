/**
 * The content hash of a work: sha256 over its canonical JSON (keys sorted, `contentHash` itself left
 * out), so any change to the work changes the hash. Where the work stands in its file does not: the
 * source's line number is left out, so deleting one line of a JSONL file re-writes no later work.
 * @module
 */
import { createHash } from 'node:crypto'
import type { Work } from './work.js'

export function contentHash(work: Work): string {
  const { contentHash: _ignored, source, ...rest } = work
  // `path:LINE` for a record of a JSONL or CSV file: keep the path.
  const file = source?.replace(/:\d+$/, '')
  return createHash('sha256')
    .update(canonicalJson({ ...rest, source: file }))
    .digest('hex')
}

/** The work with its hash recomputed; call again after anything (the wrangler) changes the work. */
export function withContentHash(work: Work): Work {
  return { ...work, contentHash: contentHash(work) }
}

/** JSON with object keys sorted at every level and undefined values dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )
    return Object.fromEntries(entries)
  })
}
