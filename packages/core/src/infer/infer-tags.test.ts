import { describe, expect, it } from 'vitest'
import { type Work, type WorkInput, Work as WorkSchema } from '../model/work.js'
import { wrangleWork } from '../tags/wrangle-work.js'
import { type InferOptions, inferTags, proposeTags } from './infer-tags.js'
import { testVocabulary } from './vocabulary.testkit.js'

const vocab = testVocabulary()

const STORY = [
  'Addison kissed Derek in the Archfield. Derek kissed Addison back.',
  'After the ferry crash, Seattle Grace was quiet. Meredith Grey sat alone.',
  '"My ex-wife," Derek said. "My ex-husband," Addison said. "I still love you."',
].join('\n\n')

/** A normalized work with this text, wrangled as the indexer does before inferring. */
function work(body: string, fields: Partial<WorkInput> = {}): Work {
  const parsed = WorkSchema.parse({
    id: 'w',
    title: 'Untitled',
    words: 1,
    complete: true,
    publishedAt: 0,
    updatedAt: 0,
    text: [{ body }],
    ...fields,
  })
  return wrangleWork(vocab, parsed).work
}

describe('inferTags on a work without metadata', () => {
  const { work: tagged, inferred } = inferTags(vocab, work(STORY))

  it('adds every kind', () => {
    expect(tagged).toMatchObject({
      fandoms: ["Grey's Anatomy"],
      relationships: ['Addison Montgomery/Derek Shepherd'],
      characters: ['Addison Montgomery', 'Derek Shepherd', 'Meredith Grey'],
      eras: ["Grey's Anatomy Season 3"],
      freeforms: ['Exes to Lovers', 'Getting Back Together'],
      rating: 'Not Rated',
      warnings: ['Creator Chose Not To Use Archive Warnings'],
    })
  })

  it('files inferred tags under their meta tags, as the wrangler does', () => {
    expect(tagged.filterTags.freeform).toEqual([
      'Exes to Lovers',
      'Romance Tropes',
      'Romance',
      'Getting Back Together',
    ])
    expect(tagged.filterTags.fandom).toEqual(["Grey's Anatomy", 'Hospital Universe'])
  })

  it('records each inferred tag with confidence and evidence', () => {
    expect(inferred.every((entry) => entry.source === 'inferred')).toBe(true)
    expect(tagged.provenance).toEqual(inferred)
    const relationship = inferred.find((entry) => entry.kind === 'relationship')
    expect(relationship).toMatchObject({ tag: 'Addison Montgomery/Derek Shepherd', wrangled: true })
    expect(relationship?.evidence).toEqual(
      expect.arrayContaining([
        { phrase: 'lines to each other', count: 2 },
        { phrase: 'kiss', count: 2 },
        { phrase: "separated in Grey's Anatomy Season 3", count: 1 },
      ]),
    )
    for (const entry of inferred) {
      expect(entry.confidence).toBeGreaterThan(0)
      expect(entry.confidence).toBeLessThanOrEqual(1)
    }
    const era = inferred.find((entry) => entry.kind === 'era')
    expect(era?.evidence).toEqual(
      expect.arrayContaining([
        { phrase: 'ferry crash', count: 1 },
        { phrase: 'Archfield', count: 1 },
        { phrase: 'only then on the show together: Addison Montgomery, Derek Shepherd', count: 1 },
      ]),
    )
  })

  it('is still a valid work document', () => {
    expect(WorkSchema.parse(tagged)).toEqual(tagged)
  })

  it('is deterministic', () => {
    expect(inferTags(vocab, work(STORY))).toEqual(inferTags(vocab, work(STORY)))
  })

  it('leaves the input work unchanged', () => {
    const input = work(STORY)
    const copy = structuredClone(input)
    inferTags(vocab, input)
    expect(input).toEqual(copy)
  })
})

describe('author tags always win', () => {
  const authored = work(STORY, {
    fandoms: ["Grey's Anatomy"],
    characters: ['Addie'],
    freeforms: ['exes to lovers'],
    warnings: ['No Archive Warnings Apply'],
    rating: 'Teen And Up Audiences',
  })

  it('by default, only kinds the author left empty are inferred', () => {
    const { work: tagged, inferred } = inferTags(vocab, authored)
    expect(tagged.fandoms).toEqual(["Grey's Anatomy"])
    expect(tagged.characters).toEqual(['Addison Montgomery'])
    expect(tagged.freeforms).toEqual(['Exes to Lovers'])
    expect(tagged.warnings).toEqual(['No Archive Warnings Apply'])
    expect(tagged.rating).toBe('Teen And Up Audiences')
    expect(inferred.map((entry) => entry.kind).sort()).toEqual(['era', 'relationship'])
  })

  it('with fill "add", tags are added beside the author’s and never repeat them', () => {
    const { work: tagged, inferred } = inferTags(vocab, authored, { fill: 'add' })
    expect(tagged.characters).toEqual(['Addison Montgomery', 'Derek Shepherd', 'Meredith Grey'])
    expect(tagged.freeforms).toEqual(['Exes to Lovers', 'Getting Back Together'])
    expect(inferred.filter((entry) => entry.tag === 'Addison Montgomery')).toEqual([])
    const addison = tagged.provenance.filter((entry) => entry.tag === 'Addison Montgomery')
    expect(addison).toEqual([
      { kind: 'character', tag: 'Addison Montgomery', source: 'author', original: 'Addie', wrangled: true },
    ])
  })

  it('keeps the author’s filter values, spellings included', () => {
    const { work: tagged } = inferTags(vocab, authored, { fill: 'add' })
    expect(tagged.filterTags.character).toEqual([
      'Addison Montgomery',
      'Addie',
      'Derek Shepherd',
      'Meredith Grey',
    ])
    expect(tagged.filterTags.freeform).toEqual([...authored.filterTags.freeform!, 'Getting Back Together'])
  })
})

describe('a fully tagged work', () => {
  it('is returned as it is', () => {
    const full = work(STORY, {
      fandoms: ["Grey's Anatomy"],
      relationships: ['Addison Montgomery/Derek Shepherd'],
      characters: ['Addison Montgomery'],
      eras: ["Grey's Anatomy Season 2"],
      freeforms: ['Angst'],
      rating: 'General Audiences',
      warnings: ['No Archive Warnings Apply'],
    })
    expect(inferTags(vocab, full)).toEqual({ work: full, inferred: [] })
  })
})

describe('options', () => {
  it('infers only the kinds asked for', () => {
    const kinds = new Set(
      proposeTags(vocab, work(STORY), { kinds: ['fandom', 'era'] }).map((tag) => tag.kind),
    )
    expect([...kinds]).toEqual(['fandom', 'era'])
  })

  it('raises the mention threshold', () => {
    const tags = proposeTags(vocab, work(STORY), { kinds: ['fandom', 'character'], minMentions: 3 })
    expect(tags.filter((tag) => tag.kind === 'character').map((tag) => tag.tag)).toEqual([
      'Addison Montgomery',
      'Derek Shepherd',
    ])
  })

  it('without a fandom, trusts only full names', () => {
    const tags = proposeTags(vocab, work('Meredith Grey met Mark by the sea.'), {
      kinds: ['fandom', 'character'],
    })
    expect(tags.map((tag) => `${tag.kind}: ${tag.tag}`)).toEqual(['character: Meredith Grey'])
  })
})

/** The work with its chapters behind a getter that counts how often they are read. */
function watched(input: Work): { work: Work; reads: () => number } {
  let reads = 0
  const watchedWork = { ...input }
  Object.defineProperty(watchedWork, 'text', {
    enumerable: true,
    get: () => {
      reads++
      return input.text
    },
  })
  return { work: watchedWork, reads: () => reads }
}

describe('what the vocabulary cannot propose is not sought in the text', () => {
  // Tagged as archive works are: everything but the fandom-bound kinds the text could fill.
  const archived: Partial<WorkInput> = {
    freeforms: ['Angst'],
    rating: 'General Audiences',
    warnings: ['No Archive Warnings Apply'],
  }
  const UNKNOWN = 'The Wou Gremsest (Comics)'
  const CHARACTERS = [
    'character: Addison Montgomery',
    'character: Derek Shepherd',
    'character: Meredith Grey',
  ]
  const RELATIONSHIP = 'relationship: Addison Montgomery/Derek Shepherd'
  const ERA = "era: Grey's Anatomy Season 3"
  const TROPES = ['freeform: Exes to Lovers', 'freeform: Getting Back Together']
  const cases: [
    name: string,
    fields: Partial<WorkInput>,
    options: InferOptions,
    want: string[],
    readsText: boolean,
  ][] = [
    [
      'a known fandom: characters, relationship and era',
      { ...archived, fandoms: ["Grey's Anatomy"] },
      {},
      [...CHARACTERS, ERA, RELATIONSHIP],
      true,
    ],
    [
      'a meta fandom: characters of its sub-fandoms, no era (eras belong to one show)',
      { ...archived, fandoms: ['Hospital Universe'] },
      {},
      [...CHARACTERS, RELATIONSHIP],
      true,
    ],
    [
      'a fandom the vocabulary does not know: nothing, unread',
      { ...archived, fandoms: [UNKNOWN] },
      {},
      [],
      false,
    ],
    [
      'a known fandom without eras, when only the era is missing: nothing, unread',
      {
        ...archived,
        fandoms: ['Star Trek: The Original Series'],
        characters: ['Spock'],
        relationships: ['Spock'],
      },
      {},
      [],
      false,
    ],
    [
      'no fandom: every kind, as it always was',
      {},
      {},
      [
        "fandom: Grey's Anatomy",
        ...CHARACTERS,
        ERA,
        RELATIONSHIP,
        ...TROPES,
        'warning: Creator Chose Not To Use Archive Warnings',
      ],
      true,
    ],
    [
      'an unknown fandom with fill "add": fandoms are still sought, so nothing is ruled out',
      { ...archived, fandoms: [UNKNOWN] },
      { fill: 'add' },
      ["fandom: Grey's Anatomy", ...CHARACTERS, ERA, RELATIONSHIP, ...TROPES, 'freeform: Crossover'],
      true,
    ],
    [
      'an unknown fandom, not rated: the rating is still sought',
      { ...archived, fandoms: [UNKNOWN], rating: 'Not Rated' },
      {},
      [],
      true,
    ],
  ]
  it.each(cases)('%s', (_name, fields, options, want, readsText) => {
    const { work: input, reads } = watched(work(STORY, fields))
    const tags = proposeTags(vocab, input, options)
    expect(tags.map((tag) => `${tag.kind}: ${tag.tag}`)).toEqual(want)
    expect(reads() > 0).toBe(readsText)
  })
})
