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

/**
 * JSON with object keys sorted at every level and undefined values dropped: what `JSON.stringify` gives for
 * the value rebuilt with sorted keys (so an array index-like key still comes first, in numeric order, as
 * in any object), written directly because rebuilding every object was a fifth of indexing's per-work time.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'undefined'
}

/** The JSON text of a value, or undefined where `JSON.stringify` leaves the value out. */
function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return write((value as { toJSON: () => unknown }).toJSON())
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`
  const record = value as Record<string, unknown>
  let json = ''
  for (const key of sortedKeys(record)) {
    const inner = write(record[key])
    if (inner === undefined) continue
    json += `${json === '' ? '' : ','}${JSON.stringify(key)}:${inner}`
  }
  return `{${json}}`
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/

/** Keys in the order an object built from them sorted would list them: array indexes first, by number. */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort()
  const indexes = keys.filter((key) => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1)
  if (indexes.length === 0) return keys
  const rest = keys.filter((key) => !indexes.includes(key))
  return [...indexes.sort((a, b) => Number(a) - Number(b)), ...rest]
}
