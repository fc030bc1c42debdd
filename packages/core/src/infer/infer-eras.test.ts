import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from '../tags/load-vocabulary.js'
import { CueCounter } from './cue-score.js'
import { findCharacters } from './find-characters.js'
import { ERA_DEFAULTS, type EraVote, fandomEras, pickEras, voteEras } from './infer-eras.js'
import { readStory } from './story/read-story.js'
import { storyOf } from './story/story.testkit.js'
import { testVocabulary } from './vocabulary.testkit.js'
import { WorkText } from './work-text.js'

const vocab = testVocabulary()
const GREYS = ["Grey's Anatomy"]
const round = (value: number) => Math.round(value * 100) / 100

/** Era scores for a text, with its story read (cast and couples) when `cast` is set. */
function vote(paragraphs: string[], cast = false): Record<string, number> {
  const counter = new CueCounter(new WorkText([paragraphs.join('\n\n')]))
  const story = cast ? storyOf(paragraphs) : undefined
  return Object.fromEntries(
    voteEras(vocab, counter, GREYS, story, ERA_DEFAULTS).map((era) => [era.tag.order!, round(era.score)]),
  )
}

describe('voteEras: cues', () => {
  const cases: [name: string, paragraphs: string[], want: Record<number, number>][] = [
    ['no cues, nothing for any era', ['Nothing happens.'], { 2: 0, 3: 0, 4: 0 }],
    ['a cue shared by two eras counts for both', ['the Archfield'], { 2: 0.5, 3: 0.5, 4: 0 }],
    ['more cues, more score', ['the Archfield after the ferry crash'], { 3: 1.3, 2: 0.5, 4: 0 }],
    [
      'repeats count less than new cues',
      ['Archfield, Archfield, Archfield, Archfield'],
      { 2: 1.5, 3: 1.5, 4: 0 },
    ],
    ['a timeline phrase counts for every season it names', ['back at the trailer'], { 2: 0.3, 3: 0.3, 4: 0 }],
  ]
  it.each(cases)('%s', (_name, paragraphs, want) => {
    expect(vote(paragraphs)).toEqual(want)
  })
})

describe('voteEras: who is on the page, against their seasons', () => {
  it('a character on the page outside their seasons rules a season out', () => {
    // Lexie Grey is on the show in seasons 3 and 4 only.
    const scores = vote(
      ['"Little Grey," Mark said. "Lexie. Come here."', '"Coming," Lexie said, and she came.'],
      true,
    )
    expect(scores[2]).toBeLessThan(0)
    expect(scores[3]).toBeGreaterThan(0)
  })

  it('one only talked about must have appeared by then, but may be gone', () => {
    // Lexie is talked about: season 2 is before her time; season 4 is fine.
    const scores = vote(
      ['"Lexie called," Meredith told Derek. "Lexie says hi."', '"Hi to Lexie," he said.'],
      true,
    )
    expect(scores[2]).toBeLessThan(scores[4]!)
  })

  it('the only seasons with everyone on the page count as a cue', () => {
    const paragraphs = [
      '"Addison," Lexie said. "Dr. Montgomery."',
      '"Lexie," Addison said, and smiled at her.',
    ]
    // Addison: seasons 2-3; Lexie: 3-4. Together only in season 3.
    const [best] = voteEras(
      vocab,
      new CueCounter(new WorkText(paragraphs)),
      GREYS,
      storyOf(paragraphs),
      ERA_DEFAULTS,
    )
    expect(best?.tag.order).toBe(3)
    expect(best?.cues).toBeGreaterThan(0)
    expect(best?.evidence.map((entry) => entry.phrase)).toContain(
      'only then on the show together: Lexie Grey, Addison Montgomery',
    )
  })

  it('a couple the text shows as exes points to the seasons canon has them apart', () => {
    const paragraphs = [
      'Addison sat down across from Derek, her ex-husband, and Derek nodded to his ex-wife.',
    ]
    const [best] = voteEras(
      vocab,
      new CueCounter(new WorkText(paragraphs)),
      GREYS,
      storyOf(paragraphs),
      ERA_DEFAULTS,
    )
    expect(best?.evidence.map((entry) => entry.phrase)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Addison Montgomery\/Derek Shepherd: (separated|divorced)$/),
      ]),
    )
    expect([3, 4]).toContain(best?.tag.order)
  })
})

describe('voteEras: canon couples on the page', () => {
  const best = (paragraphs: string[]) =>
    voteEras(vocab, new CueCounter(new WorkText(paragraphs)), GREYS, storyOf(paragraphs), ERA_DEFAULTS)[0]
  const cases: [name: string, paragraphs: string[], order: number, evidence: string, cues: number][] = [
    [
      'a couple shown together as canon has them in a single season pins it like a cue of its own',
      ['George kissed Izzie in the stairwell, and Izzie kissed him back.'],
      4,
      "George O'Malley/Izzie Stevens: together",
      ERA_DEFAULTS.onlyTogether,
    ],
    [
      'a wedding on the page is the season canon marries them',
      ['Derek and Addison got married in the chapel, and Derek kissed his wife.'],
      2,
      'Addison Montgomery/Derek Shepherd: their wedding',
      ERA_DEFAULTS.onlyTogether + ERA_DEFAULTS.coupleStatus,
    ],
  ]
  it.each(cases)('%s', (_name, paragraphs, order, evidence, cues) => {
    const vote = best(paragraphs)
    expect(vote?.tag.order).toBe(order)
    expect(vote?.evidence.map((entry) => entry.phrase)).toContain(evidence)
    expect(round(vote!.cues)).toBe(round(cues))
  })
})

describe("voteEras: a canon whose eras have no cues (a novel's volumes)", () => {
  it('places no story in them, whatever couple canon has in one of them', () => {
    const shipped = defaultVocabulary()
    const fandoms = ['Pride and Prejudice - Jane Austen']
    const text = new WorkText([
      'Wickham kissed Lydia at the lodging-house, and Lydia kissed him back. They will be married.',
    ])
    const { mentions } = findCharacters(shipped, text, { scope: shipped.fandomScope(fandoms) })
    const story = readStory(shipped, text, mentions)
    expect(story.bonds.length).toBeGreaterThan(0)
    expect(fandomEras(shipped, fandoms).length).toBeGreaterThan(0)
    expect(voteEras(shipped, new CueCounter(text), fandoms, story, ERA_DEFAULTS)).toEqual([])
  })
})

describe('pickEras: with no cue, the seasons the cast on the page is together in', () => {
  const shipped = defaultVocabulary()
  const seasonsOf = (fandom: string) => shipped.eras(fandom)
  /** One vote per season: `cast` where the cast is together, 0 elsewhere; `cue` a weak cue on one. */
  const castVotes = (fandom: string, together: number[], cue?: [order: number, weight: number]) =>
    seasonsOf(fandom).map((tag) => {
      const cues = cue !== undefined && cue[0] === tag.order ? cue[1] : 0
      const cast = together.includes(tag.order!) ? 0.4 : -1.5
      return {
        tag,
        score: cast + cues,
        cues,
        cast: 2,
        evidence: [
          { phrase: 'Meredith Grey', count: 1 },
          { phrase: 'Alex Karev', count: 1 },
        ],
      }
    })
  const GA = "Grey's Anatomy"
  const cases: [name: string, given: EraVote[], want: string[]][] = [
    [
      'a window of three seasons of a long show: the middle one',
      castVotes(GA, [6, 7, 8]),
      ["Grey's Anatomy Season 7"],
    ],
    ['a window of two: the first', castVotes(GA, [6, 7]), ["Grey's Anatomy Season 6"]],
    ['a window of four says too little', castVotes(GA, [6, 7, 8, 9]), []],
    ['a window that is not one run of seasons', castVotes(GA, [3, 7]), []],
    [
      'a weak cue does not narrow the window',
      castVotes(GA, [6, 7, 8], [8, 0.3]),
      ["Grey's Anatomy Season 7"],
    ],
    [
      'a show whose cast is together in most of its seasons',
      castVotes('Star Trek: The Original Series', [1, 2, 3]),
      [],
    ],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    const sorted = [...given].sort((a, b) => b.score - a.score || a.tag.order! - b.tag.order!)
    expect(pickEras(sorted, ERA_DEFAULTS).map((era) => era.tag)).toEqual(want)
  })

  it('needs two of the cast fully on the page, and is never confident', () => {
    const alone = castVotes(GA, [6, 7, 8])
      .sort((a, b) => b.score - a.score)
      .map((vote) => ({ ...vote, cast: 1, evidence: vote.evidence.slice(0, 1) }))
    expect(pickEras(alone, ERA_DEFAULTS)).toEqual([])
    const [guess] = pickEras(
      castVotes(GA, [6, 7, 8]).sort((a, b) => b.score - a.score),
      ERA_DEFAULTS,
    )
    expect(guess!.confidence).toBeLessThan(0.2)
    expect(guess!.evidence[0]!.phrase).toMatch(
      /^the cast together only in Grey's Anatomy Season 6, .* Season 8$/,
    )
  })
})

describe('pickEras', () => {
  const eras = vocab.eras("Grey's Anatomy")
  const votes = (...scores: [order: number, score: number][]): EraVote[] =>
    scores.map(([order, score]) => ({
      tag: eras.find((era) => era.order === order)!,
      score,
      cues: score,
      cast: 0,
      evidence: [],
    }))
  const cases: [name: string, given: EraVote[], want: string[]][] = [
    ['the best era', votes([3, 2], [2, 0.5]), ["Grey's Anatomy Season 3"]],
    ['none below the least cue score', votes([3, 0.5]), []],
    [
      'a close neighbour joins',
      votes([3, 2], [4, 1.8]),
      ["Grey's Anatomy Season 3", "Grey's Anatomy Season 4"],
    ],
    ['a distant neighbour does not', votes([3, 2], [4, 1.5]), ["Grey's Anatomy Season 3"]],
    ['a rival era not next to it, nearly as strong: no era', votes([2, 2], [4, 1.9]), []],
    ['no votes', [], []],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(pickEras(given, ERA_DEFAULTS).map((era) => era.tag)).toEqual(want)
  })

  it('is less confident when a rival is close', () => {
    const [clear] = pickEras(votes([2, 2], [4, 0.2]), ERA_DEFAULTS)
    const [close] = pickEras(votes([2, 2], [4, 1.5]), ERA_DEFAULTS)
    expect(clear!.confidence).toBeGreaterThan(close!.confidence)
    expect(close!.confidence).toBeGreaterThan(0)
  })
})

describe('fandomEras: the eras a work in these fandoms can be set in', () => {
  const SEASONS = ["Grey's Anatomy Season 2", "Grey's Anatomy Season 3", "Grey's Anatomy Season 4"]
  const cases: [name: string, fandoms: string[], want: string[]][] = [
    ['a fandom with eras, in canon order', GREYS, SEASONS],
    ['a fandom named twice counts once', [...GREYS, ...GREYS], SEASONS],
    ['not those of sub-fandoms', ['Hospital Universe'], []],
    ['a known fandom without eras', ['Star Trek: The Original Series'], []],
    ['a fandom the vocabulary does not know', ['The Wou Gremsest (Comics)'], []],
    ['no fandom', [], []],
  ]
  it.each(cases)('%s', (_name, fandoms, want) => {
    expect(fandomEras(vocab, fandoms).map((era) => era.name)).toEqual(want)
  })
})
