/**
 * Tag relations the vocabulary indexes only one way: it records each tag's meta tags (`parents`), and
 * this finds the other direction, a meta tag's direct sub-tags, for pages that show a tag in its tree.
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import { getOrCreate } from './get-or-create.js'
import type { Vocabulary, VocabularyTag } from './vocabulary.js'

/** Per vocabulary, kind and meta tag name: its direct sub-tags in declaration order; built on first use. */
const indexes = new WeakMap<Vocabulary, Map<TagKind, Map<string, VocabularyTag[]>>>()

function childIndex(vocab: Vocabulary, kind: TagKind): Map<string, VocabularyTag[]> {
  const byKind = getOrCreate(indexes, vocab, () => new Map<TagKind, Map<string, VocabularyTag[]>>())
  return getOrCreate(byKind, kind, () => {
    const children = new Map<string, VocabularyTag[]>()
    for (const tag of vocab.tags(kind)) {
      for (const parent of tag.parents) getOrCreate(children, parent, () => []).push(tag)
    }
    return children
  })
}

/**
 * The tags that name this canonical tag among their parents (meta tags are always of their sub-tags'
 * kind), in declaration order; empty for a tag that is no one's meta tag or is not in the vocabulary.
 *
 * @example
 * tagChildren(vocab, 'fandom', "Grey's Anatomy Universe").map((tag) => tag.name)
 * // ["Grey's Anatomy", 'Station 19', 'Private Practice']
 */
export function tagChildren(vocab: Vocabulary, kind: TagKind, name: string): readonly VocabularyTag[] {
  return childIndex(vocab, kind).get(name) ?? []
}
