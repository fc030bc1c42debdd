/**
 * Canon knowledge read against the eras: characters' seasons, relationships' canon spans and timeline
 * phrases are written as season lists ("1-3, 5") and become sets of era orders here, once every file's
 * eras are known. Each problem names its entry, as the other checks do.
 * @module
 */
import { getOrCreate } from './get-or-create.js'
import { parseSeasonSpec } from './season-spec.js'
import type { CanonSpan } from './vocabulary.js'
import type { Checker } from './vocabulary-checks.js'
import type { Draft, TimelineDraft } from './vocabulary-draft.js'
import type { CanonStatus } from './vocabulary-schema.js'

/** What a character or relationship knows of its canon, in era orders. */
export interface CanonData {
  seasons?: ReadonlyMap<string, ReadonlySet<number>>
  canon?: readonly CanonSpan[]
}

function eraDrafts(all: readonly Draft[]): Map<string, Draft[]> {
  const byFandom = new Map<string, Draft[]>()
  for (const draft of all)
    if (draft.kind === 'era' && draft.fandoms.length === 1)
      getOrCreate(byFandom, draft.fandoms[0]!, () => []).push(draft)
  return byFandom
}

function orders(eras: readonly Draft[] | undefined): number[] {
  return (eras ?? []).map((era) => era.order!).sort((a, b) => a - b)
}

/** Adds each timeline phrase to the cues of the eras its seasons name. */
export function applyTimeline(
  all: readonly Draft[],
  timeline: readonly TimelineDraft[],
  check: Checker,
): void {
  const eras = eraDrafts(all)
  for (const entry of timeline) {
    const report = (message: string) =>
      check.issues.push({ file: entry.file, path: entry.path, entry: entry.phrase, message })
    if (entry.fandom === undefined) {
      report('a timeline entry needs a fandom (set `fandom` or the file default)')
      continue
    }
    const fandomEras = eras.get(entry.fandom)
    const picked = parseSeasonSpec(entry.seasons, orders(fandomEras))
    if (typeof picked === 'string') {
      report(`seasons "${entry.seasons}" of "${entry.fandom}": ${picked}`)
      continue
    }
    for (const era of fandomEras ?? [])
      if (picked.includes(era.order!)) era.cues.push({ phrase: entry.phrase, weight: entry.weight })
  }
}

/**
 * Reads characters' seasons and relationships' canon spans into era orders. A season list may name one
 * of the entry's fandoms or a sub-fandom of one (`lineage` gives a fandom with its meta fandoms): the
 * Pride and Prejudice characters belong to "All Media Types", their seasons to the novel's volumes.
 */
export function resolveCanon(
  all: readonly Draft[],
  check: Checker,
  lineage: (fandom: string) => readonly string[],
): Map<Draft, CanonData> {
  const eras = eraDrafts(all)
  const result = new Map<Draft, CanonData>()
  const read = (draft: Draft, fandom: string, spec: string): ReadonlySet<number> | undefined => {
    if (!lineage(fandom).some((name) => draft.fandoms.includes(name))) {
      check.report(draft, `seasons for "${fandom}", which is not one of its fandoms`)
      return undefined
    }
    const picked = parseSeasonSpec(spec, orders(eras.get(fandom)))
    if (typeof picked === 'string') {
      check.report(draft, `seasons "${spec}" of "${fandom}": ${picked}`)
      return undefined
    }
    return new Set(picked)
  }
  for (const draft of all) {
    const data: { seasons?: Map<string, ReadonlySet<number>>; canon?: CanonSpan[] } = {}
    if (draft.seasonSpecs !== undefined) {
      data.seasons = new Map()
      for (const [fandom, spec] of Object.entries(draft.seasonSpecs)) {
        const picked = read(draft, fandom, spec)
        if (picked !== undefined) data.seasons.set(fandom, picked)
      }
    }
    if (draft.canonSpecs !== undefined) {
      if (draft.pairing === 'platonic')
        check.report(draft, 'canon spans are for romantic relationships (A/B)')
      data.canon = []
      for (const [fandom, statuses] of Object.entries(draft.canonSpecs)) {
        for (const [status, spec] of Object.entries(statuses) as [CanonStatus, string][]) {
          const picked = read(draft, fandom, spec)
          if (picked !== undefined) data.canon.push({ fandom, status, orders: picked })
        }
      }
    }
    if (draft.bond !== undefined && draft.pairing === 'romantic')
      check.report(draft, 'a bond is for platonic relationships (A & B)')
    if (data.seasons !== undefined || data.canon !== undefined) result.set(draft, data)
  }
  return result
}
