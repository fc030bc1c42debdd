import { describe, expect, it } from 'vitest'
import { storyOf } from './story.testkit.js'

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
