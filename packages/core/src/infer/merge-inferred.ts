/**
 * Adding inferred tags to a work. The inferred tags alone go through the core wrangler (which knows
 * canonical forms, meta tags and how inferred provenance is kept), and the result is merged into the
 * work beside the author's tags, which are left exactly as they were.
 * @module
 */
import type { Rating, Warning } from '../model/ao3.js'
import { FREE_TAG_KINDS, type FreeTagKind, isFreeTagKind, TAG_FIELD } from '../model/tag-kind.js'
import type { TagProvenance, Work } from '../model/work.js'
import type { Vocabulary } from '../tags/vocabulary.js'
import { wrangleWork } from '../tags/wrangle-work.js'
import type { InferredTag } from './inferred-tag.js'

export interface MergedWork {
  work: Work
  inferred: TagProvenance[]
}

function provenanceOf(tag: InferredTag): TagProvenance {
  return {
    kind: tag.kind,
    tag: tag.tag,
    source: 'inferred',
    confidence: tag.confidence,
    evidence: tag.evidence,
  }
}

/** Returns the work with the proposed tags added, and their provenance entries. */
export function mergeInferred(vocab: Vocabulary, work: Work, proposed: readonly InferredTag[]): MergedWork {
  const free = proposed.filter((tag) => isFreeTagKind(tag.kind))
  const lists = Object.fromEntries(
    FREE_TAG_KINDS.map((kind) => [
      TAG_FIELD[kind],
      free.filter((tag) => tag.kind === kind).map((tag) => tag.tag),
    ]),
  ) as Record<(typeof TAG_FIELD)[FreeTagKind], string[]>
  const { work: wrangled } = wrangleWork(vocab, {
    ...work,
    ...lists,
    filterTags: {},
    provenance: free.map(provenanceOf),
  })

  const merged: Work = { ...work, filterTags: { ...work.filterTags } }
  for (const kind of FREE_TAG_KINDS) {
    const field = TAG_FIELD[kind]
    merged[field] = [...work[field], ...wrangled[field].filter((tag) => !work[field].includes(tag))]
    const added = wrangled.filterTags[kind]
    if (added !== undefined)
      merged.filterTags[kind] = [...new Set([...(work.filterTags[kind] ?? []), ...added])]
  }

  const fixed = proposed.filter((tag) => !isFreeTagKind(tag.kind)).map(provenanceOf)
  const rating = fixed.find((entry) => entry.kind === 'rating')
  if (rating !== undefined) merged.rating = rating.tag as Rating
  const warnings = fixed.filter((entry) => entry.kind === 'warning').map((entry) => entry.tag as Warning)
  merged.warnings = [...work.warnings, ...warnings.filter((warning) => !work.warnings.includes(warning))]

  const inferred = [...wrangled.provenance.filter((entry) => entry.source === 'inferred'), ...fixed]
  merged.provenance = [...work.provenance, ...inferred]
  return { work: merged, inferred }
}
