import { describe, expect, it } from 'vitest'
import { type CanonMoment, RELATIONSHIP_DEFAULTS, readRelationships } from './infer-relationships.js'
import { storyTropes } from './infer-story-tropes.js'
import { storyOf } from './story/story.testkit.js'
import { testVocabulary } from './vocabulary.testkit.js'

const vocab = testVocabulary()
const at = (season?: number): CanonMoment => ({
  fandoms: ["Grey's Anatomy"],
  eraOrder: new Map(season === undefined ? [] : [["Grey's Anatomy", season]]),
})

function tropes(paragraphs: string[], moment = at()): Record<string, number> {
  const story = storyOf(paragraphs)
  const reading = readRelationships(vocab, story, moment, RELATIONSHIP_DEFAULTS)
  return Object.fromEntries(
    storyTropes(vocab, story.voice, story, reading, moment).map((tag) => [tag.tag, tag.confidence]),
  )
}

describe('storyTropes: what the story shows by its shape', () => {
  it('second and first person are tagged; present tense is only suggested', () => {
    expect(tropes(['You walk in. You see him. You sit down and you wait for him to speak.'])).toEqual({
      'POV Second Person': 0.9,
      'Present Tense': 0.35,
    })
    expect(tropes(['I walk in. I see him. I sit down and I wait for him to speak.'])).toEqual({
      'POV First Person': 0.55,
      'Present Tense': 0.35,
    })
  })

  it('a story told as a letter is epistolary', () => {
    const found = tropes(['Derek —', 'You took the job. I told you to go, and you went.', 'Love,\nAddison'])
    expect(found.Epistolary).toBe(0.7)
    expect(tropes(['Derek took the job. Addison told him to go, and he went.']).Epistolary).toBeUndefined()
  })

  it('a mentor and her student', () => {
    const found = tropes([
      '"Grey," Bailey said. "You are late."',
      '"I know, Dr. Bailey," Meredith said.',
      '"Again," Bailey said, and handed her the chart.',
    ])
    expect(Object.keys(found)).toEqual(['Mentor/Protégé'])
  })

  it('sisters', () => {
    const found = tropes(['"Lexie," Meredith said. "Come here."', '"Coming," Lexie said, and hugged her.'])
    expect(Object.keys(found)).toEqual(['Sisters'])
  })

  it('exes on the page who stay apart, in a season canon has them divorced', () => {
    const found = tropes(
      [
        '"Derek," Addison said. "My ex-husband."',
        '"Addison," he said. "We are friends now."',
        '"Friends," she said.',
      ],
      at(4),
    )
    expect(Object.keys(found)).toEqual(
      ['Exes', 'Post-Divorce', 'Friendship', 'Female Friendship'].slice(0, 3),
    )
  })

  it('exes who get back together', () => {
    const found = tropes(
      ['"Derek," Addison said, and kissed him.', '"Addison," he said, and kissed her back, and held her.'],
      at(3),
    )
    expect(Object.keys(found)).toEqual(['Exes to Lovers', 'Getting Back Together'])
  })

  it('a couple together in canon at the moment: an established relationship', () => {
    const found = tropes(
      ['"Meredith," Derek said, and kissed her.', '"Derek," she said, and held his hand.'],
      at(3),
    )
    expect(Object.keys(found)).toEqual(['Established Relationship'])
  })

  it('a first kiss between two who were never a canon couple', () => {
    const found = tropes([
      '"Mark," Meredith said, and kissed him.',
      '"Meredith," he said, and kissed her back.',
    ])
    expect(found['First Kiss']).toBeDefined()
  })

  it('a romance at work: neither married nor apart, never at home, in a story set where they work', () => {
    const atWork = [
      'Lexie waited by the scrub sink outside the operating room, the chart under her arm. Mark came out of surgery.',
      '"Grey," he said. "Your patient in four needs a consult, and the nurses want the chart back."',
      '"Dr. Sloan," she said, and kissed him by the gurney, and the pager went off.',
    ]
    expect(tropes(atWork, at(5))['Workplace Relationship']).toBe(0.55)
    // The same two at home are not a workplace romance, whatever the chart says.
    const atHome = [
      ...atWork,
      'That night Mark held Lexie on the couch, and she made him breakfast in the kitchen.',
    ]
    expect(tropes(atHome, at(5))['Workplace Relationship']).toBeUndefined()
  })

  it('a love triangle, and cheating, when one of the two is married to a third on the page', () => {
    const found = tropes(
      [
        'Meredith watched Addison at the desk beside Derek. "Sign here," Addison said, and she gave him a pen.',
        'He signed, and Addison took the chart and left.',
        '"Derek," Meredith said. He turned. Meredith kissed him, and he kissed Meredith back in the on-call room.',
        '"Meredith," he said, and held her hand. "I love you."',
      ],
      at(2),
    )
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['Love Triangles', 'Cheating']))
  })

  it('every trope carries the facts it rests on', () => {
    const story = storyOf([
      '"Meredith," Derek said, and kissed her.',
      '"Derek," she said, and held his hand.',
    ])
    const reading = readRelationships(vocab, story, at(3), RELATIONSHIP_DEFAULTS)
    for (const tag of storyTropes(vocab, story.voice, story, reading, at(3)))
      expect(tag.evidence.length).toBeGreaterThan(0)
  })
})
