import { defaultVocabulary, type Work, Work as WorkSchema } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { scoreStory } from './score-story.js'
import type { StoryLabel } from './story-label.js'

const vocab = defaultVocabulary()

const LABEL: StoryLabel = {
  fandom: "Grey's Anatomy",
  main_relationship: { characters: ['Derek Shepherd', 'Meredith Grey'], type: 'romantic' },
  characters: ['Meredith Grey', 'Derek Shepherd', 'Miranda Bailey'],
  mentioned_only: ['Preston Burke'],
  era: { fandom: "Grey's Anatomy", season: 2, tolerance: 1 },
  tropes: ['Love Triangle', 'Pining'],
}

function work(
  tags: Partial<Pick<Work, 'fandoms' | 'relationships' | 'characters' | 'eras' | 'freeforms'>>,
): Work {
  return WorkSchema.parse({
    id: 'w',
    title: 'T',
    words: 1,
    complete: true,
    publishedAt: 0,
    updatedAt: 0,
    text: [],
    ...tags,
  })
}

const score = (label: StoryLabel, tags: Parameters<typeof work>[0]) => scoreStory(vocab, label, work(tags))

describe('scoreStory', () => {
  const cases: [
    name: string,
    label: StoryLabel,
    tags: Parameters<typeof work>[0],
    field: 'fandom' | 'mainPairing' | 'era',
    want: boolean,
  ][] = [
    ['the fandom, exactly', LABEL, { fandoms: ["Grey's Anatomy"] }, 'fandom', true],
    ['a fandom too many', LABEL, { fandoms: ["Grey's Anatomy", 'Private Practice'] }, 'fandom', false],
    [
      'a synonym of the fandom',
      { ...LABEL, fandom: 'Pride and Prejudice' },
      { fandoms: ['Pride and Prejudice - Jane Austen'] },
      'fandom',
      true,
    ],
    [
      'the pair, in either order',
      LABEL,
      { relationships: ['Meredith Grey/Derek Shepherd'] },
      'mainPairing',
      true,
    ],
    [
      'the pair, but platonic',
      LABEL,
      { relationships: ['Derek Shepherd & Meredith Grey'] },
      'mainPairing',
      false,
    ],
    [
      'the pair second',
      LABEL,
      { relationships: ['Addison Montgomery/Derek Shepherd', 'Derek Shepherd/Meredith Grey'] },
      'mainPairing',
      false,
    ],
    [
      'no main relationship: no romantic one may be inferred',
      { ...LABEL, main_relationship: null },
      { relationships: ['Derek Shepherd/Meredith Grey'] },
      'mainPairing',
      false,
    ],
    [
      'no main relationship: a platonic one is fine',
      { ...LABEL, main_relationship: null },
      { relationships: ['Derek Shepherd & Meredith Grey'] },
      'mainPairing',
      true,
    ],
    ['an era within tolerance', LABEL, { eras: ["Grey's Anatomy Season 3"] }, 'era', true],
    ['an era outside it', LABEL, { eras: ["Grey's Anatomy Season 4"] }, 'era', false],
    [
      'no era labelled: none may be inferred',
      { ...LABEL, era: null },
      { eras: ["Grey's Anatomy Season 2"] },
      'era',
      false,
    ],
  ]
  it.each(cases)('%s', (_name, label, tags, field, want) => {
    expect(score(label, tags)[field]).toBe(want)
  })

  it('counts characters against those on the page; one only mentioned is neither right nor wrong', () => {
    expect(
      score(LABEL, {
        characters: ['Meredith Grey', "Miranda Bailey (Grey's Anatomy)", 'Preston Burke', 'Mark Sloan'],
      }).characters,
    ).toEqual({
      correct: ['Meredith Grey', "Miranda Bailey (Grey's Anatomy)"],
      wrong: ['Mark Sloan'],
      missed: ['Derek Shepherd'],
    })
  })

  it('counts tropes by their canonical tag', () => {
    expect(score(LABEL, { freeforms: ['Love Triangles', 'Angst'] })).toMatchObject({
      tropeHit: true,
      tropes: { right: ['Love Triangles'], wrong: ['Angst'] },
    })
  })

  it('a story from a fandom the vocabulary lacks scores by abstaining', () => {
    const label: StoryLabel = {
      ...LABEL,
      fandom: 'House M.D.',
      era: { fandom: 'House M.D.', season: 3, tolerance: 0 },
    }
    expect(score(label, {})).toMatchObject({ fandom: true, mainPairing: true, era: true })
    expect(
      score(label, {
        fandoms: ["Grey's Anatomy"],
        relationships: ['Derek Shepherd/Meredith Grey'],
        eras: ["Grey's Anatomy Season 3"],
      }),
    ).toMatchObject({
      fandom: false,
      mainPairing: false,
      era: false,
    })
  })
})
