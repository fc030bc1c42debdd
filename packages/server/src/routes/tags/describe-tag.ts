/**
 * A tag's page: the canonical tag for a name as asked (its own, a synonym, another spelling), with its
 * names, meta tags, sub-tags, era or pairing details, and how many works a filter on it finds.
 * @module
 */
import {
  type Scope,
  type SearchEngine,
  type TagKind,
  tagChildren,
  type Vocabulary,
  type VocabularyTag,
  wrangle,
} from '@ficdex/core'
import { countWorks } from './count-works.js'
import type { Tag } from './schema.js'

/**
 * The tag a name stands for, or null when it is neither in the vocabulary nor carried by any work the
 * caller may see (an unknown tag that works use answers with `wrangled: false`).
 */
export async function describeTag(
  engine: SearchEngine,
  vocab: Vocabulary,
  kind: TagKind,
  name: string,
  scope: Scope,
): Promise<Tag | null> {
  const resolved = wrangle(vocab, kind, name)
  const entry = resolved.tag
  const canonical = entry?.name ?? resolved.canonical
  const works = await countWorks(engine, kind, canonical, scope)
  if (entry === undefined && works === 0) return null
  return {
    kind,
    name: canonical,
    wrangled: entry !== undefined,
    ...(canonical === name ? {} : { resolvedFrom: name }),
    ...(entry === undefined ? UNWRANGLED : relations(vocab, entry)),
    works,
  }
}

const UNWRANGLED = { synonyms: [], parents: [], ancestors: [], children: [], fandoms: [] }

function relations(vocab: Vocabulary, tag: VocabularyTag) {
  return {
    synonyms: [...tag.synonyms],
    parents: [...tag.parents],
    ancestors: [...tag.ancestors],
    children: tagChildren(vocab, tag.kind, tag.name).map((child) => child.name),
    fandoms: [...tag.fandoms],
    ...(tag.order === undefined ? {} : { order: tag.order }),
    ...(tag.years === undefined ? {} : { years: { from: tag.years.from, to: tag.years.to } }),
    ...(tag.characters === undefined ? {} : { characters: [...tag.characters] }),
    ...(tag.pairing === undefined ? {} : { pairing: tag.pairing }),
  }
}
