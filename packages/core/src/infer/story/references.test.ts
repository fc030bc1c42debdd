import { describe, expect, it } from 'vitest'
import { NARRATOR, PROTAGONIST } from './references.js'
import { storyOf } from './story.testkit.js'

/** Each line of dialogue as `speaker -> addressee: text`. */
function dialogue(paragraphs: string[]): string[] {
  const { references } = storyOf(paragraphs)
  return references.utterances.map((line) => `${line.speaker ?? '?'} -> ${line.addressee ?? '?'}`)
}

const MER = 'Meredith Grey'
const DER = 'Derek Shepherd'
const ADD = 'Addison Montgomery'

describe('readReferences: who says each line, and to whom', () => {
  const cases: [name: string, paragraphs: string[], want: string[]][] = [
    [
      'a name in the speech tag after the line',
      ['"Hello," Meredith said.', '"Hi," Derek said.'],
      [`${MER} -> ${DER}`, `${DER} -> ${MER}`],
    ],
    [
      'the verb first: said Derek',
      ['"Hello," said Meredith.', '"Hi," said Derek.'],
      [`${MER} -> ${DER}`, `${DER} -> ${MER}`],
    ],
    ['a pronoun in the speech tag', ['Derek came in.', '"Hi," he said.'], [`${DER} -> ?`]],
    ['the tag before the line', ['Addison said, "Sit down."'], [`${ADD} -> ?`]],
    [
      "the paragraph's actor speaks its lines",
      ['Addison put down her coffee. "Sit down."', 'Derek sat. "Fine."'],
      [`${ADD} -> ${DER}`, `${DER} -> ${ADD}`],
    ],
    [
      "untagged lines take turns between the scene's two speakers",
      ['"Sit," Addison said.', '"No," Derek said.', '"Sit."', '"No."'],
      [`${ADD} -> ${DER}`, `${DER} -> ${ADD}`, `${ADD} -> ${DER}`, `${DER} -> ${ADD}`],
    ],
    [
      'a name said to someone makes them the addressee',
      ['"Goodnight, Mark," Meredith said, and Derek watched.'],
      [`${MER} -> Mark Sloan`],
    ],
  ]
  it.each(cases)('%s', (_name, paragraphs, want) => {
    expect(dialogue(paragraphs)).toEqual(want)
  })

  const BAILEY = "Miranda Bailey (Grey's Anatomy)"
  it.each([
    [
      'a name in a fragment that only lists ("And Bailey.") is nobody acting there',
      [
        'Addison packed. Derek came to the door.',
        'It did not surprise her. Nobody knew but Richard. And Bailey. "I thought you would be glad."',
        '"I am," Derek said.',
      ],
      [`${ADD} -> ${DER}`, `${DER} -> ${ADD}`],
    ],
    [
      "a name that opens a sentence and does something is its paragraph's actor",
      [
        'Addison packed. Derek came to the door.',
        'It did not surprise her. Nobody knew but Richard. Bailey knew. "I thought you would be glad."',
        '"I am," Derek said.',
      ],
      [`${BAILEY} -> ${DER}`, `${DER} -> ${BAILEY}`],
    ],
  ])('%s', (_name, paragraphs, want) => {
    expect(dialogue(paragraphs)).toEqual(want)
  })

  it('tells a name said to someone from one talked about', () => {
    const [line] = storyOf(['"Derek, Addison called again," Meredith said.']).references.utterances
    expect(line).toMatchObject({ speaker: MER, addressee: DER, vocatives: [DER], mentioned: [ADD] })
  })
})

describe('readReferences: a "he said" is read again once the turns around it are known', () => {
  const KITCHEN = [
    '"You are doing the thing with the glass," he says.',
    '"What thing," you say.',
    '"The thing where you count the minutes."',
    '"It is a good glass."',
    'From the dining room you can hear Mark laughing. Mark is telling the story about the cadaver again. He tells it every dinner.',
    '"They are happy," you say.',
    '"They are insufferable."',
    '"They are happy and insufferable. It is allowed."',
    'He takes the glass out of your hand. You let him.',
    '"Can I say something," he says, "and you will not make it weird?"',
    '"I never make things weird."',
    '"I do not think of you as my sister."',
    'You look at him then. He looks scared.',
    '"I am going to kiss you," you tell him.',
    '"Noted," says Derek, and then you do.',
    'Derek puts down the glass.',
  ]
  const cases: [name: string, paragraphs: string[], line: number, want: string][] = [
    ['the man talking with "you" all along, not one the narration names in the next room', KITCHEN, 8, DER],
    [
      'a man who comes in and speaks',
      ['Derek came in.', '"Hi," he said.', 'Mark came in.', '"Hey," he said.'],
      1,
      'Mark Sloan',
    ],
  ]
  it.each(cases)('%s', (_name, paragraphs, line, want) => {
    expect(storyOf(paragraphs).references.utterances[line]?.speaker).toBe(want)
  })

  it('so the kiss is theirs', () => {
    const [bond] = storyOf(KITCHEN).bonds.filter((entry) => entry.intimacy > 0)
    expect(bond?.pair).toEqual([PROTAGONIST, DER])
  })
})

describe('readReferences: pronouns in narration', () => {
  const pronounsOf = (paragraphs: string[], fandoms?: string[]) =>
    storyOf(paragraphs, fandoms)
      .references.narration.filter((ref) => ref.by === 'pronoun')
      .map((ref) => ref.entity)

  it('a pronoun is the character of its gender named just before', () => {
    expect(pronounsOf(['Derek came in with Meredith. He sat; she stood.'])).toEqual([DER, MER])
  })

  it("with no one of its gender named yet in the scene, the story's most named one", () => {
    expect(pronounsOf(['He kissed her.', '*', 'Derek left. Derek, Derek. Meredith stayed.'])).toEqual([
      DER,
      MER,
    ])
  })

  it('the most named counts only those named as there, not as someone who would or if told', () => {
    // Mark is named three times, but only as someone supposed; Derek, named once, is there.
    const story = [
      'He sleeps badly.',
      '*',
      'Derek said so. Mark would laugh, if I told Mark; Mark would say it twice.',
      '*',
      'He looked at me.',
    ]
    expect(pronounsOf(story).filter((entity) => entity !== NARRATOR)).toEqual([DER, DER])
  })

  it('the object someone else is someone in the scene, not one only the rest of the story names', () => {
    const story = [
      'Derek thought about Izzie. He wondered. Izzie laughed. Izzie left. Izzie called.',
      '*',
      'Meredith told him about her mother, and he knows that it is hard for her when someone looks at her like this.',
    ]
    expect(pronounsOf(story).slice(-5)).toEqual([DER, MER, DER, MER, MER])
  })

  it('"he kissed him": the object is someone else than the subject', () => {
    expect(pronounsOf(['Spock waited for Jim. He kissed him.'], ['Star Trek: The Original Series'])).toEqual([
      'James T. Kirk',
      'Spock',
    ])
  })

  it('one named in passing does not take "he" from the one the scene is about', () => {
    const refs = pronounsOf([
      'Meredith waited. "Derek," she said. "Derek, look." He looked.',
      'Mark had called twice. Meredith thought of it. Then he smiled at her again.',
    ])
    expect(refs.at(-2)).toBe(DER)
  })

  it('one named only to be compared with ("than Mark ever did") does not take the next "he"', () => {
    const refs = pronounsOf([
      'Derek waited. He smiled at Meredith, which was more than Mark ever did.',
      'He has gone out now.',
    ])
    expect(refs.at(-1)).toBe(DER)
  })

  it('"I" is the narrator and "you" the protagonist, in stories told so', () => {
    expect(pronounsOf(['I walk in. I see Derek. I sit. I wait. I look. I am late.'])).toContain(NARRATOR)
    expect(pronounsOf(['You walk in. You see Derek. You sit. You wait. You look. You are late.'])).toContain(
      PROTAGONIST,
    )
  })
})
