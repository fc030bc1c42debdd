/**
 * The checks across all data files: names unique per kind, fandoms and parents that exist, relationships
 * written from canonical characters in relationship order, eras ordered within their fandom, lookup keys
 * that do not collide, and meta tags without cycles (with the ancestors they imply).
 * @module
 */
import type { TagKind } from '../model/tag-kind.js'
import { getOrCreate } from './get-or-create.js'
import { tagKey } from './normalize-tag.js'
import { formatRelationship, type PairingType } from './relationship-name.js'
import { type Draft, FIXED } from './vocabulary-draft.js'
import type { VocabularyIssue } from './vocabulary-error.js'

/** Collects issues against drafts. */
export class Checker {
  readonly issues: VocabularyIssue[] = []
  report(draft: Draft, message: string): void {
    this.issues.push({ file: draft.file, path: draft.path, entry: draft.name, message })
  }
}

const where = (draft: Draft): string => `${draft.file} ${draft.path}`

export function indexNames(all: Draft[], check: Checker): Map<TagKind, Map<string, Draft>> {
  const byKind = new Map<TagKind, Map<string, Draft>>()
  for (const draft of all) {
    const names = getOrCreate(byKind, draft.kind, () => new Map<string, Draft>())
    const fixed = FIXED[draft.kind]
    if (fixed !== undefined && !fixed.includes(draft.name)) {
      check.report(draft, `not one of AO3's ${draft.kind}s (${fixed.join(', ')})`)
      continue
    }
    const earlier = names.get(draft.name)
    if (earlier !== undefined)
      check.report(draft, `duplicate ${draft.kind} (first declared at ${where(earlier)})`)
    else names.set(draft.name, draft)
  }
  return byKind
}

export function checkReferences(all: Draft[], names: Map<TagKind, Map<string, Draft>>, check: Checker): void {
  const fandoms = names.get('fandom') ?? new Map()
  for (const draft of all) {
    for (const fandom of draft.fandoms)
      if (!fandoms.has(fandom)) check.report(draft, `unknown fandom "${fandom}"`)
    for (const parent of draft.parents) {
      if (parent === draft.name) check.report(draft, 'a tag cannot be its own parent')
      else if (!names.get(draft.kind)?.has(parent)) check.report(draft, `unknown parent "${parent}"`)
    }
  }
}

export function checkRelationship(draft: Draft, characters: Map<string, Draft>, check: Checker): void {
  const slash = draft.name.includes('/')
  const ampersand = draft.name.includes('&')
  if (slash === ampersand) {
    check.report(
      draft,
      'a relationship name joins characters with "/" (romantic) or " & " (platonic), not both',
    )
    return
  }
  const pairing: PairingType = slash ? 'romantic' : 'platonic'
  const parts = draft.name.split(slash ? '/' : '&').map((part) => part.trim())
  const unknown = parts.filter((part) => !characters.has(part))
  if (unknown.length > 0) {
    for (const part of unknown)
      check.report(draft, `unknown character "${part}" (use canonical character names)`)
    return
  }
  if (new Set(parts).size !== parts.length) {
    check.report(draft, 'a character appears twice')
    return
  }
  const canonical = formatRelationship(parts, pairing)
  if (canonical !== draft.name) {
    check.report(draft, `write the name as "${canonical}" (characters in relationship order)`)
    return
  }
  draft.characters = canonical.split(slash ? '/' : ' & ')
  draft.pairing = pairing
}

export function checkEras(all: Draft[], check: Checker): void {
  const orders = new Map<string, Draft>()
  for (const draft of all) {
    if (draft.kind !== 'era') continue
    if (draft.fandoms.length !== 1) {
      check.report(draft, 'an era belongs to exactly one fandom (set `fandom` or the file default)')
      continue
    }
    const slot = `${draft.fandoms[0]}\u0000${draft.order}`
    const earlier = orders.get(slot)
    if (earlier !== undefined) check.report(draft, `order ${draft.order} is also used by "${earlier.name}"`)
    else orders.set(slot, draft)
  }
}

const overlaps = (a: Draft, b: Draft): boolean =>
  a.fandoms.length === 0 || b.fandoms.length === 0 || a.fandoms.some((fandom) => b.fandoms.includes(fandom))

/**
 * Two tags of a kind may share a lookup key only when their fandoms are disjoint ("Season 3" of two
 * shows): then the work's fandoms decide. Canonical names must be unique by key in any case, so a
 * canonical name always resolves to itself.
 */
export function checkCollisions(all: Draft[], names: Map<TagKind, Map<string, Draft>>, check: Checker): void {
  const seen = new Map<string, { draft: Draft; text: string; isName: boolean }[]>()
  for (const draft of all) {
    if (names.get(draft.kind)?.get(draft.name) !== draft) continue // a duplicate, already reported
    const texts = [
      { text: draft.name, isName: true },
      ...draft.synonyms.map((text) => ({ text, isName: false })),
    ]
    const ownKeys = new Set<string>()
    for (const { text, isName } of texts) {
      const key = `${draft.kind}\u0000${tagKey(text)}`
      if (ownKeys.has(key)) continue
      ownKeys.add(key)
      const earlier = seen.get(key) ?? []
      for (const other of earlier) {
        if (!(isName || other.isName) && !overlaps(draft, other.draft)) continue
        const what = isName ? 'name' : `synonym "${text}"`
        const theirs = other.isName ? 'the name' : `synonym "${other.text}"`
        check.report(
          draft,
          `${what} collides with ${theirs} of "${other.draft.name}" (${where(other.draft)})`,
        )
      }
      earlier.push({ draft, text, isName })
      seen.set(key, earlier)
    }
  }
}

/** Ancestors nearest first; reports cycles once per tag on the cycle. */
export function ancestorsOf(
  all: Draft[],
  names: Map<TagKind, Map<string, Draft>>,
  check: Checker,
): Map<Draft, string[]> {
  const result = new Map<Draft, string[]>()
  for (const draft of all) {
    const order: string[] = []
    const queue = [...draft.parents]
    while (queue.length > 0) {
      const name = queue.shift()!
      if (name === draft.name) {
        check.report(draft, `parent cycle through "${draft.name}"`)
        break
      }
      if (order.includes(name)) continue
      order.push(name)
      queue.push(...(names.get(draft.kind)?.get(name)?.parents ?? []))
    }
    result.set(
      draft,
      order.filter((name) => names.get(draft.kind)?.has(name)),
    )
  }
  return result
}

/**
 * Adds the fixed AO3 values no file lists variants for (every vocabulary has all of them) to the names
 * index, and returns them as drafts.
 */
export function addFixedValues(names: Map<TagKind, Map<string, Draft>>): Draft[] {
  const added: Draft[] = []
  for (const [kind, values] of Object.entries(FIXED) as [TagKind, readonly string[]][]) {
    const declared = getOrCreate(names, kind, () => new Map<string, Draft>())
    for (const name of values) {
      if (declared.has(name)) continue
      const draft: Draft = {
        kind,
        name,
        synonyms: [],
        parents: [],
        fandoms: [],
        cues: [],
        file: 'model/ao3.ts',
        path: kind,
      }
      declared.set(name, draft)
      added.push(draft)
    }
  }
  return added
}
