import { describe, expect, it } from 'vitest'
import { scopeSees } from './query.js'

describe('scopeSees: which works each scope may see', () => {
  it.each([
    { visibility: 'public', public: true, members: true, all: true },
    { visibility: 'restricted', public: false, members: true, all: true },
    { visibility: 'hidden', public: false, members: false, all: true },
  ] as const)('$visibility', ({ visibility, ...scopes }) => {
    for (const [scope, expected] of Object.entries(scopes))
      expect(scopeSees(scope as keyof typeof scopes, visibility)).toBe(expected)
  })
})
