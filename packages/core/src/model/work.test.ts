import { describe, expect, it } from 'vitest'
import type { TagKind } from './tag-kind.js'
import { filterTagsOf, Work } from './work.js'

const minimal = { id: 'w1', title: 'Letters', words: 100, complete: true }

describe('filterTags', () => {
  it('holds filter-only values of the free kinds', () => {
    const work = Work.parse({ ...minimal, filterTags: { freeform: ['Romance Tropes'], fandom: ['Greys'] } })
    expect(work.filterTags).toEqual({ freeform: ['Romance Tropes'], fandom: ['Greys'] })
  })

  it.each(['rating', 'warning', 'category'])('has none for a fixed kind: %s is refused', (kind) => {
    const parsed = Work.safeParse({ ...minimal, filterTags: { [kind]: ['Teen'] } })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: [kind] })
  })

  const work = Work.parse({ ...minimal, filterTags: { freeform: ['Romance Tropes'] } })
  const kinds: [TagKind, readonly string[]][] = [
    ['freeform', ['Romance Tropes']],
    ['fandom', []],
    ['rating', []],
    ['warning', []],
    ['category', []],
  ]
  it.each(kinds)('filterTagsOf %s', (kind, want) => {
    expect(filterTagsOf(work, kind)).toEqual(want)
  })
})
