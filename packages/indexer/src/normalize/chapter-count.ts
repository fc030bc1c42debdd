/**
 * The `chapters` key (AO3's "2/5", "1/?" or `{ posted, expected }`) and how it settles together with
 * `complete` and the number of chapters actually read.
 * @module
 */

export interface ChapterCount {
  posted: number
  /** Null when the author does not know yet (AO3's "?"). */
  expected: number | null
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string }

const FRACTION = /^\s*(\d+)\s*\/\s*(\d+|\?)\s*$/

/**
 * @example
 * parseChapterCount('2/5') // { ok: true, value: { posted: 2, expected: 5 } }
 * parseChapterCount('1/?') // { ok: true, value: { posted: 1, expected: null } }
 */
export function parseChapterCount(value: unknown): Parsed<ChapterCount> {
  if (typeof value === 'string') {
    const match = FRACTION.exec(value)
    if (!match) return fail(`"${value}" is not a chapter count like "2/5" or "1/?"`)
    return checked(Number(match[1]), match[2] === '?' ? null : Number(match[2]))
  }
  if (typeof value === 'number') return checked(value, null)
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { posted, expected, ...extra } = value as Record<string, unknown>
    const [unknownKey] = Object.keys(extra)
    if (unknownKey !== undefined) return fail(`unknown key "${unknownKey}" (expected posted, expected)`)
    if (typeof posted !== 'number') return fail('"posted" must be a number')
    if (expected === undefined || expected === null || expected === '?') return checked(posted, null)
    if (typeof expected !== 'number') return fail('"expected" must be a number, "?" or null')
    return checked(posted, expected)
  }
  return fail('expected a chapter count like "2/5", "1/?" or { posted, expected }')
}

function checked(posted: number, expected: number | null): Parsed<ChapterCount> {
  if (!Number.isInteger(posted) || posted < 1)
    return fail(`posted chapters must be a whole number of at least 1`)
  if (expected !== null && (!Number.isInteger(expected) || expected < 1)) {
    return fail(`expected chapters must be a whole number of at least 1, or "?"`)
  }
  if (expected !== null && posted > expected)
    return fail(`${posted} posted is more than the ${expected} expected`)
  return { ok: true, value: { posted, expected } }
}

/**
 * Settles chapters and completeness. With neither stated, a work is complete with the chapters read.
 * A work is complete exactly when all expected chapters are posted, so contradictions are errors.
 */
export function settleChapters(
  stated: ChapterCount | undefined,
  complete: boolean | undefined,
  chaptersRead: number,
): Parsed<{ chapters: ChapterCount; complete: boolean }> {
  const posted = stated?.posted ?? Math.max(1, chaptersRead)
  const expected = stated ? stated.expected : complete === false ? null : posted
  if (complete === undefined) {
    return { ok: true, value: { chapters: { posted, expected }, complete: expected === posted } }
  }
  if (complete) {
    if (expected !== null && expected !== posted) {
      return fail(`complete is true but only ${posted} of ${expected} chapters are posted`)
    }
    return { ok: true, value: { chapters: { posted, expected: posted }, complete } }
  }
  if (expected === posted)
    return fail(`complete is false but all ${posted} of ${expected} chapters are posted`)
  return { ok: true, value: { chapters: { posted, expected }, complete } }
}

function fail(problem: string): { ok: false; problem: string } {
  return { ok: false, problem }
}
