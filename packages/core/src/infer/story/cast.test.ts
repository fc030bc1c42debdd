import { describe, expect, it } from 'vitest'
import { readCast } from './cast.js'
import { NARRATOR, type StoryReferences, type Utterance } from './references.js'
import { storyOf } from './story.testkit.js'
import type { Voice } from './voice.js'

describe('readCast: who is on the page, and whose story it is', () => {
  it('one only talked about is mentioned, not present', () => {
    const { cast } = storyOf(['"Addison called," Meredith said to Derek.', '"Addison can wait," he said.'])
    expect(cast.members.get('Addison Montgomery')).toMatchObject({ onPage: false, talkedAbout: 2 })
    expect(cast.members.get('Meredith Grey')?.onPage).toBe(true)
  })

  it('the narrator of a first-person story is the one others call by name', () => {
    const { cast, references } = storyOf([
      'I wait in the hall. I am tired.',
      '"Grey," Bailey says. "You are late."',
      '"I know," I say.',
      'Derek walks past. "Dr. Bailey," he says.',
    ])
    expect(cast.viewpoint).toBe('Meredith Grey')
    expect(references.narration.some((ref) => ref.entity === '@narrator')).toBe(false)
  })

  it("the narrator is the one others call by their canon's bare word for them (the ship's Doctor)", () => {
    const { cast } = storyOf(
      [
        'I did not look up from the journal.',
        '"Doctor," Spock said. "I require a flat surface."',
        '"Spock, I am off duty," I said.',
        '"Your bishop is exposed, Doctor," he said.',
      ],
      ['Star Trek: The Original Series'],
    )
    expect(cast.viewpoint).toBe('Leonard McCoy')
  })

  it('a line given to the narrator by turn-taking alone does not overrule the name others call them', () => {
    const line = (speaker: string, attributed: Utterance['attributed'], vocatives: string[]): Utterance => ({
      first: 0,
      last: 0,
      paragraph: 0,
      scene: 0,
      speaker,
      attributed,
      vocatives,
      mentioned: [],
    })
    const references: StoryReferences = {
      narration: [],
      utterances: [
        line('Meredith Grey', 'name', ['Derek Shepherd']), // "Go home, Derek," Meredith said.
        line(NARRATOR, 'turn', ['Derek Shepherd']), // "Go away, Derek." — hers, given to "I" by turns
      ],
    }
    const voice: Voice = {
      person: 'first',
      tense: 'past',
      personShare: 1,
      tenseShare: 1,
      counts: { first: 9, second: 0, third: 0, present: 0, past: 9 },
    }
    expect(readCast(() => references, voice, undefined).cast.viewpoint).toBe('Derek Shepherd')
  })

  it('the narrator is named by the opening line of an exchange whose speaker is named only later', () => {
    const { cast } = storyOf([
      '"Meredith. I know you are in there."',
      '"I am busy."',
      '"You have been busy for twenty minutes."',
      '"It is complicated."',
      '"Derek told me," Addison says. "About the patient."',
      'I do not answer. I look at the tiles.',
    ])
    expect(cast.viewpoint).toBe('Meredith Grey')
  })

  it.each([
    [
      "a line that calls its own speaker by name was misread: the name is the narrator's",
      [
        'I stand at the scrub sink. The man beside me scrubs too.',
        '"George," he says.',
        '"What," I say.',
        '"Nothing," he says. "O\'Malley, nothing."',
        'Derek laughs at the sink.',
      ],
      "George O'Malley",
    ],
    [
      'a line whose speaker is named and calls them by name is someone talking to themselves',
      [
        'I stand at the scrub sink.',
        '"George, George, George," George says to the mirror.',
        '"What," I say.',
      ],
      undefined,
    ],
  ])('%s', (_name, paragraphs, want) => {
    expect(storyOf(paragraphs).cast.viewpoint).toBe(want)
  })

  it('the narrator stays unnamed when nobody calls them anything', () => {
    const { cast } = storyOf(['I wait in the hall. I am tired. I sit.', '"Hello," I say to Derek.'])
    expect(cast.viewpoint).toBeUndefined()
  })

  it('a third-person story follows the one it names thinking', () => {
    const { cast } = storyOf([
      'Derek came in. Meredith thought he looked tired. Meredith knew why. Derek sat.',
    ])
    expect(cast.viewpoint).toBe('Meredith Grey')
  })

  it('close third person: the woman the narration calls "she", not the man it names', () => {
    const { cast } = storyOf([
      'The thing about her ex-husband, Naomi had found, was that he never left.',
      'Sam was setting the table. Sam was humming. Sam put his chin on her shoulder.',
      'She did not turn around. She stood at the stove with her spoon. She let him stay.',
      'Sam laughed. She stirred the pot. She tasted it. She put the lid on.',
      '"Salt," Sam said.',
      'She shook her head. She turned to face him. She kissed him.',
    ])
    expect(cast.viewpoint).toBe('Naomi Bennett')
  })

  it('wanting a thing is an order, not a point of view; the one others talk to is followed', () => {
    const { cast } = storyOf([
      'Izzie stood at the foot of the bed. She was not there for the chart.',
      '"Stevens," Bailey said. Bailey wanted a discharge summary. Bailey did not want excuses.',
      '"Yes, Dr. Bailey," she said.',
      '"Go home, Izzie," George said.',
    ])
    expect(cast.viewpoint).toBe('Izzie Stevens')
  })
})
