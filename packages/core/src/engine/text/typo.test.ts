import { describe, expect, it } from 'vitest'
import { allowedTypos, termCounts, typoCorrections, typoDistance } from './typo.js'

describe('allowedTypos', () => {
  const cases: [string, { given: string; want: number }][] = [
    ['one letter', { given: 'a', want: 0 }],
    ['four letters', { given: 'misy', want: 0 }],
    ['five letters', { given: 'quiet', want: 1 }],
    ['eight letters', { given: 'sherlock', want: 1 }],
    ['nine letters', { given: 'lighthose', want: 2 }],
    ['characters, not bytes', { given: 'ééééé', want: 1 }],
  ]
  it.each(cases)('%s', (_name, { given, want }) => expect(allowedTypos(given)).toBe(want))
})

describe('typoDistance', () => {
  const cases: [string, { a: string; b: string; max: number; want: number }][] = [
    ['equal', { a: 'addison', b: 'addison', max: 2, want: 0 }],
    ['deletion', { a: 'adison', b: 'addison', max: 2, want: 1 }],
    ['insertion', { a: 'addisson', b: 'addison', max: 2, want: 1 }],
    ['substitution', { a: 'marmelade', b: 'marmalade', max: 2, want: 1 }],
    ['transposition', { a: 'sherlcok', b: 'sherlock', max: 2, want: 1 }],
    ['two edits', { a: 'lightose', b: 'lighthouse', max: 2, want: 2 }],
    ['capped past max', { a: 'kitten', b: 'sitting', max: 1, want: 2 }],
    ['length difference alone exceeds', { a: 'ab', b: 'abcdef', max: 2, want: 3 }],
    ['code points', { a: 'pokémon', b: 'pokemon', max: 1, want: 1 }],
    ['empty', { a: '', b: 'ab', max: 2, want: 2 }],
    ['a transposition at the edge of the band', { a: 'ab', b: 'ba', max: 1, want: 1 }],
    ['edits apart in the middle', { a: 'abcdefgh', b: 'abxyzfgh', max: 2, want: 3 }],
    ['astral code points', { a: 'a😀bcd', b: 'a😁bcd', max: 1, want: 1 }],
  ]
  it.each(cases)('%s', (_name, { a, b, max, want }) => expect(typoDistance(a, b, max)).toBe(want))

  it('agrees with the whole matrix on many word pairs, whatever was compared before', () => {
    const letters = 'abcde'
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const word = () =>
      Array.from({ length: Math.floor(random() * 12) }, () => letters[Math.floor(random() * 5)]).join('')
    // Each word against several terms in turn, as a query word is compared with a letter's terms.
    for (let k = 0; k < 2000; k++) {
      const [a, max] = [word(), Math.floor(random() * 3)]
      for (const b of [word(), word(), a.slice(1), a]) {
        expect(typoDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(fullMatrix(a, b), max + 1))
      }
    }
  })
})

describe('typoCorrections', () => {
  const terms = termCounts([
    ['addison', 40],
    ['madison', 90],
    ['adiposo', 1],
    ['adisons', 5],
    ['edison', 70],
    ['lighthouse', 3],
    ['lighthouses', 9],
  ])
  const cases: [string, { word: string; want: string[] }][] = [
    ['one typo, commoner first, first letter kept', { word: 'adison', want: ['addison', 'adisons'] }],
    ['two typos for long words, closest first', { word: 'lighthose', want: ['lighthouse', 'lighthouses'] }],
    ['no typos for short words', { word: 'adis', want: [] }],
    ['the word itself is not a correction', { word: 'addison', want: [] }],
  ]
  it.each(cases)('%s', (_name, { word, want }) => expect(typoCorrections(word, terms)).toEqual(want))

  it('caps the number of corrections', () => {
    const many = termCounts(
      Array.from({ length: 30 }, (_, i) => [`harbor${String.fromCharCode(97 + (i % 26))}`, i] as const),
    )
    expect(typoCorrections('harbor', many, 4)).toHaveLength(4)
  })
})

/** Optimal string alignment distance over the whole matrix, as the definition reads. */
function fullMatrix(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[]
      const up = d[i - 1] as number[]
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1)
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number
}
