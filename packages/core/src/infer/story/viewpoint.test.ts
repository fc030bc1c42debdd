import { describe, expect, it } from 'vitest'
import { findCharacters } from '../find-characters.js'
import { testVocabulary } from '../vocabulary.testkit.js'
import { WorkText } from '../work-text.js'
import { guessViewpoint } from './viewpoint.js'

function viewpointOf(paragraphs: readonly string[]): string | undefined {
  const vocab = testVocabulary()
  const text = new WorkText([paragraphs.join('\n\n')])
  const { mentions } = findCharacters(vocab, text, { scope: vocab.fandomScope(["Grey's Anatomy"]) })
  return guessViewpoint(text, mentions, (entity) => vocab.get('character', entity)?.gender)?.entity
}

describe('guessViewpoint: whose eyes a third-person story looks through', () => {
  it.each([
    {
      why: 'the woman the narration calls "she" and gives thoughts to, not the man it names most',
      paragraphs: [
        'Sam was setting the table. Sam was humming. Sam put his chin on her shoulder.',
        'She knew he would stay. She did not turn around. She stood at the stove with her spoon.',
        'Sam laughed. She stirred the pot. She tasted it. She put the lid on. She let him stay.',
        'Naomi shook her head. She turned to face him. She kissed him.',
      ],
      want: 'Naomi Bennett',
    },
    {
      why: 'the woman who thinks, though several men, each named once, are "he" more often than she is "she"',
      paragraphs: [
        'Meredith thought the day would never end. Meredith knew the board by heart. She decided to stay.',
        'Derek came by at noon. He said he was tired. He took his coffee and he left. He was always leaving.',
        'Mark came by at one. He asked for a consult. He got his consult. He went back to his floor.',
        'George came at two. He had his chart. He dropped it. He picked it up.',
        'Meredith watched them all. She knew every one of them.',
      ],
      want: 'Meredith Grey',
    },
  ])('$why', ({ paragraphs, want }) => {
    expect(viewpointOf(paragraphs)).toBe(want)
  })
})
