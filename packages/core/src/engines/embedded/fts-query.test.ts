import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { IN_METADATA, IN_TEXT } from './filter-tokens.js'
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
    ['one word is a prefix', { given: 'Harbor', want: q([t('"harbor"*')]) }],
    ['only the last word is a prefix', { given: 'quiet harbor', want: q([t('"quiet"'), t('"harbor"*')]) }],
    ['a phrase is exact', { given: '"quiet harbor"', want: q([t('"quiet harbor"')]) }],
    [
      'a phrase last is not a prefix',
      { given: 'dawn "quiet harbor"', want: q([t('"dawn"'), t('"quiet harbor"')]) },
    ],
    ['accents and case are folded', { given: 'Pokémon CAFÉ', want: q([t('"pokemon"'), t('"cafe"*')]) }],
    ['punctuation inside a word makes a phrase', { given: 'hurt/comfort', want: q([t('"hurt comfort"*')]) }],
    ['an apostrophe splits like the index does', { given: "don't", want: q([t('"don t"*')]) }],
    ['exclusion', { given: 'harbor -marmalade', want: q([t('"harbor"')], [t('"marmalade"')]) }],
    ['several of each', { given: 'a b -c -"d e"', want: q([t('"a"'), t('"b"')], [t('"c"'), t('"d e"')]) }],
    ['only exclusions', { given: '-marmalade -jam', want: q([], [t('"marmalade"'), t('"jam"')]) }],
    [
      'FTS5 operators other than OR are words',
      { given: 'NOT harbor AND', want: q([t('"not"'), t('"harbor"'), t('"and"*')]) },
    ],
    [
      'OR joins alternatives',
      { given: 'ferry OR catalina', want: q([`(${t('"ferry"')} OR ${t('"catalina"*')})`]) },
    ],
    ['syntax characters vanish', { given: '* ^ ( ) + "" -', want: q([]) }],
    ['a field confines a term to its column', { given: 'title:harbor', want: q(['title : "harbor"*']) }],
    [
      'author: is the authors column',
      { given: '-author:tamsin x', want: q([t('"x"*')], ['authors : "tamsin"']) },
    ],
    ['tag: is the tags column', { given: 'tag:"slow burn"', want: q(['tags : "slow burn"']) }],
    ['an unknown field is text', { given: 'notes:harbor', want: q([t('"notes harbor"*')]) }],
    ['prefix stars are dropped', { given: 'harb*', want: q([t('"harb"*')]) }],
    [
      'ten terms at most',
      {
        given: 'a b c d e f g h i j k l',
        want: q(['"a"', '"b"', '"c"', '"d"', '"e"', '"f"', '"g"', '"h"', '"i"', '"j"*'].map(t)),
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
      { given: 'adison', want: { ...q([t('("adison"* OR "addison")')]), exact: [t('"adison"*')] } },
    ],
    [
      'a middle word',
      {
        given: 'sherlok holmes',
        want: {
          ...q([t('("sherlok" OR "sherlock" OR "sherlocks")'), t('"holmes"*')]),
          exact: [t('"sherlok"'), t('"holmes"*')],
        },
      },
    ],
    ['several tokens in one word are a prefix phrase', { given: 'hurt/comf', want: q([t('"hurt comf"*')]) }],
    ['a covered prefix', { given: 'x h', want: q([t('"x"'), t('("h" OR "ha"* OR "he"*)')]) }],
    [
      'a correction among the covering terms is read once',
      { given: 'harbo', want: { ...q([t('("harbor" OR "hardo")')]), exact: [t('"harbor"')] } },
    ],
    ['a covering word not last is whole', { given: 'h x', want: q([t('"h"'), t('"x"*')]) }],
    ['phrases are not corrected', { given: '"adison"', want: q([t('"adison"')]) }],
    ['exclusions are not corrected', { given: 'x -adison', want: q([t('"x"')], [t('"adison"')]) }],
    [
      'an OR alternative is',
      {
        given: 'x OR adison',
        want: {
          ...q([`(${t('"x"')} OR ${t('("adison"* OR "addison")')})`]),
          exact: [`(${t('"x"')} OR ${t('"adison"*')})`],
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
    ['a ship name', { given: 'Addek', want: q([t('("addek"* OR "addison montgomery derek shepherd")')]) }],
    [
      'in a field',
      { given: 'tag:addek', want: q(['tags : ("addek"* OR "addison montgomery derek shepherd")']) },
    ],
    ['a phrase key', { given: '"mer der"', want: q([t('("mer der" OR "merder")')]) }],
    ['not when excluded', { given: 'x -addek', want: q([t('"x"')], [t('"addek"')]) }],
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

function t(expression: string): string {
  return `${IN_TEXT} ${expression}`
}

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
