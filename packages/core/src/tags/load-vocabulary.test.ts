import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createVocabulary } from './build-vocabulary.js'
import { loadVocabulary } from './load-vocabulary.js'
import { VocabularyError } from './vocabulary-error.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Writes files into a fresh directory named `vocabulary`, as the shipped one is. */
function vocabularyDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ficdex-vocab-'))
  dirs.push(root)
  const dir = join(root, 'vocabulary')
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

function issuesOf(load: () => unknown): string[] {
  try {
    load()
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError)
    return (error as VocabularyError).message
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
  }
  throw new Error('expected a VocabularyError')
}

const FANDOM = `
fandoms:
  - name: Grey's Anatomy
defaults:
  fandom: Grey's Anatomy
`

describe('loadVocabulary errors', () => {
  it('names the file and the entry of an unknown parent', () => {
    const dir = vocabularyDir({
      'greys-anatomy.yaml': `${FANDOM}
characters:
  - name: Meredith Grey
  - name: Mark Sloan
    parents: [Plastic Surgeons]
`,
    })
    expect(issuesOf(() => loadVocabulary(dir))).toEqual([
      `vocabulary/greys-anatomy.yaml: characters[1] "Mark Sloan": unknown parent "Plastic Surgeons"`,
    ])
  })

  it('names the field of a schema violation inside an entry', () => {
    const dir = vocabularyDir({
      'broken.yaml': `${FANDOM}
eras:
  - name: Grey's Anatomy Season 1
    order: first
    years: 2005
`,
    })
    const [issue] = issuesOf(() => loadVocabulary(dir))
    expect(issue).toMatch(/^vocabulary\/broken\.yaml: eras\[0\] "Grey's Anatomy Season 1": order: /)
  })

  it('rejects unknown keys, so typos in field names do not pass silently', () => {
    const dir = vocabularyDir({
      'typo.yaml': `${FANDOM}\nfreeforms:\n  - name: Angst\n    synonym: [angsty]\n`,
    })
    expect(issuesOf(() => loadVocabulary(dir))[0]).toMatch(
      /^vocabulary\/typo\.yaml: freeforms\[0\] "Angst": .*synonym/,
    )
  })

  it('reports YAML syntax errors with the file and line', () => {
    const dir = vocabularyDir({ 'bad.yaml': 'characters:\n  - name: [unclosed\n' })
    expect(issuesOf(() => loadVocabulary(dir))[0]).toMatch(/^vocabulary\/bad\.yaml: line \d+: /)
  })

  it('stops at schema errors, before checking references that would all fail', () => {
    const issues = issuesOf(() =>
      createVocabulary([
        {
          file: 'vocabulary/test.yaml',
          data: {
            fandoms: [{ name: 'Show' }],
            defaults: { fandom: 'Show' },
            characters: [{ name: 'Ann Bee' }, { name: 'Cy Dee', fandom: 'Other Show' }, { name: 'Ann Bee' }],
            relationships: [
              { name: 'Cy Dee/Ann Bee' },
              { name: 'Ann Bee/Zed' },
              { name: 'Ann Bee/Cy Dee & X' },
            ],
            eras: [
              { name: 'Show Season 1', order: 1, years: 2001 },
              { name: 'Show Season 2', order: 1, years: [2003, 2002] },
            ],
            freeforms: [
              { name: 'A', parents: ['B'] },
              { name: 'B', parents: ['A'] },
            ],
            ratings: [{ name: 'Teen' }],
          },
        },
      ]),
    )
    expect(issues).toEqual([
      `vocabulary/test.yaml: eras[1] "Show Season 2": years: the first year must not be after the last`,
    ])
  })

  it('lists every reference problem at once', () => {
    const issues = issuesOf(() =>
      createVocabulary([
        {
          file: 'vocabulary/test.yaml',
          data: {
            fandoms: [{ name: 'Show' }],
            defaults: { fandom: 'Show' },
            characters: [
              { name: 'Ann Bee', synonyms: ['Annie'] },
              { name: 'Cy Dee', fandom: 'Other Show', synonyms: ['Annie'] },
              { name: 'Ann Bee' },
            ],
            relationships: [
              { name: 'Cy Dee/Ann Bee' },
              { name: 'Ann Bee/Zed' },
              { name: 'Ann Bee/Cy Dee & X' },
            ],
            eras: [
              { name: 'Show Season 1', order: 1, years: 2001 },
              { name: 'Show Season 2', order: 1, years: 2002 },
              { name: 'Show Season 3', order: 3, years: 2003, fandom: [] },
            ],
            freeforms: [
              { name: 'A', parents: ['B'] },
              { name: 'B', parents: ['A'] },
            ],
            ratings: [{ name: 'Teen' }],
          },
        },
      ]),
    )
    expect(issues).toEqual([
      `vocabulary/test.yaml: characters[2] "Ann Bee": duplicate character (first declared at vocabulary/test.yaml characters[0])`,
      `vocabulary/test.yaml: ratings[0] "Teen": not one of AO3's ratings (General Audiences, Teen And Up Audiences, Mature, Explicit, Not Rated)`,
      `vocabulary/test.yaml: characters[1] "Cy Dee": unknown fandom "Other Show"`,
      `vocabulary/test.yaml: relationships[0] "Cy Dee/Ann Bee": write the name as "Ann Bee/Cy Dee" (characters in relationship order)`,
      `vocabulary/test.yaml: relationships[1] "Ann Bee/Zed": unknown character "Zed" (use canonical character names)`,
      `vocabulary/test.yaml: relationships[2] "Ann Bee/Cy Dee & X": a relationship name joins characters with "/" (romantic) or " & " (platonic), not both`,
      `vocabulary/test.yaml: eras[1] "Show Season 2": order 1 is also used by "Show Season 1"`,
      `vocabulary/test.yaml: eras[2] "Show Season 3": an era belongs to exactly one fandom (set \`fandom\` or the file default)`,
      `vocabulary/test.yaml: freeforms[0] "A": parent cycle through "A"`,
      `vocabulary/test.yaml: freeforms[1] "B": parent cycle through "B"`,
    ])
  })

  it('allows a synonym shared by tags of disjoint fandoms, and rejects it within one fandom', () => {
    const base = {
      fandoms: [{ name: 'Show' }, { name: 'Spin-off' }],
      eras: [
        { name: 'Show Season 1', fandom: 'Show', order: 1, years: 2001, synonyms: ['Season 1'] },
        { name: 'Spin-off Season 1', fandom: 'Spin-off', order: 1, years: 2005, synonyms: ['Season 1'] },
      ],
    }
    expect(() => createVocabulary([{ file: 'ok.yaml', data: base }])).not.toThrow()
    const clash = {
      ...base,
      characters: [
        { name: 'Ann Bee', fandom: 'Show', synonyms: ['Doc'] },
        { name: 'Cy Dee', fandom: ['Show', 'Spin-off'], synonyms: ['doc'] },
      ],
    }
    expect(issuesOf(() => createVocabulary([{ file: 'clash.yaml', data: clash }]))).toEqual([
      `clash.yaml: characters[1] "Cy Dee": synonym "doc" collides with synonym "Doc" of "Ann Bee" (clash.yaml characters[0])`,
    ])
  })
})

describe('the shipped vocabulary', () => {
  const vocab = loadVocabulary()

  it('loads, with the fixed AO3 sets always present', () => {
    expect(vocab.tags('rating').map((tag) => tag.name)).toEqual([
      'General Audiences',
      'Teen And Up Audiences',
      'Mature',
      'Explicit',
      'Not Rated',
    ])
    expect(vocab.tags('warning')).toHaveLength(6)
    expect(vocab.tags('category')).toHaveLength(6)
  })

  it("has Grey's Anatomy seasons 1 to 21 and Private Practice seasons 1 to 6, in order, with air years", () => {
    const ga = vocab.eras("Grey's Anatomy")
    expect(ga.map((era) => era.order)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    expect(ga[0]).toMatchObject({ name: "Grey's Anatomy Season 1", years: { from: 2005, to: 2005 } })
    expect(ga[2]).toMatchObject({ name: "Grey's Anatomy Season 3", years: { from: 2006, to: 2007 } })
    expect(ga[20]).toMatchObject({ name: "Grey's Anatomy Season 21", years: { from: 2024, to: 2025 } })
    const pp = vocab.eras('Private Practice')
    expect(pp.map((era) => era.name)).toEqual(
      Array.from({ length: 6 }, (_, i) => `Private Practice Season ${i + 1}`),
    )
    expect(pp[5]?.years).toEqual({ from: 2012, to: 2013 })
  })

  it('keeps cues with weights on eras', () => {
    const s6 = vocab.get('era', "Grey's Anatomy Season 6")
    expect(s6?.cues).toContainEqual({ phrase: 'the merger', weight: 0.6 })
    // From the timeline: one phrase, a span of seasons.
    expect(s6?.cues).toContainEqual({ phrase: 'Seattle Grace Mercy West', weight: 0.6 })
    expect(vocab.get('era', "Grey's Anatomy Season 9")?.cues).toContainEqual({
      phrase: 'Seattle Grace Mercy West',
      weight: 0.6,
    })
    for (const tag of vocab.tags()) {
      for (const cue of tag.cues) expect(cue.weight).toBeGreaterThan(0)
    }
  })

  it("knows canon: characters' genders and seasons, couples' spans, platonic bonds", () => {
    const lexie = vocab.get('character', 'Lexie Grey')
    expect(lexie?.gender).toBe('female')
    expect([...(lexie?.seasons?.get("Grey's Anatomy") ?? [])]).toEqual([3, 4, 5, 6, 7, 8, 17])
    expect(vocab.get('relationship', 'Addison Montgomery/Derek Shepherd')?.canon).toContainEqual({
      fandom: "Grey's Anatomy",
      status: 'divorced',
      orders: new Set([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]),
    })
    expect(vocab.get('relationship', 'Cristina Yang & Meredith Grey')?.bond).toBe('friends')
    for (const tag of vocab.tags('character'))
      if (tag.fandoms.length > 0) expect(tag.gender, tag.name).toBeDefined()
  })

  it('records the characters and type of each relationship', () => {
    expect(vocab.get('relationship', 'Addison Montgomery/Derek Shepherd')).toMatchObject({
      characters: ['Addison Montgomery', 'Derek Shepherd'],
      pairing: 'romantic',
      synonyms: ['Addek'],
    })
    expect(vocab.get('relationship', 'Cristina Yang & Meredith Grey')?.pairing).toBe('platonic')
  })
})
