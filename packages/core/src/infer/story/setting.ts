/**
 * Where a story is set, as far as its words say: the workplace (a hospital, a practice) or a shared
 * home. Counted over the whole text, for tropes that depend on the setting rather than on what two
 * characters do ("Workplace Relationship").
 * @module
 */
import type { Evidence } from '../../model/work.js'
import { findPhrase } from '../find-phrase.js'
import type { WorkText } from '../work-text.js'
import { SETTING_CUES } from './word-lists.js'

export interface Setting {
  /** Words of the workplace found, with counts, most frequent first. */
  work: Evidence[]
  /** How many workplace words the text has in all. */
  workWords: number
}

export function readSetting(text: WorkText): Setting {
  const work = SETTING_CUES.work
    .map((phrase) => ({ phrase: phrase.replace(/\*$/, ''), count: findPhrase(text, phrase, false).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : 1))
  return { work, workWords: work.reduce((sum, entry) => sum + entry.count, 0) }
}
