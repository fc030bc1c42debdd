/**
 * The content hashes an engine already stores, shared with the tagging threads so they skip preparing a
 * work that will not be written (an unchanged work; a content hash covers the id too). Each hash is kept
 * as the number its first 13 hex digits make (52 bits, exact in a double), sorted, in one buffer the
 * threads share rather than copy: 8 bytes a work. A false match only means a work is prepared where it is
 * written instead; whether a work is written is still decided there, on the whole hash.
 * @module
 */
import { lowerBound } from '@ficdex/core'

const DIGITS = 13

const keyOf = (hash: string): number => Number.parseInt(hash.slice(0, DIGITS), 16)

/** The hashes as a sorted array in shared memory, for `isKnown`. */
export function knownHashes(hashes: Iterable<string>): Float64Array {
  const keys = [...hashes].map(keyOf).filter((key) => !Number.isNaN(key))
  const shared = new Float64Array(new SharedArrayBuffer(keys.length * Float64Array.BYTES_PER_ELEMENT))
  shared.set(keys)
  return shared.sort()
}

/** Whether `hash` (probably) is among `known`. */
export function isKnown(known: Float64Array, hash: string): boolean {
  const key = keyOf(hash)
  return known[lowerBound(known, key)] === key
}
