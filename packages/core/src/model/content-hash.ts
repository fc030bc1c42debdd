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
  if (Array.isArray(value)) {
    // An array of strings and numbers alone (a work's tags) has no keys to sort: JSON.stringify writes
    // it as this would, natively.
    if (value.every(isFlat)) return JSON.stringify(value)
    return `[${value.map((item) => write(item) ?? 'null').join(',')}]`
  }
  const record = value as Record<string, unknown>
  let json = ''
  for (const key of sortedKeys(record)) {
    const inner = write(record[key])
    if (inner === undefined) continue
    json += `${json === '' ? '' : ','}${quoted(key)}:${inner}`
  }
  return `{${json}}`
}

const isFlat = (item: unknown): boolean => typeof item === 'string' || typeof item === 'number'

/** Keys repeat in every work: each is quoted once. */
const quotedKeys = new Map<string, string>()
const MAX_QUOTED_KEYS = 1_000

function quoted(key: string): string {
  let json = quotedKeys.get(key)
  if (json === undefined) {
    json = JSON.stringify(key)
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, json)
  }
  return json
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/

/**
 * Keys in the order an object built from them sorted would list them: array indexes first, by number.
 * Objects of one shape list their keys alike, so the order of each list is remembered (the joined list
 * finds it; the list itself confirms it, since a key may hold the separator).
 */
function sortedKeys(record: Record<string, unknown>): readonly string[] {
  const keys = Object.keys(record)
  const shape = keys.join('\u0000')
  const known = sortedShapes.get(shape)
  if (known !== undefined && sameKeys(known.keys, keys)) return known.sorted
  const sorted = sortKeys([...keys])
  if (sortedShapes.size < MAX_SHAPES) sortedShapes.set(shape, { keys, sorted })
  return sorted
}

const sortedShapes = new Map<string, { keys: readonly string[]; sorted: readonly string[] }>()
const MAX_SHAPES = 1_000

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((key, i) => key === b[i])

function sortKeys(keys: string[]): string[] {
  keys.sort()
  const indexes = keys.filter((key) => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1)
  if (indexes.length === 0) return keys
  const rest = keys.filter((key) => !indexes.includes(key))
  return [...indexes.sort((a, b) => Number(a) - Number(b)), ...rest]
}
