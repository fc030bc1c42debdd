import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Work, type WorkInput } from '../../model/work.js'
import {
  CHAPTER_SEPARATOR,
  type MeilisearchWorkDocument,
  splitChapters,
  toDocument,
  toWork,
  toWorkSummary,
} from './document.js'
import { SUMMARY_ATTRIBUTES } from './fields.js'

const CORPUS_WORK = fileURLToPath(
  new URL('../../../../../../shared/corpus/no-anesthesia.txt', import.meta.url),
)

const BASE: WorkInput = {
  id: 'greys-0001',
  title: 'Ünder the Knife',
  authors: ['scrubcap'],
  summary: 'Meredith operates.',
  notes: 'Written for a prompt.',
  language: 'en',
  rating: 'Teen And Up Audiences',
  warnings: ['No Archive Warnings Apply'],
  categories: ['F/M', 'Gen'],
  fandoms: ["Grey's Anatomy"],
  relationships: ['Meredith Grey/Derek Shepherd'],
  characters: ['Meredith Grey', 'Derek Shepherd'],
  eras: ['Season 2'],
  freeforms: ['Angst', 'Hurt/Comfort'],
  filterTags: {
    fandom: ["Grey's Anatomy (TV)", "Grey's Anatomy"],
    freeform: ['Hurt/Comfort', 'Comfort'],
  },
  series: { name: 'Surgical Suite', position: 2 },
  words: 4321,
  chapters: { posted: 2, expected: 3 },
  complete: false,
  publishedAt: 1704067200,
  updatedAt: 1706745600,
  kudos: 120,
  hits: 3400,
  comments: 12,
  bookmarks: 9,
  visibility: 'restricted',
  text: [
    { title: 'Scrub In', body: 'First chapter.\n\nTwo paragraphs.' },
    { body: 'Second chapter, no title.' },
  ],
  contentHash: 'sha256:abc',
  provenance: [
    {
      kind: 'freeform',
      tag: 'Angst',
      source: 'inferred',
      confidence: 0.8,
      evidence: [{ phrase: 'wept', count: 3 }],
    },
  ],
  source: 'corpus/greys-anatomy/under-the-knife.md',
}

const work = (overrides: Partial<WorkInput> = {}): Work => Work.parse({ ...BASE, ...overrides })

/** What the index hands back: the document after a trip through JSON. */
const stored = (document: MeilisearchWorkDocument): MeilisearchWorkDocument =>
  JSON.parse(JSON.stringify(document))

describe('toDocument', () => {
  const document = toDocument(work())

  it('uses the work id as the primary key and keeps numbers and dates numeric', () => {
    expect(document.id).toBe('greys-0001')
    for (const field of [
      'words',
      'chapters',
      'publishedAt',
      'updatedAt',
      'kudos',
      'hits',
      'comments',
      'bookmarks',
    ]) {
      expect(typeof document[field as keyof MeilisearchWorkDocument], field).toBe('number')
    }
    expect(document.chapters).toBe(2)
    expect(document.chaptersExpected).toBe(3)
    expect(document.publishedAt).toBe(1704067200)
  })

  it('keeps own tags in the display attributes and adds filter tags only to the filter attributes', () => {
    expect(document.fandoms).toEqual(["Grey's Anatomy"])
    expect(document.fandoms_filter).toEqual(["Grey's Anatomy", "Grey's Anatomy (TV)"])
    expect(document.freeforms_filter).toEqual(['Angst', 'Hurt/Comfort', 'Comfort'])
    expect(document.rating).toBe('Teen And Up Audiences')
    expect(document.rating_filter).toEqual(['Teen And Up Audiences'])
    expect(document.warnings_filter).toEqual(['No Archive Warnings Apply'])
    expect(document.categories_filter).toEqual(['F/M', 'Gen'])
    expect(document.relationships_filter).toEqual(['Meredith Grey/Derek Shepherd'])
    expect(document.characters_filter).toEqual(['Meredith Grey', 'Derek Shepherd'])
    expect(document.eras_filter).toEqual(['Season 2'])
  })

  it('keeps apart the filter values of the author’s own tags, for author-only filters', () => {
    // "Angst" was inferred; "Hurt/Comfort" is the author's, and so is its meta tag "Comfort".
    expect(document.freeforms_author_filter).toEqual(['Hurt/Comfort', 'Comfort'])
    expect(document.fandoms_author_filter).toEqual(["Grey's Anatomy", "Grey's Anatomy (TV)"])
    expect(document.eras_author_filter).toEqual(['Season 2'])
    expect(document).not.toHaveProperty('rating_author_filter')
  })

  it('gives the title a lowercased, NFKD-normalized sort key', () => {
    expect(document.title_sort).toBe('Ünder the Knife'.normalize('NFKD').toLowerCase())
    expect(toDocument(work({ title: '  The Title  ' })).title_sort).toBe('the title')
  })

  it('joins the chapters into one searchable text and records how to split it again', () => {
    expect(document.text).toBe(
      `First chapter.\n\nTwo paragraphs.${CHAPTER_SEPARATOR}Second chapter, no title.`,
    )
    expect(document.textChapters).toEqual([{ title: 'Scrub In', length: 31 }, { length: 25 }])
  })

  it('leaves out an absent source instead of storing undefined', () => {
    expect('source' in toDocument(work({ source: undefined }))).toBe(false)
  })
})

describe('toWork', () => {
  it.each([
    ['a full work', work()],
    [
      'a work with defaults only',
      Work.parse({ id: 'x', title: 'T', words: 0, complete: true, publishedAt: 0, updatedAt: 0 }),
    ],
    ['a work without text', work({ text: [] })],
    ['empty chapters', work({ text: [{ body: '' }, { title: 'Empty', body: '' }, { body: 'last' }] })],
    [
      'text holding the separator',
      work({ text: [{ body: `a${CHAPTER_SEPARATOR}b` }, { body: `${CHAPTER_SEPARATOR}` }] }),
    ],
    ['astral characters', work({ text: [{ body: '🦊🐺 fox & wolf' }, { title: '💔', body: 'Pokémon' }] })],
    ['a hidden work in a series without position', work({ visibility: 'hidden', series: { name: 'S' } })],
    ['no series and no source', work({ series: null, source: undefined })],
  ])('round-trips %s through the stored document', (_, original) => {
    expect(toWork(stored(toDocument(original)))).toEqual(original)
  })

  it.skipIf(!existsSync(CORPUS_WORK))(
    'round-trips a real fan work split into chapters (skipped when shared/corpus/no-anesthesia.txt is absent)',
    () => {
      const paragraphs = readFileSync(CORPUS_WORK, 'utf8').split('\n\n')
      const half = Math.ceil(paragraphs.length / 2)
      const original = work({
        text: [
          { title: 'One', body: paragraphs.slice(0, half).join('\n\n') },
          { title: 'Two', body: paragraphs.slice(half).join('\n\n') },
        ],
      })
      expect(toWork(stored(toDocument(original)))).toEqual(original)
    },
  )
})

describe('toWorkSummary', () => {
  it('rebuilds the summary from only the attributes a search retrieves', () => {
    const original = work()
    const full = stored(toDocument(original))
    const retrieved = Object.fromEntries(
      SUMMARY_ATTRIBUTES.filter((key) => key in full).map((key) => [key, full[key as keyof typeof full]]),
    ) as MeilisearchWorkDocument
    const { text: _text, ...expected } = original
    expect(toWorkSummary(retrieved)).toEqual(expected)
  })

  it('retrieves every field of the summary and nothing of the text', () => {
    expect(SUMMARY_ATTRIBUTES).not.toContain('text')
    expect(SUMMARY_ATTRIBUTES).not.toContain('textChapters')
    const summaryKeys = Object.keys(toWorkSummary(toDocument(work())))
    for (const key of summaryKeys) expect(SUMMARY_ATTRIBUTES).toContain(key)
  })
})

describe('splitChapters', () => {
  it('cuts by lengths, not by searching for the separator', () => {
    expect(splitChapters('ab\n\n\n\ncd', [{ length: 4 }, { length: 2 }])).toEqual([
      { body: 'ab\n\n' },
      { body: 'cd' },
    ])
  })
})
