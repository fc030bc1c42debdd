import { describe, expect, it } from 'vitest'
import { findCharacters } from '../find-characters.js'
import { testVocabulary } from '../vocabulary.testkit.js'
import { WorkText } from '../work-text.js'
import { letterParties, readLetter } from './letter.js'
import { GREYS, storyOf } from './story.testkit.js'

const BODY = 'It is raining here. I think of you every time it does, and you would laugh at me for it.'

describe('readLetter: whether a story is written as a letter', () => {
  it.each([
    {
      name: 'a salutation and a dashed signature',
      paragraphs: ['Cristina —', BODY, '— M.'],
      form: ['Cristina —', '— M.'],
    },
    {
      name: 'a valediction with the name on its next line, a postscript after',
      paragraphs: ['Dear Kitty,', BODY, 'Your affectionate sister,\nLydia', 'P.S. Burn this.'],
      form: ['Dear Kitty,', 'Your affectionate sister, Lydia'],
    },
    {
      name: 'a valediction with the name as a paragraph of its own',
      paragraphs: ['My dearest Lizzy,', BODY, 'Yours ever,', 'Jane'],
      form: ['My dearest Lizzy,', 'Yours ever,\n\nJane'],
    },
    { name: 'no closing', paragraphs: ['Dear Kitty,', BODY, 'She put the pen down.'], form: undefined },
    { name: 'no salutation', paragraphs: ['The rain came at six.', BODY, '— M.'], form: undefined },
    {
      name: 'a letter quoted in the middle of a story',
      paragraphs: [
        'The rain came at six.',
        'She read it twice.',
        BODY,
        'Dear Kitty,',
        BODY,
        'Love, Lydia',
        BODY,
        BODY,
        BODY,
      ],
      form: undefined,
    },
    {
      name: 'a postscript but no signature',
      paragraphs: ['Dear Kitty,', BODY, 'P.S. Burn this.'],
      form: undefined,
    },
  ])('$name', ({ paragraphs, form }) => {
    const letter = readLetter(new WorkText([paragraphs.join('\n\n')]))
    expect(letter === undefined ? undefined : [letter.salutation.text, letter.closing.text]).toEqual(form)
  })
})

describe('letterParties: whom a letter is from and to', () => {
  const partiesOf = (paragraphs: readonly string[]) => {
    const vocab = testVocabulary()
    const text = new WorkText([paragraphs.join('\n\n')])
    const letter = readLetter(text)!
    const { mentions } = findCharacters(vocab, text, { scope: vocab.fandomScope(GREYS) })
    return letterParties(vocab, text, letter, mentions)
  }

  it.each([
    {
      name: 'the name signed and the name greeted',
      paragraphs: ['Dear Derek,', BODY, 'Love,\nAddison'],
      parties: { reader: 'Derek Shepherd', writer: { entity: 'Addison Montgomery', signed: 'Addison' } },
    },
    {
      name: "an initial: the one character of the reader's canon with it who has a bond with the reader",
      paragraphs: ['Miranda —', BODY, '— M.'],
      parties: {
        reader: "Miranda Bailey (Grey's Anatomy)",
        writer: { entity: 'Meredith Grey', signed: '— M.' },
      },
    },
    {
      name: 'an initial no bonded character has',
      paragraphs: ['Miranda —', BODY, '— D.'],
      parties: { reader: "Miranda Bailey (Grey's Anatomy)" },
    },
    {
      name: 'an initial whose only candidate the letter names as someone else',
      paragraphs: ['Derek —', `${BODY} Meredith says hello.`, '— M.'],
      parties: { reader: 'Derek Shepherd' },
    },
  ])('$name', ({ paragraphs, parties }) => {
    expect(partiesOf(paragraphs)).toEqual(parties)
  })
})

describe('a letter read as a story', () => {
  it('its "I" is the signer and its "you" the one greeted, though neither is named in the body', () => {
    const story = storyOf(['Derek —', 'You took the job. I told you to go, and you went.', 'Love,\nAddison'])
    expect(story.cast.viewpoint).toBe('Addison Montgomery')
    expect(story.cast.viewpointEvidence).toEqual([{ phrase: 'letter signed "Addison"', count: 1 }])
    const you = story.references.narration.filter(
      (ref) => ref.entity === 'Derek Shepherd' && ref.by === 'pronoun',
    )
    expect(you).toHaveLength(3)
  })
})
