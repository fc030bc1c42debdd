import { describe, expect, it } from 'vitest'
import { Work, type WorkInput } from '../model/work.js'
import { defaultVocabulary } from './load-vocabulary.js'
import { wrangleWork } from './wrangle-work.js'

const vocab = defaultVocabulary()

const work = (input: Partial<WorkInput>): Work =>
  Work.parse({
    id: 'w1',
    title: 'Ferry Crossing',
    words: 1200,
    complete: true,
    publishedAt: 0,
    updatedAt: 0,
    ...input,
  })

describe('wrangleWork', () => {
  const input = work({
    fandoms: ['Grey&#x27;s Anatomy'],
    relationships: ['Derek/Addison', 'Addek', 'Addison/Robot Overlord'],
    characters: ['McDreamy', 'Addison', 'Derek Shepherd'],
    eras: ['Season 2', 'S3'],
    freeforms: ['ANGST', 'mutual pining', 'the ferry boat scene', 'Angst'],
    provenance: [
      {
        kind: 'freeform',
        tag: 'mutual pining',
        source: 'inferred',
        confidence: 0.7,
        evidence: [{ phrase: 'longing', count: 3 }],
      },
      { kind: 'rating', tag: 'Mature', source: 'author' },
    ],
  })
  const { work: out, unwrangled } = wrangleWork(vocab, input)

  it('maps each tag to its canonical form, de-duplicated, in the order written', () => {
    expect(out.fandoms).toEqual(["Grey's Anatomy"])
    expect(out.relationships).toEqual(['Addison Montgomery/Derek Shepherd', 'Addison/Robot Overlord'])
    expect(out.characters).toEqual(['Derek Shepherd', 'Addison Montgomery'])
    expect(out.eras).toEqual(["Grey's Anatomy Season 2", "Grey's Anatomy Season 3"])
    expect(out.freeforms).toEqual(['Angst', 'Mutual Pining', 'the ferry boat scene'])
  })

  it('fills filter values with canonical tags, meta tags and the spellings written where they differ', () => {
    // Spellings differing only in case, entities or spacing match anyway, so they are not repeated.
    expect(out.filterTags.fandom).toEqual(["Grey's Anatomy", "Grey's Anatomy Universe"])
    expect(out.filterTags.freeform).toEqual([
      'Angst',
      'Mutual Pining',
      'Pining',
      'Romance Tropes',
      'Romance',
      'the ferry boat scene',
    ])
    expect(out.filterTags.relationship).toEqual([
      'Addison Montgomery/Derek Shepherd',
      'Derek/Addison',
      'Addek',
      'Addison/Robot Overlord',
    ])
  })

  it('keeps a spelling the engines would not match, cleaned of entities', () => {
    const { work: typed } = wrangleWork(
      vocab,
      work({ fandoms: ['Greys  Anatomy'], freeforms: ['Slow&nbsp;Build'] }),
    )
    expect(typed.filterTags.fandom).toEqual(["Grey's Anatomy", "Grey's Anatomy Universe", 'Greys Anatomy'])
    expect(typed.filterTags.freeform).toEqual(['Slow Burn', 'Romance Tropes', 'Romance', 'Slow Build'])
  })

  it('records provenance: original when changed, wrangled, inferred tags kept inferred', () => {
    const of = (kind: string) => out.provenance.filter((entry) => entry.kind === kind)
    expect(of('relationship')).toEqual([
      {
        kind: 'relationship',
        tag: 'Addison Montgomery/Derek Shepherd',
        source: 'author',
        original: 'Derek/Addison',
        wrangled: true,
      },
      { kind: 'relationship', tag: 'Addison/Robot Overlord', source: 'author', wrangled: false },
    ])
    expect(of('freeform')).toContainEqual({
      kind: 'freeform',
      tag: 'Mutual Pining',
      source: 'inferred',
      original: 'mutual pining',
      wrangled: true,
      confidence: 0.7,
      evidence: [{ phrase: 'longing', count: 3 }],
    })
    expect(of('rating')).toEqual([{ kind: 'rating', tag: 'Mature', source: 'author' }])
  })

  it('lists the tags the vocabulary does not know', () => {
    expect(unwrangled).toEqual([
      { kind: 'relationship', tag: 'Addison/Robot Overlord' },
      { kind: 'freeform', tag: 'the ferry boat scene' },
    ])
  })

  it('leaves the input alone and is idempotent', () => {
    expect(input.fandoms).toEqual(['Grey&#x27;s Anatomy'])
    const again = wrangleWork(vocab, out).work
    expect(again.fandoms).toEqual(out.fandoms)
    expect(again.relationships).toEqual(out.relationships)
    expect(again.freeforms).toEqual(out.freeforms)
    expect(Work.parse(again)).toEqual(again)
  })

  it('drops filter values of kinds left empty', () => {
    const empty = wrangleWork(vocab, work({ filterTags: { era: ['Stale Era'] } })).work
    expect(empty.filterTags).toEqual({})
  })
})
