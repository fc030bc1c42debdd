/**
 * How numbers, dates and languages read on the page (tag kinds' names are the SDK's `TAG_KIND_LABELS`).
 * @module
 */
const NUMBER = new Intl.NumberFormat('en-US')
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })

export const formatNumber = (n: number): string => NUMBER.format(n)

/** `2015-04-29T00:00:00Z` → `29 Apr 2015`, as AO3 prints dates. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

/** A language's English name from its code (`es` → `Spanish`), or the code when it has none. */
export function languageName(code: string): string {
  try {
    return LANGUAGE.of(code) ?? code
  } catch {
    return code
  }
}

/** `3/?` for a work in progress with no planned length, as AO3 writes it. */
export const formatChapters = ({ posted, expected }: { posted: number; expected: number | null }): string =>
  `${posted}/${expected ?? '?'}`

/** A short stable token for a tag value, for element ids that survive re-rendering. */
export function valueKey(value: string): string {
  let hash = 0x811c9dc5
  for (const char of value.toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}
