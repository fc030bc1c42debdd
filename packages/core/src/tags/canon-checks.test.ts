import { describe, expect, it } from 'vitest'
import { createVocabulary } from './build-vocabulary.js'
import { parseVocabularyFile } from './load-vocabulary.js'
import { VocabularyError } from './vocabulary-error.js'

const SHOW = `
defaults:
  fandom: Show
fandoms:
  - name: Show
  - name: Other
eras:
  - { name: Show Season 1, order: 1, years: 2001 }
  - { name: Show Season 2, order: 2, years: 2002 }
  - { name: Show Season 3, order: 3, years: 2003 }
`

function build(extra: string) {
  return createVocabulary([parseVocabularyFile('test/show.yaml', `${SHOW}${extra}`)])
}

function issues(extra: string): string[] {
  try {
    build(extra)
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError)
    return (error as VocabularyError).issues.map(
      (issue) => `${issue.path} ${issue.entry ?? ''}: ${issue.message}`,
    )
  }
  throw new Error('expected a VocabularyError')
}

describe('canon data read against the eras', () => {
  it('turns season lists into era orders', () => {
    const vocab = build(`
characters:
  - { name: Ann Lee, gender: female, seasons: { Show: "1, 3" } }
  - { name: Bo Ray, gender: male, seasons: { Show: "2-" } }
relationships:
  - { name: Ann Lee/Bo Ray, canon: { Show: { together: "2", divorced: "3-" } } }
  - { name: Ann Lee & Bo Ray, bond: friends }
timeline:
  - { phrase: the old wing, seasons: "1-2", weight: 0.4 }
`)
    expect(vocab.get('character', 'Ann Lee')).toMatchObject({
      gender: 'female',
      seasons: new Map([['Show', new Set([1, 3])]]),
    })
    expect(vocab.get('character', 'Bo Ray')?.seasons?.get('Show')).toEqual(new Set([2, 3]))
    expect(vocab.get('relationship', 'Ann Lee/Bo Ray')?.canon).toEqual([
      { fandom: 'Show', status: 'together', orders: new Set([2]) },
      { fandom: 'Show', status: 'divorced', orders: new Set([3]) },
    ])
    expect(vocab.get('relationship', 'Ann Lee & Bo Ray')?.bond).toBe('friends')
    expect(vocab.get('era', 'Show Season 2')?.cues).toEqual([{ phrase: 'the old wing', weight: 0.4 }])
    expect(vocab.get('era', 'Show Season 3')?.cues).toEqual([])
  })

  it.each([
    [
      'a season list in a fandom the character is not in',
      `characters:\n  - { name: Ann Lee, seasons: { Other: "1" } }`,
      'characters[0] Ann Lee: seasons for "Other", which is not one of its fandoms',
    ],
    [
      'a season the fandom does not have',
      `characters:\n  - { name: Ann Lee, seasons: { Show: "1-4" } }`,
      'characters[0] Ann Lee: seasons "1-4" of "Show": the fandom has no era with order 4',
    ],
    [
      'a malformed season list',
      `characters:\n  - { name: Ann Lee, seasons: { Show: "one" } }`,
      'characters[0] Ann Lee: seasons.Show: write seasons as "3", "1-3, 5" or "8-"',
    ],
    [
      'canon spans on a platonic relationship',
      `characters:\n  - name: Ann Lee\n  - name: Bo Ray\nrelationships:\n  - { name: Ann Lee & Bo Ray, canon: { Show: { together: "1" } } }`,
      'relationships[0] Ann Lee & Bo Ray: canon spans are for romantic relationships (A/B)',
    ],
    [
      'a bond on a romantic relationship',
      `characters:\n  - name: Ann Lee\n  - name: Bo Ray\nrelationships:\n  - { name: Ann Lee/Bo Ray, bond: friends }`,
      'relationships[0] Ann Lee/Bo Ray: a bond is for platonic relationships (A & B)',
    ],
    [
      'a timeline phrase in a season that does not exist',
      `timeline:\n  - { phrase: the flood, seasons: "9" }`,
      'timeline[0] the flood: seasons "9" of "Show": the fandom has no era with order 9',
    ],
  ])('reports %s, naming the entry', (_name, extra, message) => {
    expect(issues(extra)).toEqual([message])
  })
})
