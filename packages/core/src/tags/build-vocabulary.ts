/**
 * Builds a `Vocabulary` from parsed data files: validates each file against the schema, then the
 * references between entries, computes meta-tag ancestors, and reports the problems found as one
 * `VocabularyError`, each naming its file and entry.
 * @module
 */

import { applyTimeline, resolveCanon } from './canon-checks.js'
import { Vocabulary, type VocabularyTag } from './vocabulary.js'
import {
  addFixedValues,
  ancestorsOf,
  Checker,
  checkCollisions,
  checkEras,
  checkReferences,
  checkRelationship,
  indexNames,
} from './vocabulary-checks.js'
import { type Draft, drafts, schemaIssues, type TimelineDraft, timelineDrafts } from './vocabulary-draft.js'
import { VocabularyError } from './vocabulary-error.js'
import { VocabularyFile } from './vocabulary-schema.js'

/** One data file: its name as shown in errors, and its parsed (not yet validated) content. */
export interface VocabularySource {
  file: string
  data: unknown
}

/**
 * Validates and indexes vocabulary data. Throws a `VocabularyError` listing every problem, each naming
 * its file and entry.
 */
export function createVocabulary(sources: readonly VocabularySource[]): Vocabulary {
  const check = new Checker()
  const all: Draft[] = []
  const timeline: TimelineDraft[] = []
  for (const { file, data } of sources) {
    const parsed = VocabularyFile.safeParse(data ?? {})
    if (parsed.success) {
      all.push(...drafts(file, parsed.data))
      timeline.push(...timelineDrafts(file, parsed.data))
    } else check.issues.push(...schemaIssues(file, data, parsed.error))
  }
  // References into a file that failed validation would all be reported as unknown: noise.
  if (check.issues.length > 0) throw new VocabularyError(check.issues)
  const names = indexNames(all, check)
  const complete = [...all, ...addFixedValues(names)]
  checkReferences(all, names, check)
  const characters = names.get('character') ?? new Map<string, Draft>()
  for (const draft of all) if (draft.kind === 'relationship') checkRelationship(draft, characters, check)
  checkEras(all, check)
  applyTimeline(all, timeline, check)
  checkCollisions(complete, names, check)
  const ancestors = ancestorsOf(all, names, check)
  const fandomDrafts = names.get('fandom') ?? new Map<string, Draft>()
  const canon = resolveCanon(all, check, (fandom) => {
    const draft = fandomDrafts.get(fandom)
    return [fandom, ...(draft === undefined ? [] : (ancestors.get(draft) ?? []))]
  })
  if (check.issues.length > 0) throw new VocabularyError(check.issues)

  const tags: VocabularyTag[] = complete.map((draft) => ({
    kind: draft.kind,
    name: draft.name,
    synonyms: draft.synonyms,
    parents: draft.parents,
    ancestors: ancestors.get(draft) ?? [],
    fandoms: draft.fandoms,
    cues: draft.cues,
    source: draft.file,
    ...(draft.order === undefined ? {} : { order: draft.order, years: draft.years! }),
    ...(draft.characters === undefined ? {} : { characters: draft.characters, pairing: draft.pairing! }),
    ...(draft.gender === undefined ? {} : { gender: draft.gender }),
    ...(draft.addressedAs === undefined ? {} : { addressedAs: draft.addressedAs }),
    ...(draft.bond === undefined ? {} : { bond: draft.bond }),
    ...canon.get(draft),
  }))
  return new Vocabulary(tags)
}
