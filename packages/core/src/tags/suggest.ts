/**
 * Suggestions for a tag the vocabulary does not know: the nearest canonical tags by spelling and by
 * shared words, for `ficdex tags report` and for maintainers adding synonyms.
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import { keyWords, tagKey } from './normalize-tag.js'
import { scopeOf } from './resolve-tag.js'
import { editSimilarity, wordOverlap } from './similarity.js'
import { textForKey } from './tag-text.js'
import type { Vocabulary, VocabularyTag } from './vocabulary.js'
import type { WrangleOptions } from './wrangle.js'

export interface TagSuggestion {
  /** The canonical tag suggested. */
  name: string
  /** How close, from 0 to 1 (1: the same key). */
  score: number
  /** The canonical name or synonym that came closest. */
  matched: string
}

/** Below this score a candidate shares too little with the tag to be worth showing. */
const MIN_SCORE = 0.5

/**
 * Up to `n` canonical tags of a kind nearest to a written tag, best first. Closeness is the better of
 * spelling similarity (edit distance) and word overlap, over names and synonyms. With `fandoms`, only
 * tags of those fandoms (and tags of any fandom) are considered.
 *
 * @example
 * suggest(vocab, 'freeform', 'slowburn angst', 3) // [{ name: 'Slow Burn', … }, { name: 'Angst', … }, …]
 */
export function suggest(
  vocab: Vocabulary,
  kind: TagKind,
  raw: string,
  n = 5,
  options: WrangleOptions = {},
): TagSuggestion[] {
  const query = tagKey(raw)
  if (query === '' || n <= 0) return []
  const queryWords = keyWords(query)
  const scope = scopeOf(vocab, options.fandoms)
  const best = new Map<VocabularyTag, { score: number; key: string }>()
  for (const [key, tags] of vocab.keys(kind)) {
    const score = Math.max(editSimilarity(query, key), wordOverlap(queryWords, keyWords(key)))
    if (score < MIN_SCORE) continue
    for (const tag of tags) {
      if (!vocab.inScope(tag, scope)) continue
      const current = best.get(tag)
      if (current === undefined || score > current.score) best.set(tag, { score, key })
    }
  }
  return [...best]
    .sort(([a, x], [b, y]) => y.score - x.score || a.name.localeCompare(b.name, 'en'))
    .slice(0, n)
    .map(([tag, { score, key }]) => ({
      name: tag.name,
      score: Math.round(score * 1000) / 1000,
      matched: textForKey(tag, key),
    }))
}
