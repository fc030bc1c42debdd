import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { IN_METADATA } from './filter-tokens.js'
import {
  compileFtsQuery,
  type FtsQuery,
  type PrefixCover,
  prefixLastWord,
  type ResolveWord,
  textSynonyms,
} from './fts-query.js'
import { SEARCH_COLUMNS } from './schema.js'

describe('compileFtsQuery', () => {
  const cases: [string, { given: string; want: Compiled }][] = [
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
      'FTS5 operators other than OR are words',
      { given: 'NOT harbor AND', want: q(['"not"', '"harbor"', '"and"*']) },
    ],
    ['OR joins alternatives', { given: 'ferry OR catalina', want: q([`("ferry" OR "catalina"*)`]) }],
    ['syntax characters vanish', { given: '* ^ ( ) + "" -', want: q([]) }],
    ['a field confines a term to its column', { given: 'title:harbor', want: q(['title : "harbor"*']) }],
    [
      'author: is the authors column',
      { given: '-author:tamsin x', want: q(['"x"*'], ['authors : "tamsin"']) },
    ],
    ['tag: is the tags column', { given: 'tag:"slow burn"', want: q(['tags : "slow burn"']) }],
    ['an unknown field is text', { given: 'notes:harbor', want: q(['"notes harbor"*']) }],
    ['prefix stars are dropped', { given: 'harb*', want: q(['"harb"*']) }],
    [
      'a word with a private-use character, as filter tokens are made of, keeps to the text columns',
      {
        given: 'x \u{f0001}',
        want: q(['"x"', '{title authors summary notes tags text} : "\u{f0001}"*']),
      },
    ],
    [
      'ten terms at most',
      {
        given: 'a b c d e f g h i j k l',
        want: q(['"a"', '"b"', '"c"', '"d"', '"e"', '"f"', '"g"', '"h"', '"i"', '"j"*']),
      },
    ],
  ]
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(withoutLeading(compileFtsQuery(given))).toEqual(want)
  })

  // A stand-in vocabulary: typo corrections for two words; the last word is always a prefix.
  const corrections: Record<string, string[]> = {
    adison: ['addison'],
    sherlok: ['sherlock', 'sherlocks'],
    harbo: ['harbor', 'hardo'],
  }
  const covers: Record<string, PrefixCover> = {
    h: { terms: ['h'], prefixes: ['ha', 'he'] },
    harbo: { terms: ['harbor'], prefixes: [] },
  }
  const resolve: ResolveWord = (token, last) => {
    const cover = last ? covers[token] : undefined
    return { prefix: last, corrections: corrections[token] ?? [], ...(cover ? { cover } : {}) }
  }
  const resolved: [string, { given: string; want: Compiled }][] = [
    [
      'a word with corrections, and the query without them',
      { given: 'adison', want: { ...q(['("adison"* OR "addison")']), exact: ['"adison"*'] } },
    ],
    [
      'a middle word',
      {
        given: 'sherlok holmes',
        want: {
          ...q(['("sherlok" OR "sherlock" OR "sherlocks")', '"holmes"*']),
          exact: ['"sherlok"', '"holmes"*'],
        },
      },
    ],
    ['several tokens in one word are a prefix phrase', { given: 'hurt/comf', want: q(['"hurt comf"*']) }],
    ['a covered prefix', { given: 'x h', want: q(['"x"', '("h" OR "ha"* OR "he"*)']) }],
    [
      'a correction among the covering terms is read once',
      { given: 'harbo', want: { ...q(['("harbor" OR "hardo")']), exact: ['"harbor"'] } },
    ],
    ['a covering word not last is whole', { given: 'h x', want: q(['"h"', '"x"*']) }],
    ['phrases are not corrected', { given: '"adison"', want: q(['"adison"']) }],
    ['exclusions are not corrected', { given: 'x -adison', want: q(['"x"'], ['"adison"']) }],
    [
      'an OR alternative is',
      {
        given: 'x OR adison',
        want: {
          ...q([`("x" OR ("adison"* OR "addison"))`]),
          exact: [`("x" OR "adison"*)`],
        },
      },
    ],
  ]
  it.each(resolved)('resolved words: %s', (_name, { given, want }) => {
    expect(withoutLeading(compileFtsQuery(given, resolve))).toEqual(want)
  })

  const alone: [string, string, boolean][] = [
    ['the only word', 'harbo', true],
    ['after another word', 'x harbo', false],
    ['with a word excluded', 'harbo -x', true],
    ['as an alternative to another word', 'x OR harbo', true],
  ]
  it.each(alone)('tells whether no other word is required with a word: %s', (_name, given, want) => {
    const asked: boolean[] = []
    compileFtsQuery(given, (token, last, alone) => {
      if (token === 'harbo') asked.push(alone)
      return { prefix: last, corrections: [] }
    })
    expect(asked).toEqual([want])
  })

  const synonyms = textSynonyms({ addek: ['addison montgomery/derek shepherd'], 'mer der': ['MerDer'] })
  const expanded: [string, { given: string; want: Compiled }][] = [
    ['a ship name', { given: 'Addek', want: q(['("addek"* OR "addison montgomery derek shepherd")']) }],
    [
      'in a field',
      { given: 'tag:addek', want: q(['tags : ("addek"* OR "addison montgomery derek shepherd")']) },
    ],
    ['a phrase key', { given: '"mer der"', want: q(['("mer der" OR "merder")']) }],
    ['not when excluded', { given: 'x -addek', want: q(['"x"'], ['"addek"']) }],
  ]
  it.each(expanded)('synonyms: %s', (_name, { given, want }) => {
    expect(withoutLeading(compileFtsQuery(given, prefixLastWord, synonyms))).toEqual(want)
  })

  const leading: [string, { given: string; want: string[] }][] = [
    ['no words', { given: '-marmalade', want: [] }],
    ['each word, in the metadata', { given: 'quiet harbor', want: [m('"quiet"'), m('"harbor"*')] }],
    ['a field keeps its column', { given: 'title:harbor x', want: ['title : "harbor"', m('"x"*')] }],
    ['without typo corrections', { given: 'adison', want: [m('"adison"*')] }],
  ]
  it.each(leading)('the leading works: %s', (_name, { given, want }) => {
    expect(compileFtsQuery(given, resolve).leading).toEqual(want)
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
    const columns = SEARCH_COLUMNS.map((c) => c.name)
    db.exec(
      `CREATE VIRTUAL TABLE t USING fts5(${columns.join(', ')}, tokenize = 'unicode61 remove_diacritics 2')`,
    )
    db.prepare('INSERT INTO t (title) VALUES (?)').run('the quiet harbor')
    const search = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck()
    const inputs = ['""', 'a"b"c', 'AND', 'NOT', 'NEAR(a b)', 'a:b', '{a b}:c', '^a', 'a*b', '(', ')']
    const symbols = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~']
    for (const input of [
      ...inputs,
      ...symbols.filter((s) => s !== '"'),
      ...symbols.filter((s) => s !== '"').map((s) => `harbor${s}quiet`),
      'ünï cödé 😀 日本語',
    ]) {
      const {
        required,
        excluded,
        exact = [],
        leading,
      } = compileFtsQuery(input, (_t, last) => ({
        prefix: last,
        corrections: ['x'],
      }))
      for (const expression of [...required, ...excluded, ...exact, ...leading])
        expect(() => search.get(expression), input).not.toThrow()
    }
    db.close()
  })
})

function m(expression: string): string {
  return `${IN_METADATA} ${expression}`
}

type Compiled = Omit<FtsQuery, 'leading'>

function withoutLeading({ leading: _, ...compiled }: FtsQuery): Compiled {
  return compiled
}

function q(required: string[], excluded: string[] = []): Compiled {
  return { required, excluded }
}
