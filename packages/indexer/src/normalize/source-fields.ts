/**
 * The metadata keys a source file may hold (`docs/formats.md`), as a strict zod schema: unknown keys and
 * bad values are errors that name the key. Values are accepted in the forms authors and spreadsheets
 * write them (a single string for a list, "1,234" for a number, any letter case for AO3's fixed names)
 * and come out in the form the work document wants. Defaults that need the text or the file are applied
 * later, in `normalize-work.ts`.
 * @module
 */
import {
  CATEGORIES,
  defaultVocabulary,
  RATINGS,
  type TagKind,
  Visibility,
  WARNINGS,
  WorkId,
  wrangle,
} from '@ficdex/core'
import { z } from 'zod'
import { type ChapterCount, parseChapterCount } from './chapter-count.js'
import { closest } from './closest.js'
import { parseDate } from './dates.js'

/** Strings trimmed; blanks dropped; repeats dropped, keeping the first. */
const StringList = z
  .union([z.string(), z.array(z.string())], { error: 'expected a string or a list of strings' })
  .transform((value) => [
    ...new Set((Array.isArray(value) ? value : [value]).map((s) => s.trim()).filter(Boolean)),
  ])

const Text = z.string({ error: 'expected a string' })

/**
 * One of a fixed set of names, matched ignoring case and surrounding space or through the vocabulary's
 * variants ("Teen" → "Teen And Up Audiences", "M/F" → "F/M"), returned in its canonical spelling.
 */
function matchName<T extends string>(
  value: string,
  names: readonly T[],
  kind: TagKind,
  what: string,
  ctx: z.RefinementCtx,
  path: number[] = [],
): T | undefined {
  const canonical = wrangle(defaultVocabulary(), kind, value).canonical.toLowerCase()
  const found = names.find((name) => name.toLowerCase() === canonical)
  if (found !== undefined) return found
  const hint = closest(value.trim(), names)
  ctx.addIssue({
    code: 'custom',
    path,
    message: `"${value}" is not ${what}${hint ? ` (did you mean "${hint}"?)` : ''}; use one of: ${names.join(', ')}`,
  })
  return undefined
}

function fixedName<const T extends readonly string[]>(names: T, kind: TagKind, what: string) {
  return z
    .string({ error: `expected ${what}` })
    .transform((value, ctx) => matchName<T[number]>(value, names, kind, what, ctx) ?? z.NEVER)
}

function fixedList<const T extends readonly string[]>(names: T, kind: TagKind, what: string) {
  return z
    .union([z.string(), z.array(z.string())], { error: `expected ${what} or a list of them` })
    .transform((value, ctx) => {
      const list = Array.isArray(value) ? value : [value]
      const found = list.map((item, i) =>
        matchName<T[number]>(item, names, kind, what, ctx, Array.isArray(value) ? [i] : []),
      )
      return [...new Set(found.filter((name) => name !== undefined))]
    })
}

/** A whole, non-negative number, also written as text with thousands separators ("1,234"). */
const Count = z
  .union([z.number(), z.string()], { error: 'expected a whole number' })
  .transform((value, ctx) => {
    const number =
      typeof value === 'number'
        ? value
        : /^\d{1,3}(?:,\d{3})+$|^\d+$/.test(value.trim())
          ? Number(value.trim().replaceAll(',', ''))
          : Number.NaN
    if (Number.isInteger(number) && number >= 0) return number
    ctx.addIssue({
      code: 'custom',
      message: `expected a whole, non-negative number, not ${JSON.stringify(value)}`,
    })
    return z.NEVER
  })

const Bool = z
  .union([z.boolean(), z.string()], { error: 'expected true or false' })
  .transform((value, ctx) => {
    if (typeof value === 'boolean') return value
    const word = value.trim().toLowerCase()
    if (['true', 'yes'].includes(word)) return true
    if (['false', 'no'].includes(word)) return false
    ctx.addIssue({ code: 'custom', message: `expected true or false, not "${value}"` })
    return z.NEVER
  })

const DateValue = z.unknown().transform((value, ctx) => {
  const result = parseDate(value)
  if (result.ok) return result.seconds
  ctx.addIssue({ code: 'custom', message: result.problem })
  return z.NEVER
})

const ChapterCountValue = z.unknown().transform((value, ctx): ChapterCount => {
  const result = parseChapterCount(value)
  if (result.ok) return result.value
  ctx.addIssue({ code: 'custom', message: result.problem })
  return z.NEVER
})

/** A series name, or `{ name, position }`. */
const SeriesValue = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.strictObject(
    {
      name: z.string({ error: 'expected the series name' }).trim().min(1, 'the series name is empty'),
      position: Count.pipe(z.number().positive({ error: 'position must be at least 1' })).optional(),
    },
    { error: 'expected a series name or { name, position }' },
  ),
)

/** ISO 639 language code, optionally with a region or script (`en`, `pt-BR`, `zh-Hans`). */
const Language = z
  .string({ error: 'expected a language code such as "en"' })
  .trim()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as "en" or "pt-BR"')

export const SourceFields = z
  .strictObject({
    id: z.union([WorkId, z.number().int().nonnegative().transform(String)], {
      error: 'expected an id of letters, digits, "-" and "_"',
    }),
    title: Text.trim().min(1, 'title is empty'),
    authors: StringList,
    summary: Text,
    notes: Text,
    language: Language,
    rating: fixedName(RATINGS, 'rating', 'an AO3 rating'),
    warnings: fixedList(WARNINGS, 'warning', 'an AO3 archive warning'),
    categories: fixedList(CATEGORIES, 'category', 'an AO3 category'),
    fandoms: StringList,
    relationships: StringList,
    /** The relationship the work is about, when it is not the first listed: it becomes the first. */
    main_relationship: Text.trim().min(1, 'main_relationship is empty'),
    characters: StringList,
    eras: StringList,
    freeforms: StringList,
    /** Alias of `freeforms`, as most people call them. */
    tags: StringList,
    series: SeriesValue,
    chapters: ChapterCountValue,
    complete: Bool,
    published: DateValue,
    updated: DateValue,
    words: Count,
    kudos: Count,
    hits: Count,
    comments: Count,
    bookmarks: Count,
    visibility: z
      .string({ error: 'expected public, restricted or hidden' })
      .trim()
      .toLowerCase()
      .pipe(Visibility),
  })
  .partial()

export type SourceFields = z.infer<typeof SourceFields>

/** Every key a source file may use, for "did you mean" hints. */
export const SOURCE_KEYS = Object.keys(SourceFields.shape)
