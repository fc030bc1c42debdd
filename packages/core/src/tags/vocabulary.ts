/**
 * The loaded vocabulary: canonical tags with their synonyms, meta tags, fandoms, era order and cues, and
 * the lookup maps the wrangler, filters and autocomplete read. Built once (see `createVocabulary` and
 * `loadVocabulary`), then read-only.
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import { nameWords } from './character-names.js'
import { getOrCreate } from './get-or-create.js'
import { tagKey } from './normalize-tag.js'
import type { PairingType } from './relationship-name.js'
import type { Bond, CanonStatus, Gender } from './vocabulary-schema.js'

/** A phrase hinting at a tag in a work's text, weighted from 0 (no evidence) to 1 (decisive). */
export interface Cue {
  readonly phrase: string
  readonly weight: number
}

export interface VocabularyTag {
  readonly kind: TagKind
  /** The canonical name: what works store, facets count and autocomplete shows. */
  readonly name: string
  readonly synonyms: readonly string[]
  /** Direct meta tags. */
  readonly parents: readonly string[]
  /** All meta tags, transitively, nearest first. */
  readonly ancestors: readonly string[]
  /** The fandoms the tag belongs to; empty for tags that fit any fandom (most tropes). */
  readonly fandoms: readonly string[]
  readonly cues: readonly Cue[]
  /** The data file that declares the tag, e.g. `vocabulary/greys-anatomy.yaml`. */
  readonly source: string
  /** Eras: position within the fandom (ascending in story order) and air or publication years. */
  readonly order?: number
  readonly years?: { readonly from: number; readonly to: number }
  /** Relationships: the canonical characters, in relationship order, and the pairing type. */
  readonly characters?: readonly string[]
  readonly pairing?: PairingType
  /** Characters: for pronouns and titles ("Miss Bingley" is not Mr. Bingley). */
  readonly gender?: Gender
  /** Characters: bare words others call them by in a story of their canon (inference only). */
  readonly addressedAs?: readonly string[]
  /** Characters: per fandom, the era orders (seasons) they are on the page. */
  readonly seasons?: ReadonlyMap<string, ReadonlySet<number>>
  /** Romantic relationships: where they stand in canon, season by season. */
  readonly canon?: readonly CanonSpan[]
  /** Platonic relationships: what bond they are. */
  readonly bond?: Bond
}

/** A romantic relationship's status over some seasons of one fandom. */
export interface CanonSpan {
  readonly fandom: string
  readonly status: CanonStatus
  readonly orders: ReadonlySet<number>
}

/** A set of canonical fandom names a lookup is confined to; `null` means no confinement. */
export type FandomScope = ReadonlySet<string> | null

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = getOrCreate(map, key, () => [])
  if (!list.includes(value)) list.push(value)
}

export class Vocabulary {
  readonly #all: readonly VocabularyTag[]
  readonly #byName = new Map<TagKind, Map<string, VocabularyTag>>()
  readonly #byKey = new Map<TagKind, Map<string, VocabularyTag[]>>()
  readonly #byKind = new Map<TagKind, VocabularyTag[]>()
  readonly #eras = new Map<string, VocabularyTag[]>()
  readonly #subFandoms = new Map<string, string[]>()
  readonly #firstNames = new Map<string, VocabularyTag[]>()
  readonly #otherNames = new Map<string, VocabularyTag[]>()
  readonly #nameKeys = new Map<VocabularyTag, string>()

  /** Indexes tags that `build-vocabulary.ts` has validated; use `createVocabulary` or `loadVocabulary`. */
  constructor(tags: readonly VocabularyTag[]) {
    this.#all = tags
    for (const tag of tags) {
      getOrCreate(this.#byName, tag.kind, () => new Map()).set(tag.name, tag)
      push(this.#byKind, tag.kind, tag)
      const keys = getOrCreate(this.#byKey, tag.kind, () => new Map<string, VocabularyTag[]>())
      this.#nameKeys.set(tag, tagKey(tag.name))
      for (const text of [tag.name, ...tag.synonyms]) push(keys, tagKey(text), tag)
      if (tag.kind === 'era') push(this.#eras, tag.fandoms[0]!, tag)
      if (tag.kind === 'fandom') for (const parent of tag.parents) push(this.#subFandoms, parent, tag.name)
      if (tag.kind === 'character') {
        const { first, others } = nameWords(tag.name)
        if (first !== undefined) push(this.#firstNames, first, tag)
        for (const word of others) push(this.#otherNames, word, tag)
      }
    }
    for (const eras of this.#eras.values()) eras.sort((a, b) => a.order! - b.order!)
  }

  /** Number of canonical tags. */
  get size(): number {
    return this.#all.length
  }

  /** The canonical tag with exactly this name. */
  get(kind: TagKind, name: string): VocabularyTag | undefined {
    return this.#byName.get(kind)?.get(name)
  }

  /** All canonical tags, or those of one kind, in declaration order. */
  tags(kind?: TagKind): readonly VocabularyTag[] {
    return kind === undefined ? this.#all : (this.#byKind.get(kind) ?? [])
  }

  /** The tags whose name or a synonym has this lookup key (see `tagKey`). */
  byKey(kind: TagKind, key: string): readonly VocabularyTag[] {
    return this.#byKey.get(kind)?.get(key) ?? []
  }

  /** The lookup key of a tag's canonical name. */
  nameKey(tag: VocabularyTag): string {
    return this.#nameKeys.get(tag) ?? tagKey(tag.name)
  }

  /** All lookup keys of a kind with their tags, for scans (autocomplete, suggestions). */
  keys(kind: TagKind): ReadonlyMap<string, readonly VocabularyTag[]> {
    return this.#byKey.get(kind) ?? new Map()
  }

  /** A fandom's eras in order. */
  eras(fandom: string): readonly VocabularyTag[] {
    return this.#eras.get(fandom) ?? []
  }

  /** Characters whose first name, or another word of whose name, is this key word. */
  charactersNamed(word: string, position: 'first' | 'other'): readonly VocabularyTag[] {
    return (position === 'first' ? this.#firstNames : this.#otherNames).get(word) ?? []
  }

  /**
   * The fandoms a work tagged with these canonical fandoms covers: each one, all its sub-fandoms (a work
   * in "Grey's Anatomy Universe" covers Grey's Anatomy and Private Practice) and its meta fandoms (tags
   * declared for "Star Trek" as a whole apply to a work in "Star Trek: The Original Series"), but not
   * its sibling fandoms.
   */
  fandomScope(fandoms: Iterable<string>): ReadonlySet<string> {
    const scope = new Set<string>()
    const visit = (fandom: string): void => {
      if (scope.has(fandom)) return
      scope.add(fandom)
      for (const sub of this.#subFandoms.get(fandom) ?? []) visit(sub)
    }
    for (const fandom of fandoms) {
      visit(fandom)
      for (const meta of this.get('fandom', fandom)?.ancestors ?? []) scope.add(meta)
    }
    return scope
  }

  /** Whether a tag belongs in a scope: tags without fandoms belong everywhere. */
  inScope(tag: VocabularyTag, scope: FandomScope): boolean {
    return scope === null || tag.fandoms.length === 0 || tag.fandoms.some((fandom) => scope.has(fandom))
  }
}
