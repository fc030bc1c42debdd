/**
 * The freeform tags works are tagged with, and how popular each is. Real names and use counts come from
 * AO3's 2016 tag list (`ao3-freeform-tags-2016.json`: `{ "name": count }`, names HTML-escaped); without that
 * file a short built-in list keeps the generator usable, with the same heavy-tailed shape.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { decodeHtmlEntities } from '@ficdex/core'

export interface FreeformTags {
  /** Tag names, most used first. */
  names: string[]
  /** Use count per name: the sampling weight. */
  counts: number[]
  /** `file` when read from the given path, `builtin` when the file was absent. */
  source: 'file' | 'builtin'
}

/** AO3's most used freeform tags of 2016 with their counts, for machines without the data file. */
export const BUILTIN_FREEFORMS: Readonly<Record<string, number>> = {
  Fluff: 321151,
  Angst: 248843,
  Romance: 139859,
  'Alternate Universe': 121942,
  'Hurt/Comfort': 107514,
  Humor: 103247,
  Smut: 99745,
  'Established Relationship': 83875,
  Friendship: 66504,
  'Alternate Universe - Canon Divergence': 60865,
  Drabble: 60335,
  'Alternate Universe - Modern Setting': 58768,
  'One Shot': 50917,
  'First Time': 50283,
  Drama: 47814,
  Crossover: 45851,
  'Fluff and Angst': 41649,
  Cute: 40718,
  Family: 34753,
  'Emotional Hurt/Comfort': 34629,
  Crack: 34067,
  'Plot What Plot/Porn Without Plot': 32952,
  'Slow Burn': 30112,
  'Post-Canon': 29870,
  'Happy Ending': 28654,
  'Friends to Lovers': 27421,
  Kissing: 26033,
  'Sexual Content': 25210,
  'Canon Compliant': 24117,
  'Pre-Canon': 22104,
  'Character Study': 21544,
  'Missing Scene': 20877,
  'Mutual Pining': 20153,
  Pining: 19874,
  Violence: 19612,
  'Character Death': 18955,
  'Dark Fic': 17833,
  'Domestic Fluff': 17210,
  Christmas: 16784,
  'Alternate Universe - High School': 16105,
  'Alternate Universe - College/University': 15627,
  'Hurt No Comfort': 14998,
  'Enemies to Lovers': 14212,
  'Coming Out': 13651,
  Mystery: 12980,
  Adventure: 12466,
  'Fake/Pretend Relationship': 11825,
  'Bed Sharing': 11307,
  'Time Travel': 10794,
  'Soulmate AU': 10233,
  Nightmares: 9816,
  Jealousy: 9347,
  'Found Family': 8910,
  'Self-Harm': 8472,
  Whump: 8013,
  'Minor Character Death': 7644,
  'Post-Traumatic Stress Disorder - PTSD': 7281,
  Teasing: 6902,
  'Getting Together': 6540,
  'Light Angst': 6177,
  Canon: 5833,
  'Fix-It': 5412,
  Songfic: 4987,
  'Secret Identity': 4610,
}

/**
 * Reads the tag list at `path` when it exists, else returns the built-in list. Names are decoded and
 * trimmed; unused names (count 0 or less) are dropped, since they can never be drawn; names that decode to
 * the same text are merged. Sorted by count then name, so the file's key order does not matter.
 */
export function loadFreeformTags(path: string | undefined): FreeformTags {
  const fromFile = path !== undefined && existsSync(path)
  const raw = fromFile ? parseTagCounts(readFileSync(path, 'utf8'), path) : BUILTIN_FREEFORMS
  const merged = new Map<string, number>()
  for (const [escaped, count] of Object.entries(raw)) {
    const name = decodeHtmlEntities(escaped).trim()
    if (name === '' || !(count > 0)) continue
    merged.set(name, (merged.get(name) ?? 0) + count)
  }
  const sorted = [...merged].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return {
    names: sorted.map(([name]) => name),
    counts: sorted.map(([, count]) => count),
    source: fromFile ? 'file' : 'builtin',
  }
}

function parseTagCounts(json: string, path: string): Record<string, number> {
  const data: unknown = JSON.parse(json)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${path}: expected an object of tag name to use count`)
  }
  for (const [name, count] of Object.entries(data)) {
    if (typeof count !== 'number') throw new Error(`${path}: the count of "${name}" is not a number`)
  }
  return data as Record<string, number>
}
