/**
 * Wrangling a whole work: every author tag of the free kinds mapped to its canonical tag, the filter
 * values (canonical tags, meta tags, and the author's own spellings) filled in, and the provenance of
 * each tag recorded.
 * @module
 */
import { normalizeFacet } from '../model/normalize-facet.js'
import { FREE_TAG_KINDS, type FreeTagKind, TAG_FIELD } from '../model/tag-kind.js'
import type { TagProvenance, Work } from '../model/work.js'
import { cleanTag, tagKey } from './normalize-tag.js'
import type { Vocabulary } from './vocabulary.js'
import { wrangle } from './wrangle.js'

export interface UnwrangledTag {
  kind: FreeTagKind
  /** The tag as kept on the work (cleaned). */
  tag: string
}

export interface WrangledWork {
  work: Work
  /** Tags not in the vocabulary, in work order, for reports. */
  unwrangled: UnwrangledTag[]
}

/** Adds to a list unless a value with the same key is already there; answers whether it did. */
function addUnique(
  list: string[],
  keys: Set<string>,
  value: string,
  keyOf: (value: string) => string,
): boolean {
  const key = keyOf(value)
  if (keys.has(key)) return false
  keys.add(key)
  list.push(value)
  return true
}

/**
 * Returns a new work whose fandoms, relationships, characters, eras and freeforms are canonical and
 * de-duplicated, with `filterTags` holding, per kind, the canonical tags, their meta tags and the
 * author's spellings, cleaned, where the engines would not already match them (AO3 also files a work
 * under the tag as written). Fandoms are
 * wrangled first; they then scope the other kinds. Provenance gets one entry per tag: tags whose
 * existing provenance says `inferred` stay inferred, all others are the author's.
 *
 * @example
 * const { work: wrangled, unwrangled } = wrangleWork(vocab, work)
 */
export function wrangleWork(vocab: Vocabulary, work: Work): WrangledWork {
  const fandoms = work.fandoms.map((fandom) => wrangle(vocab, 'fandom', fandom).canonical)
  const inferred = new Map<string, TagProvenance>()
  for (const entry of work.provenance) {
    if (entry.source === 'inferred') inferred.set(`${entry.kind}\u0000${tagKey(entry.tag)}`, entry)
  }
  const wrangledKinds = new Set<string>(FREE_TAG_KINDS)
  const provenance: TagProvenance[] = work.provenance.filter((entry) => !wrangledKinds.has(entry.kind))
  const filterTags: Work['filterTags'] = { ...work.filterTags }
  const fields: Partial<Record<FreeTagKind, string[]>> = {}
  const unwrangled: UnwrangledTag[] = []

  for (const kind of FREE_TAG_KINDS) {
    const tags: string[] = []
    const tagKeys = new Set<string>()
    const filters: string[] = []
    const filterKeys = new Set<string>()
    for (const raw of work[TAG_FIELD[kind]]) {
      const result = wrangle(vocab, kind, raw, { fandoms })
      const original = raw === result.canonical ? undefined : raw
      for (const value of [
        result.canonical,
        ...result.ancestors,
        ...(original === undefined ? [] : [cleanTag(original)]),
      ]) {
        // Filter values need only differ as the engines compare them; tags differ as tags.
        addUnique(filters, filterKeys, value, normalizeFacet)
      }
      if (!addUnique(tags, tagKeys, result.canonical, tagKey)) continue
      const inference =
        inferred.get(`${kind}\u0000${tagKey(raw)}`) ??
        inferred.get(`${kind}\u0000${tagKey(result.canonical)}`)
      provenance.push({
        kind,
        tag: result.canonical,
        source: inference === undefined ? 'author' : 'inferred',
        ...(original === undefined ? {} : { original }),
        wrangled: result.wrangled,
        ...(inference?.confidence === undefined ? {} : { confidence: inference.confidence }),
        ...(inference?.evidence === undefined ? {} : { evidence: inference.evidence }),
      })
      if (!result.wrangled) unwrangled.push({ kind, tag: result.canonical })
    }
    fields[kind] = tags
    if (filters.length > 0) filterTags[kind] = filters
    else delete filterTags[kind]
  }

  return {
    work: {
      ...work,
      fandoms: fields.fandom ?? [],
      relationships: fields.relationship ?? [],
      characters: fields.character ?? [],
      eras: fields.era ?? [],
      freeforms: fields.freeform ?? [],
      filterTags,
      provenance,
    },
    unwrangled,
  }
}
