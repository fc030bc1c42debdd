import { defaultVocabulary, Work, type WorkInput } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { buildTagsReport, EXAMPLE_WORKS, type TagsReportOptions } from './tags-report.js'

const vocab = defaultVocabulary()

let next = 0
const work = (input: Partial<WorkInput>): Work =>
  Work.parse({
    id: `w${++next}`,
    title: 'A Work',
    words: 100,
    complete: true,
    publishedAt: 0,
    updatedAt: 0,
    ...input,
  })

const GA = "Grey's Anatomy"

/** The listed tags of each kind as `[kind, tag, works]`, in report order. */
const listed = (works: Work[], options?: TagsReportOptions) =>
  buildTagsReport(vocab, works, { suggestions: 0, ...options }).kinds.flatMap(({ kind, tags }) =>
    tags.map((usage) => [kind, usage.tag, usage.works]),
  )

describe('buildTagsReport', () => {
  it.each<[string, Partial<WorkInput>[], (string | number)[][]]>([
    [
      'nothing for known tags',
      [{ fandoms: [GA], relationships: ['Addek'], freeforms: ['ANGST', 'slow build'] }],
      [],
    ],
    [
      'each unknown tag with the number of works using it',
      [{ freeforms: ['Skills Lab', 'Beach Day'] }, { freeforms: ['Skills Lab'] }, { freeforms: ['Angst'] }],
      [
        ['freeform', 'Skills Lab', 2],
        ['freeform', 'Beach Day', 1],
      ],
    ],
    [
      'most used first, then by name regardless of case',
      [{ freeforms: ['zebra', 'apple', 'Mango'] }, { freeforms: ['zebra'] }],
      [
        ['freeform', 'zebra', 2],
        ['freeform', 'apple', 1],
        ['freeform', 'Mango', 1],
      ],
    ],
    [
      'spellings the vocabulary treats alike as one tag, a work once',
      [{ freeforms: ['Skills Lab', 'skills-lab'] }, { freeforms: ['SKILLS  LAB'] }],
      [['freeform', 'Skills Lab', 2]],
    ],
    [
      'kinds in their usual order, each tag under its own kind',
      [
        {
          fandoms: ['Some Other Show'],
          characters: ['Original Nurse'],
          relationships: ['Addison/Robot Overlord'],
          eras: ['The Lost Season'],
          freeforms: ['Original Nurse'],
        },
      ],
      [
        ['fandom', 'Some Other Show', 1],
        ['relationship', 'Addison/Robot Overlord', 1],
        ['character', 'Original Nurse', 1],
        ['era', 'The Lost Season', 1],
        ['freeform', 'Original Nurse', 1],
      ],
    ],
    [
      'a shared era synonym the work’s fandoms do not decide',
      [{ eras: ['Season 3'] }, { fandoms: [GA], eras: ['Season 3'] }],
      [['era', 'Season 3', 1]],
    ],
  ])('lists %s', (_name, inputs, want) => {
    expect(listed(inputs.map(work))).toEqual(want)
  })

  it('counts works and uses over all kinds', () => {
    const report = buildTagsReport(
      vocab,
      [
        work({ freeforms: ['Skills Lab', 'Beach Day'], characters: ['Original Nurse'] }),
        work({ freeforms: ['Skills Lab'] }),
        work({ freeforms: ['Angst'] }),
      ],
      { suggestions: 0 },
    )
    expect({ ...report, kinds: report.kinds.map(({ tags: _, ...kind }) => kind) }).toEqual({
      works: 3,
      worksWithUnwrangled: 2,
      tags: 3,
      uses: 4,
      kinds: [
        { kind: 'character', distinct: 1, uses: 1 },
        { kind: 'freeform', distinct: 2, uses: 3 },
      ],
    })
  })

  it('keeps every spelling, most used first, and the first works as examples', () => {
    const works = [
      work({ id: 'a', freeforms: ['skills lab'] }),
      work({ id: 'b', freeforms: ['Skills Lab'] }),
      work({ id: 'c', freeforms: ['Skills Lab'] }),
      work({ id: 'd', freeforms: ['Skills-Lab'] }),
    ]
    const [usage] = buildTagsReport(vocab, works).kinds[0]!.tags
    expect(usage).toMatchObject({
      tag: 'Skills Lab',
      works: 4,
      spellings: ['Skills Lab', 'skills lab', 'Skills-Lab'],
      examples: ['a', 'b', 'c'],
    })
    expect(usage!.examples).toHaveLength(EXAMPLE_WORKS)
  })

  it('lists the most used tags up to the limit, and still counts all', () => {
    const works = [work({ freeforms: ['b', 'c'] }), work({ freeforms: ['a', 'b'] })]
    const report = buildTagsReport(vocab, works, { limit: 2, suggestions: 0 })
    expect(report.kinds[0]).toMatchObject({ distinct: 3, uses: 4 })
    expect(report.kinds[0]!.tags.map((usage) => usage.tag)).toEqual(['b', 'a'])
    expect(report.tags).toBe(3)
  })

  it.each<[string, Partial<WorkInput>, number, string[]]>([
    [
      'the nearest canonical tags, best first',
      { freeforms: ['coffee shop conversations'] },
      3,
      ['Alternate Universe - Coffee Shops & Cafés'],
    ],
    ['no more than asked for', { freeforms: ['Beach Day'] }, 2, ['Birthday', 'Beach House']],
    ['none when asked for none', { freeforms: ['Beach Day'] }, 0, []],
    ['none when nothing is near', { freeforms: ['3am thoughts'] }, 3, []],
    [
      'within the work’s fandoms',
      { fandoms: ['Star Trek: The Original Series'], characters: ['Amanda Greyson'] },
      3,
      ['Amanda Grayson'],
    ],
    [
      'from every fandom when the work names none',
      { characters: ['Amanda Greyson'] },
      3,
      ['Amanda Grayson', 'Lexie Grey'],
    ],
  ])('suggests %s', (_name, input, suggestions, want) => {
    const [usage] = buildTagsReport(vocab, [work(input)], { suggestions }).kinds[0]!.tags
    expect(usage!.suggestions.map((suggestion) => suggestion.name)).toEqual(want)
    for (const suggestion of usage!.suggestions) expect(suggestion.score).toBeGreaterThanOrEqual(0.5)
  })

  it('reports nothing for no works', () => {
    expect(buildTagsReport(vocab, [])).toEqual({
      works: 0,
      worksWithUnwrangled: 0,
      tags: 0,
      uses: 0,
      kinds: [],
    })
  })
})
