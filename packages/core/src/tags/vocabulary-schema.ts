/**
 * The shape of a vocabulary data file (`vocabulary/*.yaml`), validated on load. Each file has one list per
 * tag kind; the kind of an entry is the list it sits in. Cross-references (parents, fandoms, the
 * characters a relationship names) are checked after all files are read, in `build-vocabulary.ts`.
 * @module
 */
import { z } from 'zod'

const Name = z.string().trim().min(1).max(150)
const NameList = z.array(Name)

/**
 * A phrase whose presence in a work's text hints at the tag, for tag inference. A bare string has the
 * default weight; weights run from 0 (no evidence) to 1 (decisive on its own).
 */
export const DEFAULT_CUE_WEIGHT = 0.5
export const CueInput = z.union([Name, z.strictObject({ phrase: Name, weight: z.number().gt(0).max(1) })])
export type CueInput = z.infer<typeof CueInput>

/** One fandom, several, or none (`[]`: the tag fits any fandom, overriding the file default). */
const FandomRef = z.union([Name, NameList])

const entryFields = {
  name: Name,
  synonyms: NameList.default([]),
  /** Meta tags of the same kind: filtering on a parent also finds works tagged with this tag. */
  parents: NameList.default([]),
  /** The fandom(s) the tag belongs to; defaults to the file's `defaults.fandom`. */
  fandom: FandomRef.optional(),
  cues: z.array(CueInput).default([]),
  /** Free text for maintainers: sources, reasons for a spelling. Never shown to users. */
  note: z.string().optional(),
}

export const TagEntry = z.strictObject(entryFields)
export type TagEntry = z.infer<typeof TagEntry>

/**
 * Seasons (or other eras) by their order in the fandom: `"2"`, `"1-3, 5"`, or `"8-"` for "from 8 to the
 * last". Checked against the fandom's eras once all files are read.
 */
export const SeasonSpec = z
  .string()
  .trim()
  .regex(/^\d+(-\d*)?(\s*,\s*\d+(-\d*)?)*$/, 'write seasons as "3", "1-3, 5" or "8-"')
/** Per fandom, a season list: `{ "Grey's Anatomy": "1-11", "Private Practice": "3-6" }`. */
const SeasonsByFandom = z.record(Name, SeasonSpec)

export const GENDERS = ['female', 'male', 'nonbinary'] as const
export type Gender = (typeof GENDERS)[number]

/** Characters: who they are to tag inference (gender for pronouns and titles, seasons on the show). */
export const CharacterEntry = z.strictObject({
  ...entryFields,
  gender: z.enum(GENDERS).optional(),
  /** The seasons the character is on the page of each fandom (regular or guest), by era order. */
  seasons: SeasonsByFandom.optional(),
  /**
   * What others call them, bare, in a story of their canon ("Doctor" on the Enterprise is McCoy): read by
   * tag inference only, never a synonym a tag or a query is wrangled by.
   */
  addressedAs: NameList.optional(),
})
export type CharacterEntry = z.infer<typeof CharacterEntry>

/** Where a romantic relationship stands in canon, season by season. */
export const CANON_STATUSES = [
  'together',
  'engaged',
  'married',
  'affair',
  'separated',
  'divorced',
  'exes',
] as const
export type CanonStatus = (typeof CANON_STATUSES)[number]
/** What a platonic relationship is. */
export const BONDS = ['friends', 'mentor', 'siblings', 'family', 'colleagues'] as const
export type Bond = (typeof BONDS)[number]

export const RelationshipEntry = z.strictObject({
  ...entryFields,
  /** Per fandom, per status, the seasons: `{ "Grey's Anatomy": { married: "1-2", divorced: "3-" } }`. */
  canon: z.record(Name, z.partialRecord(z.enum(CANON_STATUSES), SeasonSpec)).optional(),
  /** For a platonic relationship (`A & B`): what bond it is. */
  bond: z.enum(BONDS).optional(),
})
export type RelationshipEntry = z.infer<typeof RelationshipEntry>

/**
 * A phrase tied to a span of seasons (a place, an event, a state of affairs: "Seattle Grace Mercy West"
 * from 6 to 8): it becomes a cue of each of those eras, so a span is written once, not per season.
 */
export const TimelineEntry = z.strictObject({
  phrase: Name,
  seasons: SeasonSpec,
  weight: z.number().gt(0).max(1).optional(),
  /** The fandom whose seasons these are; defaults to the file's default fandom. */
  fandom: Name.optional(),
  note: z.string().optional(),
})
export type TimelineEntry = z.infer<typeof TimelineEntry>

/** A fandom never belongs to another fandom; its meta fandoms are its parents. */
const { fandom: _fandom, ...fandomFields } = entryFields
export const FandomEntry = z.strictObject(fandomFields)

/** Air or publication years: one year, or first and last. */
const Years = z.union([
  z.number().int().min(1000).max(3000),
  z
    .tuple([z.number().int().min(1000).max(3000), z.number().int().min(1000).max(3000)])
    .refine(([from, to]) => from <= to, 'the first year must not be after the last'),
])

/** Eras are ordered within their fandom, so a range of eras ("seasons 2 to 4") can be expanded. */
export const EraEntry = z.strictObject({
  ...entryFields,
  order: z.number().int().min(0),
  years: Years,
})
export type EraEntry = z.infer<typeof EraEntry>

export const VocabularyFile = z.strictObject({
  /** What the file covers, for maintainers. */
  description: z.string().optional(),
  defaults: z.strictObject({ fandom: FandomRef.optional() }).optional(),
  fandoms: z.array(FandomEntry).default([]),
  characters: z.array(CharacterEntry).default([]),
  relationships: z.array(RelationshipEntry).default([]),
  eras: z.array(EraEntry).default([]),
  freeforms: z.array(TagEntry).default([]),
  /** Variants of AO3's fixed sets; names must be exactly AO3's spellings. */
  ratings: z.array(TagEntry).default([]),
  warnings: z.array(TagEntry).default([]),
  categories: z.array(TagEntry).default([]),
  /** Phrases tied to spans of seasons, added to those eras' cues. */
  timeline: z.array(TimelineEntry).default([]),
})
export type VocabularyFile = z.infer<typeof VocabularyFile>

/** The list each tag kind lives in, in the order the builder reads them (fandoms first: others refer to them). */
export const SECTION_KIND = {
  fandoms: 'fandom',
  characters: 'character',
  relationships: 'relationship',
  eras: 'era',
  freeforms: 'freeform',
  ratings: 'rating',
  warnings: 'warning',
  categories: 'category',
} as const
export type Section = keyof typeof SECTION_KIND
