import { describe, expect, it } from 'vitest'
import { knownNameShare, properNames } from './proper-names.js'
import { WorkText } from './work-text.js'

const names = (text: string) =>
  Object.fromEntries([...properNames(new WorkText([text]))].map(([name, at]) => [name, at.length]))

describe('properNames: the people a story names', () => {
  const cases: [name: string, text: string, want: Record<string, number>][] = [
    [
      'names used as people: speaking, owning, titled, spoken to',
      'Later Wilson said no. In Cuddy\'s office, Dr. Chase waited. "Stop, House," she said.',
      {
        Wilson: 1,
        Cuddy: 1,
        Chase: 1,
        House: 1,
      },
    ],
    ['not a word opening a sentence or a line', 'Rain fell. "Move," she said.', {}],
    ['not places and teams', 'They flew to San Francisco to see the Lakers. The Lakers lost.', {}],
    [
      'not a word the text also writes in lower case',
      'Later Mark said no. We mark the day. Mark smiled.',
      {},
    ],
    ['not days, months or titles', 'On Monday Dr. Kim said June was late.', { Kim: 1 }],
    [
      'not kin called by what they are to the speaker',
      'I sat at Mamma\'s right hand. "Papa," I said. Later Wickham smiled.',
      { Wickham: 1 },
    ],
  ]
  it.each(cases)('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want)
  })
})

describe('knownNameShare', () => {
  it('weighs the most used names by use, and counts the known tokens among them', () => {
    const text = new WorkText([
      'Later House said no. Then House said yes. Later Wilson said so, and Wilson smiled.',
    ])
    const wilson = new Set(text.tokens.flatMap((token, index) => (token.text === 'Wilson' ? [index] : [])))
    expect(knownNameShare(text, (token) => wilson.has(token))).toBe(0.5)
    expect(knownNameShare(text, () => false)).toBe(0)
  })

  it('is 1 for a story with no name used twice', () => {
    expect(knownNameShare(new WorkText(['Later House said no.']), () => false)).toBe(1)
  })
})
