/**
 * Tag lookup for autocomplete: prefix- and typo-tolerant over canonical names and synonyms, answering
 * canonical tags (the server adds usage counts from the engine).
 * @module
 */
import { TAG_KINDS, type TagKind } from '../model/tag-kind.js'
import { getOrCreate } from './get-or-create.js'
import { type KeyMatch, type MatchableKey, matchableKey, matchKey } from './key-match.js'
import { tagKey } from './normalize-tag.js'
import { scopeOf } from './resolve-tag.js'
import { textForKey } from './tag-text.js'
import type { Vocabulary, VocabularyTag } from './vocabulary.js'

export interface SearchTagsOptions {
  /** Only tags of this kind. */
  kind?: TagKind
  /** Only tags of this fandom (or its sub-fandoms) and tags that belong to no fandom. */
  fandom?: string
  /** At most this many tags (default 10). */
  limit?: number
}

export interface TagSearchHit {
  kind: TagKind
  /** The canonical tag. */
  name: string
  /** The canonical name or synonym that matched, e.g. "McDreamy" for Derek Shepherd. */
  matched: string
  fandoms: readonly string[]
}

interface Match extends KeyMatch {
  synonym: boolean
  key: string
}

type Entry = MatchableKey & { tags: readonly VocabularyTag[] }

/** Every key of every kind with its word starts, computed once per vocabulary. */
const indexes = new WeakMap<Vocabulary, Map<TagKind, Entry[]>>()

function entries(vocab: Vocabulary, kind: TagKind): Entry[] {
  const index = getOrCreate(indexes, vocab, () => new Map<TagKind, Entry[]>())
  return getOrCreate(index, kind, () =>
    [...vocab.keys(kind)].map(([key, tags]) => ({ ...matchableKey(key), tags })),
  )
}

const better = (a: Match, b: Match): boolean =>
  a.rank !== b.rank ? a.rank < b.rank : a.typos !== b.typos ? a.typos < b.typos : !a.synonym && b.synonym

/**
 * Canonical tags whose name or a synonym starts with the text typed (or has a word that does), allowing
 * Meilisearch's typo budget on longer input. Best matches first: exact, then prefix, then word prefix,
 * then with typos; names before synonyms; shorter names first.
 *
 * @example
 * searchTags(vocab, 'mcdrea', { kind: 'character' }) // [{ name: 'Derek Shepherd', matched: 'McDreamy', … }]
 */
export function searchTags(
  vocab: Vocabulary,
  prefix: string,
  options: SearchTagsOptions = {},
): TagSearchHit[] {
  const query = tagKey(prefix)
  const limit = options.limit ?? 10
  if (query === '' || limit <= 0) return []
  const scope = options.fandom === undefined ? null : scopeOf(vocab, [options.fandom])
  const best = new Map<VocabularyTag, Match>()
  for (const kind of options.kind === undefined ? TAG_KINDS : [options.kind]) {
    for (const entry of entries(vocab, kind)) {
      const found = matchKey(query, entry)
      if (found === undefined) continue
      for (const tag of entry.tags) {
        if (!vocab.inScope(tag, scope)) continue
        const candidate = { ...found, key: entry.key, synonym: vocab.nameKey(tag) !== entry.key }
        const current = best.get(tag)
        if (current === undefined || better(candidate, current)) best.set(tag, candidate)
      }
    }
  }
  const found = [...best].map(([tag, match]) => ({ tag, match }))
  return found
    .sort(
      (a, b) =>
        a.match.rank - b.match.rank ||
        a.match.typos - b.match.typos ||
        Number(a.match.synonym) - Number(b.match.synonym) ||
        a.tag.name.length - b.tag.name.length ||
        a.tag.name.localeCompare(b.tag.name, 'en'),
    )
    .slice(0, limit)
    .map(({ tag, match: { key } }) => ({
      kind: tag.kind,
      name: tag.name,
      matched: textForKey(tag, key),
      fandoms: tag.fandoms,
    }))
}
