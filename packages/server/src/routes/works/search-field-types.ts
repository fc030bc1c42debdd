/**
 * The kinds of value a search parameter holds, each read two ways: from a query string, where every
 * value is a string given once or repeated, and from a JSON body, where values have their JSON types.
 * Both readings give the same value, so a search means the same whichever route it takes. Where a
 * list is accepted, one value is too: `fandom=A` and `"fandom": "A"` both mean `["A"]`.
 * @module
 */
import { MAX_FILTER_VALUES, MAX_TEXT_LENGTH } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import { boolean, commaList, integer } from '../../lib/query-values.js'

/** How one kind of value is read from each side. */
export interface FieldType<T> {
  query: z.ZodType<T>
  json: z.ZodType<T>
  /** A list written back as one comma-separated parameter, rather than one parameter per value. */
  commaSeparated?: boolean
}

const Value = z.string().trim().min(1).max(MAX_TEXT_LENGTH)
const IsoDate = z.iso.date()

/** One item or a list of them, always read as a list. */
function oneOrMany<T extends z.ZodType>(item: T, max: number) {
  return z
    .union([item, z.array(item).max(max)])
    .transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]))
}

const same = <T>(schema: z.ZodType<T>): FieldType<T> => ({ query: schema, json: schema })

/** Free text, trimmed. */
export const text = (): FieldType<string> => same(z.string().trim().max(MAX_TEXT_LENGTH))

/** One name (a fandom, an era). */
export const name = (): FieldType<string> => same(Value)

/** Names (tags, authors, languages), repeated in a query string; never split on commas, which tags contain. */
export const names = (): FieldType<string[]> => same(oneOrMany(Value, MAX_FILTER_VALUES))

/** A whole number within bounds. */
export function whole(min: number, max?: number): FieldType<number> {
  const json = z.number().int().min(min)
  return { query: integer({ min, max }), json: max === undefined ? json : json.max(max) }
}

/** A UTC day, `YYYY-MM-DD`. */
export const day = (): FieldType<string> => same(IsoDate)

/** A span of time back from now: a whole number of days, weeks, months or years (`7d`, `2w`, `6m`, `1y`). */
export const within = (): FieldType<string> =>
  same(
    z
      .string()
      .trim()
      .regex(
        /^[1-9]\d{0,3}[dwmy]$/,
        'Expected a number of days, weeks, months or years, such as 7d, 2w, 6m or 1y',
      ),
  )

/** `true` or `false`. */
export const flag = (): FieldType<boolean> => ({ query: boolean(), json: z.boolean() })

/** One of a closed set. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T): FieldType<T[number]> =>
  same(z.enum(values) as unknown as z.ZodType<T[number]>)

/** Some of a closed set; in a query string comma-separated, repeated, or both. */
export function choices<const T extends readonly [string, ...string[]]>(values: T): FieldType<T[number][]> {
  const item = z.enum(values) as unknown as z.ZodType<T[number]>
  return {
    query: commaList(item, values.length) as z.ZodType<T[number][]>,
    json: oneOrMany(item, values.length),
    commaSeparated: true,
  }
}
