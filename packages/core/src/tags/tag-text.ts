/**
 * Finding which of a tag's names (canonical or synonym) a lookup key came from, to show users the
 * spelling they matched.
 * @module
 */
import { tagKey } from './normalize-tag.js'
import type { VocabularyTag } from './vocabulary.js'

/** The tag's canonical name or synonym with this lookup key (the canonical name if none has it). */
export function textForKey(tag: VocabularyTag, key: string): string {
  return [tag.name, ...tag.synonyms].find((text) => tagKey(text) === key) ?? tag.name
}
