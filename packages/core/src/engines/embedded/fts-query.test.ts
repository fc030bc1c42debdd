import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { compileFtsQuery, type FtsQuery, type ResolveWord } from './fts-query.js'

describe('compileFtsQuery', () => {
  const cases: [string, { given: string; want: FtsQuery }][] = [
    ['empty', { given: '', want: q([]) }],
    ['one word is a prefix', { given: 'Harbor', want: q(['"harbor"*']) }],
    ['only the last word is a prefix', { given: 'quiet harbor', want: q(['"quiet"', '"harbor"*']) }],
    ['a phrase is exact', { given: '"quiet harbor"', want: q(['"quiet harbor"']) }],
    [
      'a phrase last is not a prefix',
      { given: 'dawn "quiet harbor"', want: q(['"dawn"', '"quiet harbor"']) },
    ],
    ['accents and case are folded', { given: 'Pokémon CAFÉ', want: q(['"pokemon"', '"cafe"*']) }],
    ['punctuation inside a word makes a phrase', { given: 'hurt/comfort', want: q(['"hurt comfort"*']) }],
    ['an apostrophe splits like the index does', { given: "don't", want: q(['"don t"*']) }],
    ['exclusion', { given: 'harbor -marmalade', want: q(['"harbor"'], ['"marmalade"']) }],
    ['several of each', { given: 'a b -c -"d e"', want: q(['"a"', '"b"'], ['"c"', '"d e"']) }],
    ['only exclusions', { given: '-marmalade -jam', want: q([], ['"marmalade"', '"jam"']) }],
    [
      'operators are words',
      { given: 'NOT harbor OR x AND', want: q(['"not"', '"harbor"', '"or"', '"x"', '"and"*']) },
    ],
    ['syntax characters vanish', { given: '* ^ : ( ) + "" -', want: q([]) }],
    ['column filters are plain text', { given: 'title:harbor', want: q(['"title harbor"*']) }],
    ['a stray quote', { given: 'harbor"', want: q(['"harbor"*']) }],
    ['prefix stars are dropped', { given: 'harb*', want: q(['"harb"*']) }],
    [
      'ten terms at most',
      {
        given: 'a b c d e f g h i j k l',
        want: q(['"a"', '"b"', '"c"', '"d"', '"e"', '"f"', '"g"', '"h"', '"i"', '"j"*']),
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(compileFtsQuery(given)).toEqual(want)
  })

  // A stand-in vocabulary: known words match as typed, a last partial word as a prefix.
  const corrections: Record<string, string[]> = { adison: ['addison'], sherlok: ['sherlock', 'sherlocks'] }
  const known = new Set(['holmes', 'harbor'])
  const resolve: ResolveWord = (token, last) => ({
    prefix: last && !known.has(token) && !(token in corrections),
    corrections: corrections[token] ?? [],
  })
  const resolved: [string, { given: string; want: FtsQuery }][] = [
    ['a word with corrections', { given: 'adison', want: q(['("adison" OR "addison")']) }],
    [
      'a middle word',
      { given: 'sherlok holmes', want: q(['("sherlok" OR "sherlock" OR "sherlocks")', '"holmes"']) },
    ],
    ['a known last word is not a prefix', { given: 'quiet harbor', want: q(['"quiet"', '"harbor"']) }],
    ['an unknown last word is', { given: 'quiet harb', want: q(['"quiet"', '"harb"*']) }],
    ['several tokens in one word are a prefix phrase', { given: 'hurt/comf', want: q(['"hurt comf"*']) }],
    ['phrases are not corrected', { given: '"adison"', want: q(['"adison"']) }],
    ['exclusions are not corrected', { given: 'x -adison', want: q(['"x"'], ['"adison"']) }],
  ]
  it.each(resolved)('resolved words: %s', (_name, { given, want }) => {
    expect(compileFtsQuery(given, resolve)).toEqual(want)
  })

  it('tells the resolver which word is last', () => {
    const seen: [string, boolean][] = []
    compileFtsQuery('one two', (token, last) => {
      seen.push([token, last])
      return { prefix: false, corrections: [] }
    })
    expect(seen).toEqual([
      ['one', false],
      ['two', true],
    ])
  })

  it('never produces an expression FTS5 rejects', () => {
    const db = new Database(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')")
    db.prepare('INSERT INTO t (a) VALUES (?)').run('the quiet harbor')
    const search = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck()
    const inputs = [
      '"',
      '""',
      '"a',
      'a"b"c',
      'AND',
      'OR',
      'NOT',
      'NEAR(a b)',
      'a:b',
      '{a b}:c',
      '^a',
      'a*b',
      '(',
      ')',
    ]
    const symbols = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~']
    for (const input of [
      ...inputs,
      ...symbols,
      ...symbols.map((s) => `harbor${s}quiet`),
      'ünï cödé 😀 日本語',
    ]) {
      const { required, excluded } = compileFtsQuery(input, (_t, last) => ({
        prefix: last,
        corrections: ['x'],
      }))
      for (const expression of [...required, ...excluded])
        expect(() => search.get(expression), input).not.toThrow()
    }
    db.close()
  })
})

function q(required: string[], excluded: string[] = []): FtsQuery {
  return { required, excluded }
}
