import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from './load-vocabulary.js'
import { suggest } from './suggest.js'

const vocab = defaultVocabulary()
const names = (list: { name: string }[]): string[] => list.map((item) => item.name)

describe('suggest', () => {
  it.each([
    ['a typo', 'freeform', 'Hurt/Comfrot', 'Hurt/Comfort'],
    ['two tags run together', 'freeform', 'slowburn angst', 'Slow Burn'],
    [
      'a misspelt surname',
      'relationship',
      'Addison Montgomery/Derek Shepard',
      'Addison Montgomery/Derek Shepherd',
    ],
    ['a misspelt character', 'character', 'Meredeth Gray', 'Meredith Grey'],
    ['a partial AU name', 'freeform', 'AU Canon Divergent', 'Alternate Universe - Canon Divergence'],
    ['an extra word', 'freeform', 'Slow Burn Romance', 'Slow Burn'],
  ] as const)('finds the tag meant despite %s', (_name, kind, raw, want) => {
    expect(names(suggest(vocab, kind, raw, 3))).toContain(want)
  })

  it('orders by score, best first, with scores between 0 and 1', () => {
    const found = suggest(vocab, 'freeform', 'fluff & angst', 5)
    expect(found[0]).toMatchObject({ name: 'Fluff and Angst', score: 1 })
    for (const [index, item] of found.entries()) {
      expect(item.score).toBeGreaterThan(0)
      expect(item.score).toBeLessThanOrEqual(1)
      if (index > 0) expect(item.score).toBeLessThanOrEqual(found[index - 1]!.score)
    }
  })

  it('says which name or synonym came closest', () => {
    expect(suggest(vocab, 'relationship', 'Adek', 1)[0]).toMatchObject({
      name: 'Addison Montgomery/Derek Shepherd',
      matched: 'Addek',
    })
  })

  it('keeps to the fandoms given', () => {
    const all = names(suggest(vocab, 'character', 'Montgomery', 10))
    expect(all).toContain('Montgomery Scott')
    expect(
      names(suggest(vocab, 'character', 'Montgomery', 10, { fandoms: ['Private Practice'] })),
    ).not.toContain('Montgomery Scott')
  })

  it('returns at most n, and nothing for nothing like a tag', () => {
    expect(suggest(vocab, 'freeform', 'angst', 2)).toHaveLength(2)
    expect(suggest(vocab, 'freeform', 'qzxv wqpt', 5)).toEqual([])
    expect(suggest(vocab, 'freeform', '   ', 5)).toEqual([])
  })
})
