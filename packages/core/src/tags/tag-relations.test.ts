import { describe, expect, it } from 'vitest'
import type { TagKind } from '../model/tag-kind.js'
import { defaultVocabulary } from './load-vocabulary.js'
import { tagChildren } from './tag-relations.js'

const vocab = defaultVocabulary()
const names = (kind: TagKind, name: string) => tagChildren(vocab, kind, name).map((tag) => tag.name)

describe('tagChildren', () => {
  it.each([
    [
      'a meta fandom has its shows',
      'fandom',
      "Grey's Anatomy Universe",
      ["Grey's Anatomy", 'Private Practice'],
    ],
    [
      'a meta trope has its tropes',
      'freeform',
      'Romance Tropes',
      ['Slow Burn', 'Pining', 'Enemies to Lovers'],
    ],
    ['a trope has its narrower tropes', 'freeform', 'Pining', ['Mutual Pining']],
  ] as const)('%s', (_name, kind, name, expected) => {
    expect(names(kind, name)).toEqual(expect.arrayContaining([...expected]))
  })

  it.each([
    ['a tag that is no one’s meta tag', 'freeform', 'Mutual Pining'],
    ['a tag not in the vocabulary', 'freeform', 'No Such Tag'],
    ['a name of another kind', 'character', 'Romance Tropes'],
  ] as const)('is empty for %s', (_name, kind, name) => {
    expect(names(kind, name)).toEqual([])
  })

  it('lists only direct sub-tags, each of which names the tag as a parent', () => {
    const children = tagChildren(vocab, 'freeform', 'Romance Tropes')
    expect(children.map((tag) => tag.name)).not.toContain('Mutual Pining')
    for (const child of children) expect(child.parents).toContain('Romance Tropes')
  })

  it('is the inverse of parents across the whole vocabulary', () => {
    for (const tag of vocab.tags()) {
      for (const parent of tag.parents) expect(tagChildren(vocab, tag.kind, parent)).toContain(tag)
    }
  })
})
