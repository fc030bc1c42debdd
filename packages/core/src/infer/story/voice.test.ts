import { describe, expect, it } from 'vitest'
import { WorkText } from '../work-text.js'
import { readVoice } from './voice.js'

describe('readVoice: who tells the story, in which tense, from the narration alone', () => {
  const cases: [name: string, text: string, person: string, tense: string][] = [
    ['third person, past', 'She walked in. He looked up. She sat down and he smiled.', 'third', 'past'],
    [
      'first person, present',
      'I walk in. I look at her. She is late, and I am tired. I sit.',
      'first',
      'present',
    ],
    ['second person', 'You walk in. You look at him, and your hands shake. You sit.', 'second', 'present'],
    [
      'dialogue does not count',
      '"I am tired, you know," she said. "I think you are too." He looked at her and she smiled.',
      'third',
      'past',
    ],
    ['the pronoun "I" only as a capital', 'She said i was wrong. He looked. She went.', 'third', 'past'],
  ]
  it.each(cases)('%s', (_name, text, person, tense) => {
    const voice = readVoice(new WorkText([text]))
    expect([voice.person, voice.tense]).toEqual([person, tense])
  })

  it('counts what it decided from', () => {
    expect(readVoice(new WorkText(['You walk in. You sit.'])).counts).toMatchObject({
      second: 2,
      present: 2,
      past: 0,
    })
  })
})
