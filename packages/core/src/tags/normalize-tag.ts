/**
 * The two normal forms of a tag: the clean display form kept for unknown tags, and the lookup key under
 * which names and synonyms are matched.
 * @module
 */
import { BoundedCache } from './bounded-cache.js'
import { decodeHtmlEntities } from './html-entities.js'

/** Invisible characters that sneak in from copy and paste: zero-width spaces and joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
/** Apostrophes of every style; dropped from keys so "Greys" matches "Grey's". */
const APOSTROPHES = /['\u2018\u2019\u201a\u201b\u02bc\u02b9\u2032\u00b4`]/g
const QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g
const COMBINING_MARKS = /\p{M}/gu

/**
 * A tag as it should be stored when it is not in the vocabulary: entities decoded, composed Unicode (so an
 * accent typed as two code points equals the precomposed one), invisible characters dropped, whitespace
 * collapsed and trimmed. Otherwise exactly as the author wrote it.
 */
export function cleanTag(raw: string): string {
  return decodeHtmlEntities(raw).normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim()
}

/** The key computation behind `tagKey`, uncached. */
function computeKey(value: string): string {
  // Apostrophes go both before decomposition (which turns U+00B4 into a space and an accent) and
  // after it (which turns a fullwidth apostrophe into a plain one).
  return cleanTag(value)
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/(?<=\p{L})\.(?!\d)/gu, '')
    .replace(/[\s_-]+/g, ' ')
    .replace(/\s*([/&:,])\s*/g, '$1')
    .trim()
}

const keys = new BoundedCache<string, string>(50_000)

/**
 * The key that names and synonyms are matched under. Insensitive to: case, HTML entities, Unicode form
 * and compatibility variants (fullwidth letters, ligatures), accents, curly versus straight apostrophes
 * and quotes, apostrophes and periods themselves ("Greys", "Dr Bailey"), hyphens and dashes versus
 * spaces ("Post Canon", "Seattle Grace-Mercy West"), and spacing (collapsed, and removed around `/`,
 * `&`, `:` and `,`).
 */
export function tagKey(value: string): string {
  return keys.through(value, computeKey)
}

/** The words of a key, for token overlap and name-part matching. */
export function keyWords(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)
}
