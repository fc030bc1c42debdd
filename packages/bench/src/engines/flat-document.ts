/**
 * What the in-memory comparison engines (Orama, MiniSearch) store per work: the searchable text flattened
 * to strings, the filter values per tag kind (own tags plus the wrangler's filter tags, normalized the way
 * the embedded engine compares them) and the work's summary to return as a hit.
 * @module
 */
import {
  filterTagsOf,
  normalizeFacet,
  TAG_FIELD,
  TAG_KINDS,
  type TagKind,
  type Work,
  type WorkSummary,
} from '@ficdex/core'

export interface FlatDocument {
  id: string
  title: string
  authors: string
  summary: string
  notes: string
  /** Fandoms, relationships, characters, eras and freeforms, one per line (ratings and the like are not text). */
  tags: string
  /** All chapters; empty for a metadata-only corpus. */
  body: string
  /** Normalized values each tag filter matches, per kind. */
  filters: Record<TagKind, string[]>
  /** Normalized own tags per kind, for facets (which group values by their normalized form). */
  facets: Record<TagKind, string[]>
  /** Normalized author names. */
  authorKeys: string[]
  work: WorkSummary
}

const TEXT_TAG_FIELDS = ['fandoms', 'relationships', 'characters', 'eras', 'freeforms'] as const

/** The tag values of one kind as the work shows them (the rating is a single value). */
export function ownTags(work: WorkSummary, kind: TagKind): string[] {
  const value = work[TAG_FIELD[kind]]
  return typeof value === 'string' ? [value] : [...value]
}

export function toFlatDocument(work: Work): FlatDocument {
  const { text, ...summary } = work
  const filters = {} as Record<TagKind, string[]>
  const facets = {} as Record<TagKind, string[]>
  for (const kind of TAG_KINDS) {
    facets[kind] = [...new Set(ownTags(work, kind).map(normalizeFacet))]
    filters[kind] = [...new Set([...facets[kind], ...filterTagsOf(work, kind).map(normalizeFacet)])]
  }
  return {
    id: work.id,
    title: work.title,
    authors: work.authors.join('\n'),
    summary: work.summary,
    notes: work.notes,
    tags: TEXT_TAG_FIELDS.flatMap((field) => work[field]).join('\n'),
    body: text
      .map((chapter) => (chapter.title ? `${chapter.title}\n${chapter.body}` : chapter.body))
      .join('\n\n'),
    filters,
    facets,
    authorKeys: work.authors.map(normalizeFacet),
    work: summary,
  }
}
