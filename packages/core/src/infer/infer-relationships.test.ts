import { describe, expect, it } from 'vitest'
import {
  type CanonMoment,
  canonPrior,
  RELATIONSHIP_DEFAULTS,
  readRelationships,
} from './infer-relationships.js'
import { storyOf } from './story/story.testkit.js'
import { testVocabulary } from './vocabulary.testkit.js'

const vocab = testVocabulary()
const NO_ERA: CanonMoment = { fandoms: ["Grey's Anatomy"], eraOrder: new Map() }
const at = (season: number): CanonMoment => ({
  fandoms: NO_ERA.fandoms,
  eraOrder: new Map([["Grey's Anatomy", season]]),
})

function relationships(paragraphs: string[], moment: CanonMoment = NO_ERA): string[] {
  return readRelationships(vocab, storyOf(paragraphs), moment, RELATIONSHIP_DEFAULTS).tags.map(
    (tag) => tag.tag,
  )
}

describe('readRelationships: the main pair is who interacts, not who is named', () => {
  const cases: [name: string, paragraphs: string[], moment: CanonMoment, want: string[]][] = [
    [
      'romance the text shows outranks romance canon alone lends: the friend she leans on is not the pair',
      [
        'Izzie sat in the closet. George slid down the wall beside her, and she leaned on his shoulder, her friend of two years. He held her hand.',
        '"Iz, talk to me," George said. "Izzie, please."',
        '"George, I am fine," Izzie said. "George, go."',
        '"Izzie, Bailey wants you," George said. She leaned on his shoulder.',
        '"George, tell her I am coming," Izzie said.',
        '"Izzie, you know I am your friend," George said, and touched her hair.',
        '"George, I know," Izzie said.',
        'Izzie went back to Denny. He was awake.',
        '"Izzie, stay till I fall asleep?" Denny said. She held his hand. She kissed him.',
        '"Denny, I want you to stay," she said.',
      ],
      at(2),
      ['Denny Duquette/Izzie Stevens'],
    ],
    [
      'a kiss between the two on the page makes a romantic pair',
      [
        'Meredith waited by the door.',
        'Derek came in. He kissed her, and she kissed him back, and held his hand.',
      ],
      NO_ERA,
      ['Derek Shepherd/Meredith Grey'],
    ],
    [
      'a decoy named more often but only talked about is not the pair',
      [
        '"Addison called," Meredith said. "Addison wants the papers. Addison, Addison, Addison."',
        'Derek took her hand. "Forget Addison," he said, and kissed her.',
      ],
      NO_ERA,
      ['Derek Shepherd/Meredith Grey'],
    ],
    [
      'a mentor and her student talking: platonic, as canon has them',
      [
        '"Grey," Bailey said. "You are late."',
        '"I know, Dr. Bailey. I am sorry," Meredith said.',
        '"Sorry does not scrub in," Bailey said, and handed her the chart. "Again."',
        'Meredith took it. "Thank you," she said.',
      ],
      NO_ERA,
      ["Meredith Grey & Miranda Bailey (Grey's Anatomy)"],
    ],
    [
      'exes in a season canon has them divorced, with no romance on the page: platonic',
      [
        '"Derek," Addison said. "Your ex-wife needs a consult."',
        '"My ex-wife can page me like everyone else," he said. "We are friends, Addison."',
        '"Friends," she said. "Fine."',
      ],
      at(4),
      ['Addison Montgomery & Derek Shepherd'],
    ],
    [
      'the same exes kissing: romantic',
      [
        '"Derek," Addison said. "We are divorced."',
        '"I know," he said, and kissed her, and she kissed him back in the on-call room.',
        'She held his face in her hands. "I love you," she said.',
      ],
      at(4),
      ['Addison Montgomery/Derek Shepherd'],
    ],
    [
      'exes in their divorced season sharing one kiss and no words of love: still romantic',
      [
        'Addison finds Derek on the ferry at midnight.',
        '"You came back," he says.',
        '"I came back," Addison says.',
        'Derek looks at her for a long time. Then he kisses her, the way he did before the divorce.',
      ],
      at(4),
      ['Addison Montgomery/Derek Shepherd'],
    ],
    [
      'two alone talking for a whole story, no romance shown and none in canon: a platonic pair',
      [
        'Meredith was in the garden with her roses, far from the court.',
        'Mark checked the ball to Derek. Derek drove left, and Mark was there.',
        '"You telegraph," Mark said. "Every time."',
        '"My shoulders are fine," Derek said.',
        '"Your shoulders are a billboard, Derek," Mark said, grinning.',
        'Derek shot. The ball hit the rim. Mark laughed and ran after it.',
        'They sat on the bench after. Mark handed Derek a bottle.',
        '"How is Lexie?" Mark asked.',
        '"Teething," Derek said. "How is Addison?"',
        '"Addison is Addison," Mark said. Derek bumped his shoulder.',
        '"Rematch," Derek said.',
        '"You want to lose again, Derek?" Mark said, and tossed him the ball.',
        '"I want to lose better, Mark," Derek said.',
      ],
      NO_ERA,
      ['Derek Shepherd & Mark Sloan'],
    ],
    [
      'a bond with nothing to say what it is gets no tag',
      ['"Chart," Meredith said.', '"Here," Mark said.', '"Thanks," Meredith said.', '"Sure," Mark said.'],
      NO_ERA,
      [],
    ],
    ['nobody interacting, nobody paired', ['Meredith slept. Mark was in Boston.'], NO_ERA, []],
  ]
  it.each(cases)('%s', (_name, paragraphs, moment, want) => {
    expect(relationships(paragraphs, moment)).toEqual(want)
  })

  it('gives the interaction and canon it rests on as evidence', () => {
    const [tag] = readRelationships(
      vocab,
      storyOf(['"Derek," Meredith said, and kissed him.', '"Meredith," he said, and held her hand.']),
      at(3),
      RELATIONSHIP_DEFAULTS,
    ).tags
    expect(tag?.evidence).toEqual(
      expect.arrayContaining([
        { phrase: 'lines to each other', count: 2 },
        { phrase: 'kiss', count: 1 },
        { phrase: 'a canon couple', count: 1 },
        { phrase: "together in Grey's Anatomy Season 3", count: 1 },
      ]),
    )
    expect(tag?.confidence).toBeGreaterThan(0)
    expect(tag?.confidence).toBeLessThanOrEqual(1)
  })
})

describe('canonPrior', () => {
  const cases: [name: string, pair: [string, string], moment: CanonMoment, score: number][] = [
    ['a couple together at the moment', ['Derek Shepherd', 'Meredith Grey'], at(3), 3],
    ['a couple, at no known moment', ['Derek Shepherd', 'Meredith Grey'], NO_ERA, 2],
    ['a couple divorced at the moment', ['Addison Montgomery', 'Derek Shepherd'], at(4), -0.5],
    ['a pairing fans write, never a canon couple', ['James T. Kirk', 'Spock'], NO_ERA, 1],
    ['sisters', ['Lexie Grey', 'Meredith Grey'], NO_ERA, -4],
    ['a mentor and her student', ['Meredith Grey', "Miranda Bailey (Grey's Anatomy)"], NO_ERA, -3],
    ['strangers to canon', ['Mark Sloan', 'Meredith Grey'], NO_ERA, 0],
  ]
  it.each(cases)('%s', (_name, pair, moment, score) => {
    expect(canonPrior(vocab, pair, moment).score).toBe(score)
  })
})
