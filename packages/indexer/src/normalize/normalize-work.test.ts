import { contentHash, defaultVocabulary, tagWork, type Work } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { SourceError } from '../read/source-error.js'
import type { SourceWork } from '../read/source-work.js'
import { normalizeWork } from './normalize-work.js'

function source(
  fields: Record<string, unknown>,
  body = 'Once upon a time there was a story.',
  extra: Partial<SourceWork> = {},
): SourceWork {
  return { source: 'corpus/The Long Way Home.txt', fields, chapters: [{ body }], ...extra }
}

describe('normalizeWork fills defaults', () => {
  const cases: [name: string, given: SourceWork, want: Partial<Work>][] = [
    [
      'no metadata at all',
      source({}),
      {
        id: 'the-long-way-home',
        title: 'The Long Way Home',
        titleDerived: true,
        authors: [],
        language: 'en',
        rating: 'Not Rated',
        chapters: { posted: 1, expected: 1 },
        complete: true,
        // No date given: none, rather than the file's time.
        publishedAt: null,
        updatedAt: null,
        words: 8,
        kudos: 0,
        visibility: 'public',
        source: 'corpus/The Long Way Home.txt',
      },
    ],
    [
      'a slug file name is title-cased',
      source({}, 'It rained.', { source: 'a/no-anesthesia.txt' }),
      { title: 'No Anesthesia', id: 'no-anesthesia' },
    ],
    [
      'title from a short first line of its own',
      source({}, 'Rain\n\nIt rained.'),
      { title: 'Rain', titleDerived: true },
    ],
    [
      'no title from an opening sentence',
      source({}, 'It rained all day, and the\nstreets ran.'),
      { title: 'The Long Way Home' },
    ],
    [
      'title from the reader hint',
      source({}, 'x', { fallbackTitle: 'Hinted' }),
      { title: 'Hinted', titleDerived: true },
    ],
    ['a stated title is not derived', source({ title: '  Given ' }), { title: 'Given', titleDerived: false }],
    [
      'a declared main relationship goes first, as listed',
      source({ relationships: ['A & B', 'C/D', 'E/F'], main_relationship: ' c/d ' }),
      { relationships: ['C/D', 'A & B', 'E/F'] },
    ],
    [
      'a declared main relationship not listed is added first',
      source({ relationships: 'A/B', main_relationship: 'C/D' }),
      { relationships: ['C/D', 'A/B'] },
    ],
    [
      'without one, the first listed is the main one',
      source({ relationships: ['A/B', 'C/D'] }),
      { relationships: ['A/B', 'C/D'] },
    ],
    ['single author string', source({ authors: 'someone' }), { authors: ['someone'] }],
    [
      'single tag strings',
      source({ fandoms: 'Bones', relationships: 'A/B' }),
      { fandoms: ['Bones'], relationships: ['A/B'] },
    ],
    [
      'tags is an alias of freeforms',
      source({ freeforms: ['Angst'], tags: ['Fluff', 'Angst'] }),
      { freeforms: ['Angst', 'Fluff'] },
    ],
    [
      'blank and repeated tags dropped',
      source({ characters: ['A', ' ', 'A', ' B '] }),
      { characters: ['A', 'B'] },
    ],
    [
      'AO3 names in any case',
      source({ rating: 'mature', warnings: 'no archive warnings apply', categories: ['f/m'] }),
      {
        rating: 'Mature',
        warnings: ['No Archive Warnings Apply'],
        categories: ['F/M'],
      },
    ],
    [
      "AO3 names in the vocabulary's short forms",
      source({ rating: 'Teen', warnings: ['No Archive Warnings'], categories: ['M/F', 'gen'] }),
      {
        rating: 'Teen And Up Audiences',
        warnings: ['No Archive Warnings Apply'],
        categories: ['F/M', 'Gen'],
      },
    ],
    ['series as a name', source({ series: 'Seasons' }), { series: { name: 'Seasons' } }],
    [
      'series with position',
      source({ series: { name: 'Seasons', position: 2 } }),
      { series: { name: 'Seasons', position: 2 } },
    ],
    [
      'chapters 2/5 is in progress',
      source({ chapters: '2/5' }),
      { chapters: { posted: 2, expected: 5 }, complete: false },
    ],
    [
      'only an update date: published stays unknown',
      source({ updated: '2020-01-02' }),
      { publishedAt: null, updatedAt: 1_577_923_200 },
    ],
    [
      'updated defaults to published',
      source({ published: '2020-01-02' }),
      { publishedAt: 1_577_923_200, updatedAt: 1_577_923_200 },
    ],
    ['numbers written with separators', source({ kudos: '1,234', hits: 56 }), { kudos: 1234, hits: 56 }],
    ['stated words win over the count', source({ words: 5000 }), { words: 5000 }],
    [
      'empty YAML values are not stated',
      source({ summary: null, rating: null }),
      { summary: '', rating: 'Not Rated' },
    ],
    ['visibility', source({ visibility: 'Restricted' }), { visibility: 'restricted' }],
    ['numeric id', source({ id: 42 }), { id: '42' }],
    [
      'jsonl source keeps its line',
      source({}, 'x', { source: 'a/works.jsonl:7' }),
      { id: 'works', source: 'a/works.jsonl:7' },
    ],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(normalizeWork(given)).toMatchObject(want)
  })
})

describe('normalizeWork rejects bad metadata, naming file, line and key', () => {
  const cases: [name: string, given: SourceWork, message: string | RegExp][] = [
    [
      'unknown key with a hint',
      source({ relationship: 'A/B' }),
      'corpus/The Long Way Home.txt: unknown key "relationship" (did you mean "relationships"?)',
    ],
    ['unknown key without a hint', source({ mood: 'sad' }), /unknown key "mood"$/],
    [
      'bad rating',
      source({ rating: 'Spicy' }),
      /rating: "Spicy" is not an AO3 rating; use one of: General Audiences/,
    ],
    [
      'misspelt warning, in a list',
      source({ warnings: ['Major Character Deth'] }),
      /warnings\.0: .*did you mean "Major Character Death"/,
    ],
    ['bad date', source({ published: '2023-02-30' }), /published: "2023-02-30" is not a real date/],
    [
      'updated before published',
      source({ published: '2023-02-01', updated: '2023-01-01' }),
      /updated: is before published/,
    ],
    ['bad chapters', source({ chapters: '6/5' }), /chapters: 6 posted is more than the 5 expected/],
    [
      'contradicting complete',
      source({ chapters: '2/5', complete: true }),
      /chapters: complete is true but only 2 of 5/,
    ],
    ['bad id', source({ id: 'has space' }), /id: id may contain only letters, digits/],
    ['unknown key inside series', source({ series: { name: 'S', pos: 2 } }), /: series: unknown key "pos"$/],
    ['list for a string', source({ summary: ['a'] }), /summary: expected a string/],
    [
      'empty main relationship',
      source({ main_relationship: ' ' }),
      /main_relationship: main_relationship is empty/,
    ],
    [
      'a list for the main relationship',
      source({ main_relationship: ['A/B', 'C/D'] }),
      /main_relationship: expected a string/,
    ],
    ['negative count', source({ kudos: -1 }), /kudos: expected a whole, non-negative number/],
    ['bad language', source({ language: 'English!' }), /language: expected a language code/],
    ['several problems at once', source({ rating: 'Spicy', kudos: 'many' }), /rating: .*; kudos: /],
    [
      'line of a jsonl record',
      source({ mood: 1 }, 'x', { source: 'w.jsonl:3' }),
      /^w\.jsonl:3: unknown key "mood"/,
    ],
  ]
  it.each(cases)('%s', (_name, given, message) => {
    let error: unknown
    try {
      normalizeWork(given)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).message).toMatch(message)
  })
})

describe('content hash', () => {
  const tagged = (given: SourceWork) => tagWork(defaultVocabulary(), normalizeWork(given)).work

  it('is left to tagging, which hashes the work it gives', () => {
    expect(normalizeWork(source({ title: 'A' })).contentHash).toBe('')
  })

  it('is stable for the same input and covers every field', () => {
    const a = tagged(source({ title: 'A', kudos: 1 }))
    expect(tagged(source({ title: 'A', kudos: 1 })).contentHash).toBe(a.contentHash)
    expect(tagged(source({ title: 'A', kudos: 2 })).contentHash).not.toBe(a.contentHash)
    expect(tagged(source({ title: 'A', kudos: 1 }, 'Other text')).contentHash).not.toBe(a.contentHash)
    expect(a.contentHash).toBe(contentHash(a))
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })
})
