/**
 * Turns what a reader found (`SourceWork`) into a complete, validated core `Work`: checks the metadata
 * against the source schema, fills the defaults that need the text or the file (id, title, chapters,
 * word count). It leaves the content hash empty: tagging changes the work and hashes it (`tagWork`), and
 * hashing here too was a tenth of a tagging thread's time for nothing. Dates come from the source alone:
 * a story that states none has none (null), since a file's modification time says when it was copied, not
 * when it was written.
 * @module
 */
import { Work, withMainRelationship } from '@ficdex/core'
import type { z } from 'zod'
import { SourceError } from '../read/source-error.js'
import type { SourceWork } from '../read/source-work.js'
import { settleChapters } from './chapter-count.js'
import { closest } from './closest.js'
import { deriveTitle } from './derive-title.js'
import { slugFromPath } from './slug.js'
import { SOURCE_KEYS, SourceFields } from './source-fields.js'
import { splitSource } from './source-location.js'
import { countWords } from './word-count.js'

/**
 * @throws SourceError naming the file (and line), the key and the problem
 * @example
 * normalizeWork({ source: 'a.txt', fields: { rating: 'Mature' }, chapters: [{ body: 'Hi there' }] })
 * // { id: 'a', title: 'a', titleDerived: true, rating: 'Mature', words: 2, publishedAt: null, … }
 */
export function normalizeWork(source: SourceWork): Work {
  const { path, line } = splitSource(source.source)
  const fail = (reason: string): never => {
    throw new SourceError(path, reason, line)
  }

  const parsed = SourceFields.safeParse(withoutNulls(source.fields))
  if (!parsed.success) return fail(describeIssues(parsed.error.issues))
  const {
    tags,
    freeforms,
    chapters: statedChapters,
    complete: statedComplete,
    published,
    updated,
    words,
    title,
    relationships,
    main_relationship: mainRelationship,
    ...fields
  } = parsed.data

  const settled = settleChapters(statedChapters, statedComplete, source.chapters.length)
  if (!settled.ok) return fail(`chapters: ${settled.problem}`)

  // A work never updated was last updated when it was published.
  const publishedAt = published ?? null
  const updatedAt = updated ?? publishedAt
  if (publishedAt !== null && updatedAt !== null && updatedAt < publishedAt)
    return fail('updated: is before published')

  const checked = Work.safeParse({
    ...fields,
    id: fields.id ?? slugFromPath(path),
    title: title ?? deriveTitle(path, source.chapters, source.fallbackTitle),
    titleDerived: title === undefined,
    freeforms: [...new Set([...(freeforms ?? []), ...(tags ?? [])])],
    relationships: withMainRelationship(relationships ?? [], mainRelationship),
    chapters: settled.value.chapters,
    complete: settled.value.complete,
    publishedAt,
    updatedAt,
    words: words ?? source.chapters.reduce((sum, chapter) => sum + countWords(chapter.body), 0),
    text: source.chapters,
    source: source.source,
  } satisfies z.input<typeof Work>)
  if (!checked.success) return fail(describeIssues(checked.error.issues))
  return checked.data
}

/** An empty YAML value (`summary:`) means "not stated", the same as leaving the key out. */
function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  )
}

/** One line naming every problem: `key: problem; other: problem`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .flatMap((issue) => {
      const where = issue.path.map(String).join('.')
      const prefix = where === '' ? '' : `${where}: `
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
          // Hints come from the top-level keys; a nested object's own keys are few and listed in the docs.
          const hint = where === '' ? closest(key, SOURCE_KEYS) : undefined
          return `${prefix}unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`
        })
      }
      return [`${prefix}${issue.message}`]
    })
    .join('; ')
}
