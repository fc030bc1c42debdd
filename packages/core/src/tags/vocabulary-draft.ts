/**
 * Reading one validated data file into drafts: entries with their kind, file defaults applied and
 * position recorded, ready for the cross-file checks. Also turns schema errors into issues that name
 * the entry.
 * @module
 */
import type { z } from 'zod'
import { CATEGORIES, RATINGS, WARNINGS } from '../model/ao3.js'
import type { TagKind } from '../model/tag-kind.js'
import type { PairingType } from './relationship-name.js'
import type { Cue } from './vocabulary.js'
import type { VocabularyIssue } from './vocabulary-error.js'
import {
  type Bond,
  type CanonStatus,
  type CharacterEntry,
  type CueInput,
  DEFAULT_CUE_WEIGHT,
  type EraEntry,
  type Gender,
  type RelationshipEntry,
  SECTION_KIND,
  type Section,
  type TagEntry,
  type VocabularyFile,
} from './vocabulary-schema.js'

/** AO3's fixed sets: their names are closed, and every vocabulary has them. */
export const FIXED: Partial<Record<TagKind, readonly string[]>> = {
  rating: RATINGS,
  warning: WARNINGS,
  category: CATEGORIES,
}

/** An entry with everything the checks need to point back at it. */
export interface Draft {
  kind: TagKind
  name: string
  synonyms: string[]
  parents: string[]
  fandoms: string[]
  cues: Cue[]
  file: string
  path: string
  order?: number
  years?: { from: number; to: number }
  characters?: string[]
  pairing?: PairingType
  gender?: Gender
  addressedAs?: string[]
  /** Characters: season specs per fandom, as written; read against the eras in `canon-checks.ts`. */
  seasonSpecs?: Record<string, string>
  /** Relationships: per fandom, per status, the season specs as written. */
  canonSpecs?: Record<string, Partial<Record<CanonStatus, string>>>
  bond?: Bond
}

/** A timeline phrase with what the checks need to point back at it. */
export interface TimelineDraft {
  phrase: string
  seasons: string
  weight: number
  fandom: string | undefined
  file: string
  path: string
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value

const toCue = (cue: CueInput): Cue =>
  typeof cue === 'string'
    ? { phrase: cue, weight: DEFAULT_CUE_WEIGHT }
    : { phrase: cue.phrase, weight: cue.weight }

function entryName(data: unknown, section: PropertyKey, index: PropertyKey): string | undefined {
  const list = (data as Record<PropertyKey, unknown> | null)?.[section]
  const entry = Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined
  const name = (entry as { name?: unknown } | undefined)?.name
  return typeof name === 'string' ? name : undefined
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text === '' ? String(part) : `${text}.${String(part)}`,
    '',
  )
}

/** Turns zod's issues into ours: the entry (`characters[12] "Mark Sloan"`) and the field inside it. */
export function schemaIssues(file: string, data: unknown, error: z.ZodError): VocabularyIssue[] {
  return error.issues.map((issue) => {
    const [section, index, ...rest] = issue.path
    const entry = typeof index === 'number' ? entryName(data, section!, index) : undefined
    const inEntry = typeof index === 'number'
    const path = inEntry ? pathText([section!, index]) : pathText(issue.path)
    const field = inEntry && rest.length > 0 ? `${pathText(rest)}: ` : ''
    return { file, path, ...(entry === undefined ? {} : { entry }), message: `${field}${issue.message}` }
  })
}

/** Any section's entry: the era fields are present on eras only, `fandom` never on fandoms. */
type AnyEntry = TagEntry &
  Partial<Pick<EraEntry, 'order' | 'years'>> &
  Partial<Pick<CharacterEntry, 'gender' | 'seasons' | 'addressedAs'>> &
  Partial<Pick<RelationshipEntry, 'canon' | 'bond'>>

export function drafts(file: string, content: VocabularyFile): Draft[] {
  const defaultFandoms = asList(content.defaults?.fandom)
  const out: Draft[] = []
  for (const section of Object.keys(SECTION_KIND) as Section[]) {
    const kind = SECTION_KIND[section]
    const entries: readonly AnyEntry[] = content[section]
    entries.forEach((entry, index) => {
      const bound = kind !== 'fandom' && FIXED[kind] === undefined
      const draft: Draft = {
        kind,
        name: entry.name,
        synonyms: [...new Set(entry.synonyms)].filter((synonym) => synonym !== entry.name),
        parents: entry.parents,
        fandoms: !bound ? [] : entry.fandom === undefined ? defaultFandoms : asList(entry.fandom),
        cues: entry.cues.map(toCue),
        file,
        path: `${section}[${index}]`,
      }
      if (entry.order !== undefined && entry.years !== undefined) {
        draft.order = entry.order
        draft.years =
          typeof entry.years === 'number'
            ? { from: entry.years, to: entry.years }
            : { from: entry.years[0], to: entry.years[1] }
      }
      if (entry.gender !== undefined) draft.gender = entry.gender
      if (entry.addressedAs !== undefined) draft.addressedAs = entry.addressedAs
      if (entry.seasons !== undefined) draft.seasonSpecs = entry.seasons
      if (entry.canon !== undefined) draft.canonSpecs = entry.canon
      if (entry.bond !== undefined) draft.bond = entry.bond
      out.push(draft)
    })
  }
  return out
}

/** A file's timeline entries, with the file's default fandom where an entry names none. */
export function timelineDrafts(file: string, content: VocabularyFile): TimelineDraft[] {
  const [defaultFandom] = asList(content.defaults?.fandom)
  return content.timeline.map((entry, index) => ({
    phrase: entry.phrase,
    seasons: entry.seasons,
    weight: entry.weight ?? DEFAULT_CUE_WEIGHT,
    fandom: entry.fandom ?? defaultFandom,
    file,
    path: `timeline[${index}]`,
  }))
}
