/**
 * The tags `GET /v1/tags` answers: the vocabulary's canonical tags matching typed text (prefix- and
 * typo-tolerant, through synonyms), or without text the tags works use most; each counted for the
 * caller, most used first.
 * @module
 */
import {
  parseQuery,
  type Scope,
  type SearchEngine,
  searchTags,
  TAG_KINDS,
  type TagKind,
  type TagSearchHit,
  type Vocabulary,
} from '@ficdex/core'
import { countWorks } from './count-works.js'
import type { TagHit } from './schema.js'

export interface FindTagsOptions {
  /** Typed text; empty for the most used tags. */
  text: string
  kind: TagKind | undefined
  /** A canonical fandom: only its tags (and tags of any fandom), or without text, tags its works use. */
  fandom: string | undefined
  limit: number
  scope: Scope
}

/** Most used first, then by name in code-unit order, so equal counts list the same way everywhere. */
const byUse = (a: TagHit, b: TagHit): number =>
  b.works - a.works || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : 1)

export async function findTags(
  engine: SearchEngine,
  vocab: Vocabulary,
  options: FindTagsOptions,
): Promise<TagHit[]> {
  const candidates =
    options.text === ''
      ? await mostUsed(engine, vocab, options)
      : searchTags(vocab, options.text, { kind: options.kind, fandom: options.fandom, limit: options.limit })
  const hits = await Promise.all(
    candidates.map(async (candidate) => ({
      kind: candidate.kind,
      name: candidate.name,
      matched: candidate.matched,
      fandoms: [...candidate.fandoms],
      works: await countWorks(engine, candidate.kind, candidate.name, options.scope),
    })),
  )
  return hits.sort(byUse)
}

/**
 * The tags the most works carry themselves (facet counts: a meta tag counts only where it was tagged),
 * within a fandom's works when one is given. The hits are then counted as every tag is.
 */
async function mostUsed(
  engine: SearchEngine,
  vocab: Vocabulary,
  options: FindTagsOptions,
): Promise<TagSearchHit[]> {
  const kinds = options.kind === undefined ? TAG_KINDS : [options.kind]
  const { facets } = await engine.search(
    parseQuery({
      scope: options.scope,
      perPage: 1,
      // `all`, not `any`: a kind filtered with any-of values would count its facet disjunctively.
      tags: options.fandom === undefined ? {} : { fandom: { all: [options.fandom] } },
      facets: { kinds: [...kinds], limit: options.limit },
    }),
  )
  const used = kinds.flatMap((kind) => (facets[kind]?.values ?? []).map((facet) => ({ kind, ...facet })))
  used.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
  return used.slice(0, options.limit).map(({ kind, value }) => ({
    kind,
    name: value,
    matched: value,
    fandoms: vocab.get(kind, value)?.fandoms ?? [],
  }))
}
