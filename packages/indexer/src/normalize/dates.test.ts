import { describe, expect, it } from 'vitest'
import { parseDate } from './dates.js'

describe('parseDate', () => {
  const ok: [name: string, given: unknown, want: number][] = [
    ['ISO date is midnight UTC', '2023-04-01', 1_680_307_200],
    ['epoch date', '1970-01-01', 0],
    ['leap day', '2024-02-29', 1_709_164_800],
    ['date-time with Z', '2023-04-01T12:30:00Z', 1_680_352_200],
    ['date-time without zone is UTC', '2023-04-01T12:30:00', 1_680_352_200],
    ['date-time without seconds', '2023-04-01T12:30', 1_680_352_200],
    ['space instead of T', '2023-04-01 12:30:00Z', 1_680_352_200],
    ['fractional seconds are dropped', '2023-04-01T12:30:00.999Z', 1_680_352_200],
    ['positive offset', '2023-04-01T14:30:00+02:00', 1_680_352_200],
    ['negative offset without colon', '2023-04-01T07:30:00-0500', 1_680_352_200],
    ['Unix seconds', 1_680_307_200, 1_680_307_200],
    ['Unix seconds as text', '1680307200', 1_680_307_200],
    ['surrounding spaces', ' 2023-04-01 ', 1_680_307_200],
  ]
  it.each(ok)('%s', (_name, given, want) => {
    expect(parseDate(given)).toEqual({ ok: true, seconds: want })
  })

  const bad: [name: string, given: unknown, problem: RegExp][] = [
    ['no such day', '2023-02-30', /not a real date/],
    ['not a leap year', '2023-02-29', /not a real date/],
    ['month 13', '2023-13-01', /not a real date/],
    ['hour 24', '2023-04-01T24:00:00Z', /not a real date/],
    ['day-first format', '01/04/2023', /is not a date/],
    ['words', 'last Tuesday', /is not a date/],
    ['negative seconds', -5, /non-negative/],
    ['fractional seconds', 1.5, /whole/],
    ['milliseconds', 1_680_307_200_000, /milliseconds/],
    ['a list', ['2023-04-01'], /expected a date/],
  ]
  it.each(bad)('rejects %s', (_name, given, problem) => {
    const result = parseDate(given)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toMatch(problem)
  })
})
