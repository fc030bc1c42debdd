/**
 * The building blocks of Meilisearch filter text. Each returns one expression with no parentheses,
 * so the compiler can combine them through the array form (outer AND, inner OR) and never nest.
 *
 * Escaping follows the server's parser (filter-parser `value.rs`): inside double quotes a backslash
 * always escapes the next character and every value is then unescaped strictly, so both `\` and `"`
 * must be escaped, backslash first. Anything else (spaces, `/`, `&`, newlines, emoji) is safe quoted.
 * @module
 */

/** Words the filter parser reserves (case-sensitive); unquoted they are operators, never names. */
export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set([
  'AND',
  'OR',
  'IN',
  'NOT',
  'TO',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
  '_geoRadius',
  '_geoBoundingBox',
  '_geoPolygon',
])

const BARE_WORD = /^[\p{L}\p{N}_.-]+$/u
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/

/** A value as a double-quoted filter literal. Always quoted, so no value can be read as syntax. */
export function quoteValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
}

/** An attribute name: bare when the parser reads it as one word, quoted otherwise. */
export function attribute(name: string): string {
  return BARE_WORD.test(name) && !RESERVED_KEYWORDS.has(name) ? name : quoteValue(name)
}

/**
 * A number as a filter literal. Plain decimals go bare; exponent forms such as `1e+21` contain `+`,
 * which no unquoted word may hold, so they are quoted (the server parses quoted numbers as numbers).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a filter bound must be a finite number, got ${value}`)
  const text = String(Object.is(value, -0) ? 0 : value)
  return PLAIN_DECIMAL.test(text) ? text : quoteValue(text)
}

/** A scalar as a filter literal: strings and booleans quoted, numbers as numbers. */
export function literal(value: string | number | boolean): string {
  return typeof value === 'number' ? formatNumber(value) : quoteValue(String(value))
}

/** `attr = value`: on an array attribute, any element may match. */
export function equals(name: string, value: string | number | boolean): string {
  return `${attribute(name)} = ${literal(value)}`
}

/** `attr IN [a, b]`: any of the values. An empty list matches nothing. */
export function anyOf(name: string, values: readonly string[]): string {
  return `${attribute(name)} IN [${values.map(quoteValue).join(', ')}]`
}

/** Every value must be present: one `=` per value, ANDed (each `=` matches any array element). */
export function allOf(name: string, values: readonly string[]): string {
  return values.map((value) => equals(name, value)).join(' AND ')
}

/** None of the values: `NOT attr IN [...]`, which also keeps works that lack the attribute. */
export function noneOf(name: string, values: readonly string[]): string {
  return `NOT ${anyOf(name, values)}`
}

export type ComparisonOperator = '<' | '<=' | '>' | '>='

/** `attr op n`, a numeric comparison. */
export function compare(name: string, operator: ComparisonOperator, value: number): string {
  return `${attribute(name)} ${operator} ${formatNumber(value)}`
}

/**
 * An inclusive range: `attr a TO b` with both bounds, `>=`/`<=` with one. Returns null without
 * bounds, since "no constraint" has no filter text.
 */
export function inclusiveRange(
  name: string,
  min: number | undefined,
  max: number | undefined,
): string | null {
  if (min !== undefined && max !== undefined)
    return `${attribute(name)} ${formatNumber(min)} TO ${formatNumber(max)}`
  if (min !== undefined) return compare(name, '>=', min)
  if (max !== undefined) return compare(name, '<=', max)
  return null
}

/** No value at all: an empty value (`[]`, `""`) or no such field. `null` would need `IS NULL`. */
export function isEmptyOrMissing(name: string): string {
  const attr = attribute(name)
  return `${attr} IS EMPTY OR ${attr} NOT EXISTS`
}

/**
 * At least one value. `IS NOT EMPTY` alone is a complement and so also matches works without the
 * field; `EXISTS` rules those out.
 */
export function hasAny(name: string): string {
  const attr = attribute(name)
  return `${attr} EXISTS AND ${attr} IS NOT EMPTY`
}
