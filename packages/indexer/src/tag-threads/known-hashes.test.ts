import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isKnown, knownHashes } from './known-hashes.js'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('knownHashes', () => {
  const stored = Array.from({ length: 1_000 }, (_, i) => sha(`work ${i}`))
  const known = knownHashes(stored)

  it.each([
    ['a stored hash', stored[0] as string, true],
    ['the last stored hash', stored[999] as string, true],
    ['a hash never stored', sha('work 1000'), false],
    ['the lowest hash', '0'.repeat(64), false],
    ['the highest hash', 'f'.repeat(64), false],
    ['an empty hash', '', false],
  ])('%s', (_, hash, expected) => {
    expect(isKnown(known, hash)).toBe(expected)
  })

  it('finds every stored hash and is shared between threads', () => {
    expect(stored.every((hash) => isKnown(known, hash))).toBe(true)
    expect(known.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(isKnown(knownHashes([]), stored[0] as string)).toBe(false)
  })
})
