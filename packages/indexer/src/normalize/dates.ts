/**
 * Dates in source files: an ISO date (`2023-04-01`, taken as midnight UTC), an ISO date-time (with `Z`,
 * an offset, or none for UTC), or Unix seconds. The engines store Unix seconds.
 * @module
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i
/** Seconds beyond this (year 5138) are surely milliseconds written by mistake. */
const MAX_SECONDS = 99_999_999_999

export type DateResult = { ok: true; seconds: number } | { ok: false; problem: string }

/**
 * @example
 * parseDate('2023-04-01') // { ok: true, seconds: 1680307200 }
 * parseDate('2023-02-30') // { ok: false, problem: '…not a real date' }
 */
export function parseDate(value: unknown): DateResult {
  if (typeof value === 'number') return fromSeconds(value)
  if (value instanceof Date) return fromSeconds(Math.floor(value.getTime() / 1000))
  if (typeof value !== 'string') return fail(`expected a date (YYYY-MM-DD, an ISO date-time or Unix seconds)`)
  const text = value.trim()
  if (/^\d+$/.test(text)) return fromSeconds(Number(text))
  const date = DATE.exec(text)
  if (date) return fromParts(text, date.slice(1, 4).map(Number), [0, 0, 0], 0)
  const dateTime = DATE_TIME.exec(text)
  if (dateTime) {
    const [, y, mo, d, h, mi, s, zone] = dateTime
    return fromParts(text, [y, mo, d].map(Number), [h, mi, s ?? '0'].map(Number), offsetMinutes(zone))
  }
  return fail(`"${text}" is not a date: use YYYY-MM-DD, an ISO date-time or Unix seconds`)
}

function fromSeconds(seconds: number): DateResult {
  if (!Number.isInteger(seconds) || seconds < 0)
    return fail(`${seconds} is not a whole, non-negative number of seconds`)
  if (seconds > MAX_SECONDS) return fail(`${seconds} is too large for Unix seconds (milliseconds?)`)
  return { ok: true, seconds }
}

function fromParts(text: string, [y, mo, d]: number[], [h, mi, s]: number[], offset: number): DateResult {
  const ms = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!)
  const back = new Date(ms)
  // Date.UTC rolls 2023-02-30 over to March; a real date reads back the same.
  const real =
    back.getUTCFullYear() === y &&
    back.getUTCMonth() === mo! - 1 &&
    back.getUTCDate() === d &&
    h! < 24 &&
    mi! < 60 &&
    s! < 60
  if (!real) return fail(`"${text}" is not a real date`)
  return fromSeconds(Math.floor(ms / 1000) - offset * 60)
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0
  const digits = zone.replace(':', '')
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))
  return zone.startsWith('-') ? -minutes : minutes
}

function fail(problem: string): DateResult {
  return { ok: false, problem }
}
