/**
 * Zod schemas for query-string values. A query string carries only strings, once or repeated; these
 * read them into numbers, booleans and lists while documenting the typed value in the OpenAPI document.
 * @module
 */
import { z } from '@hono/zod-openapi'

const asArray = (value: unknown): unknown => (typeof value === 'string' ? [value] : value)

/** A repeatable parameter: `?a=1&a=2` (or a single `?a=1`) as a list. */
export function repeated<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(asArray, z.array(item).max(max))
}

/** A list given as repeated parameters, comma-separated values, or both: `?a=x,y&a=z`. */
export function commaList<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess((value) => {
    const values = asArray(value)
    if (!Array.isArray(values)) return values
    return values
      .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
      .map(trimmed)
      .filter((v) => v !== '')
  }, z.array(item).max(max))
}

/**
 * A message for values of the wrong type only: a schema-wide `error` string would also replace the
 * messages of range checks ("Too big: expected number to be <=100").
 */
const onlyInvalidType = (message: string) => (issue: { code?: string }) =>
  issue.code === 'invalid_type' ? message : undefined

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value)

/** An integer parameter within bounds; anything but digits is an error rather than `NaN` or `0`. */
export function integer({ min, max }: { min: number; max?: number }) {
  const number = z
    .number({ error: onlyInvalidType('Expected an integer') })
    .int()
    .min(min)
  return z.preprocess(
    (value) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value),
    max === undefined ? number : number.max(max),
  )
}

/** A boolean parameter, spelled `true` or `false`. */
export function boolean() {
  return z.preprocess(
    (value) => (value === 'true' ? true : value === 'false' ? false : value),
    z.boolean({ error: onlyInvalidType('Expected true or false') }),
  )
}

/**
 * The query string of a route that takes no parameters: any given is an error naming it, as on every
 * other route, rather than silently ignored.
 */
export const NoParameters = z.strictObject({})
