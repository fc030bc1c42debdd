/**
 * Work ids from file names: the default `id` of a `.txt` or `.md` work.
 * @module
 */
import { createHash } from 'node:crypto'
import { basename, extname } from 'node:path'

const MAX_ID_BYTES = 511

/**
 * A file's name without directory or extension, as an id: ASCII letters and digits, accents dropped,
 * everything else a single `-`. A name with no Latin letters or digits (say `故事.txt`) gets a stable id
 * from a hash of the name instead.
 * @example
 * slugFromPath('corpus/Ünder the Stars (v2).md') // 'under-the-stars-v2'
 */
export function slugFromPath(path: string): string {
  const name = basename(path, extname(path))
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_BYTES)
    .replace(/-+$/, '')
  return slug !== '' ? slug : `work-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`
}
