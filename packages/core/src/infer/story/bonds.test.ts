import { describe, expect, it } from 'vitest'
import { storyOf } from './story.testkit.js'

const bondOf = (paragraphs: string[]) => storyOf(paragraphs).bonds[0]

describe('readBonds: how two characters interact on the page', () => {
  it('counts lines said to each other and paragraphs shared', () => {
    expect(bondOf(['"Hi," Meredith said.', '"Hi," Derek said.'])).toMatchObject({
      pair: ['Derek Shepherd', 'Meredith Grey'],
      talk: 2,
    })
  })

  it('reads touch and intimacy in sentences that refer to both', () => {
    const bond = bondOf(["Derek took Meredith's hand. He kissed her."])
    expect(bond).toMatchObject({ touch: 1, intimacy: 1 })
    expect(bond?.evidence.map((entry) => entry.phrase)).toEqual(['hand', 'kiss'])
  })

  it('"ex-wife" is a former partner, not also a wife', () => {
    expect(bondOf(['"Addison, you are my ex-wife," Derek said.'])).toMatchObject({ former: 1, partner: 0 })
  })

  it('romance said aloud counts between "you" and "me", not about a third', () => {
    expect(bondOf(['"Addison, I love you," Derek said.'])).toMatchObject({ affection: 1 })
    expect(bondOf(['"Addison, I love that man," Derek said.'])).toMatchObject({ affection: 0 })
    expect(bondOf(['"Addison, you are allowed to kiss somebody," Naomi said.'])).toMatchObject({
      intimacy: 0,
    })
  })

  it('a line about someone else says nothing of the two talking', () => {
    const { bonds } = storyOf(['"Derek, Mark kissed Lexie," Meredith said.'])
    expect(bonds.find((bond) => bond.talk > 0)).toMatchObject({
      pair: ['Derek Shepherd', 'Meredith Grey'],
      talk: 1,
      intimacy: 0,
    })
  })

  it('a voice on the phone talks to the one the story follows', () => {
    const bond = bondOf([
      'Meredith sat down on the kerb. Meredith thought about the fire. Her phone buzzed.',
      '"Are you alive," said Derek, without hello.',
      '"I am alive."',
      '"Good. I love you. You know this."',
      '"I love you too."',
    ])
    expect(bond).toMatchObject({ pair: ['Derek Shepherd', 'Meredith Grey'], talk: 4 })
    expect(bond!.affection).toBeGreaterThan(0)
  })

  it('ranks the strongest bond first', () => {
    const { bonds } = storyOf([
      'Meredith saw Mark in the hall.',
      '"Derek," Meredith said, and kissed him. He held her hand. "Stay," he said.',
    ])
    expect(bonds[0]?.pair).toEqual(['Derek Shepherd', 'Meredith Grey'])
    expect(bonds[0]!.strength).toBeGreaterThan(bonds[1]?.strength ?? 0)
  })
})
