import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS } from '../../engine/contract/fixtures.js'
import { parseQuery, type Scope } from '../../model/query.js'
import type { Visibility } from '../../model/work.js'
import { openDatabase } from './connection.js'
import { DataVersion } from './data-version.js'
import { compileFtsQuery } from './fts-query.js'
import { type EmbeddedEngine, openEmbeddedEngine } from './index.js'
import { readInStep, Vocabulary } from './vocabulary.js'

/** How query words resolve against the index of the fixture works. */
describe('Vocabulary (prefixes and typo corrections from the index)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ficdex-vocabulary-'))
  const path = join(dir, 'works.db')
  let engine: EmbeddedEngine
  let db: Database.Database
  let vocabulary: Vocabulary

  beforeAll(async () => {
    engine = openEmbeddedEngine({ path })
    await engine.upsert(FIXTURE_WORKS)
    db = openDatabase(path)
    vocabulary = new Vocabulary(db, new DataVersion(db))
  })
  afterAll(async () => {
    db.close()
    await engine.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const cases: [string, { text: string; want: string[] }][] = [
    // Both as the one term they start (see below for when FTS5 expands the prefix instead).
    ['a whole last word also matches as a prefix', { text: 'harbor', want: ['"harbor"'] }],
    ['a partial last word matches as a prefix', { text: 'harbo', want: ['"harbor"'] }],
    ['a last word of up to four letters reads its prefix postings', { text: 'harb', want: ['"harb"*'] }],
    ['a misspelt word gets its corrections', { text: 'Adison', want: ['("adison"* OR "addison")'] }],
    ['two typos from nine letters', { text: 'lighthose', want: ['("lighthose"* OR "lighthouse")'] }],
    [
      'a word that is not last is corrected too',
      { text: 'marmelade jar', want: ['("marmelade" OR "marmalade")', '"jar"*'] },
    ],
    ['no typo in four letters', { text: 'Msty', want: ['"msty"*'] }],
    ['none on the first letter', { text: 'Eddison', want: ['"eddison"*'] }],
  ]
  it.each(cases)('%s', (_name, { text, want }) => {
    expect(compileFtsQuery(text, vocabulary.resolverFor('all')).required).toEqual(want)
  })

  it('covers a one-letter last word with its whole terms and the two-letter prefixes it starts', () => {
    const resolve = vocabulary.resolverFor('all')
    const prefixes = ['ad', 'af', 'ag', 'al', 'an', 'ar', 'as', 'at', 'aw']
    expect(resolve('a', true, true).cover).toEqual({ terms: ['a'], prefixes })
    expect(compileFtsQuery('a', resolve).required).toEqual([
      `(${['"a"', ...prefixes.map((p) => `"${p}"*`)].join(' OR ')})`,
    ])
    expect(resolve('a', false, true).cover).toBeUndefined()
    expect(compileFtsQuery('z', resolve).required).toEqual(['"z"*'])
  })

  const rowids = (expression: string) =>
    db
      .prepare('SELECT rowid FROM work_search WHERE work_search MATCH ? ORDER BY rowid')
      .pluck()
      .all(expression)

  it.each([...'abcdefghijklmnopqrstuvwxyz'])(
    'a covered %j finds what FTS5 finds for its prefix',
    (letter) => {
      const [covered] = compileFtsQuery(letter, vocabulary.resolverFor('all')).required
      expect(rowids(covered as string)).toEqual(rowids(`"${letter}"*`))
    },
  )

  describe('a last word longer than the prefixes the index keeps', () => {
    // Five letters: "quill" starts 17 terms, "zorbe" three, "vexon" one. Typo corrections aside (they
    // are the query's `exact` form without them), the word matches what its prefix matches.
    const words = [...'abcdefghijklmnopq'].map((letter) => `quill${letter}`)
    const body = [...words, 'zorbea', 'zorbeas', 'zorbeo', 'vexonr'].join(' ')
    beforeAll(() => engine.upsert([{ ...FIXTURE_WORKS[0]!, id: 'quills', text: [{ body }] }]))
    afterAll(() => engine.delete(['quills']))
    const uncorrected = (text: string) => {
      const query = compileFtsQuery(text, vocabulary.resolverFor('all'))
      return (query.exact ?? query.required)[0]
    }

    const cases: [string, string, string][] = [
      ['few terms: matched as those whole terms', 'zorbe', '("zorbea" OR "zorbeas" OR "zorbeo")'],
      ['more than 16: left to FTS5', 'quill', '"quill"*'],
      ['one term', 'vexon', '"vexonr"'],
      ['no term', 'vexoz', '"vexoz"*'],
    ]
    it.each(cases)('%s: %j', (_name, word, want) => {
      const compiled = uncorrected(word)
      expect(compiled).toEqual(want)
      expect(rowids(compiled as string)).toEqual(rowids(`"${word}"*`))
    })

    it('but not when it is not the last word', () => {
      expect(uncorrected('zorbe harbour')).toEqual('"zorbe"')
    })

    it('more than 16 rare ones are left to FTS5 after another word too', () => {
      const compiled = compileFtsQuery('harbour quill', vocabulary.resolverFor('all'))
      expect((compiled.exact ?? compiled.required)[1]).toEqual('"quill"*')
    })
  })

  const inStep: [string, number, number, boolean, boolean][] = [
    ['16 terms, alone', 16, 16, true, true],
    ['17 terms, alone, however common', 17, 10_000_000, true, false],
    ['31 common terms after another word', 31, 92_915, false, true],
    ['59 rarer terms after another word', 59, 43_725, false, false],
    ['65 terms after another word, however common', 65, 10_000_000, false, false],
  ]
  it.each(inStep)('reads a last word in step as whole terms: %s', (_name, count, works, alone, want) => {
    expect(readInStep(count, works, alone)).toBe(want)
  })

  it('corrects a word whatever other works hold: "harbor" is "harbour" too, where "harbor" is indexed', async () => {
    await engine.upsert([{ ...FIXTURE_WORKS[0]!, id: 'harbour', text: [{ body: 'The harbour lights.' }] }])
    expect(vocabulary.resolverFor('all')('harbor', false, true).corrections).toContain('harbour')
    await engine.delete(['harbour'])
  })

  const suggestions: [string, string[]][] = [
    ['marmelade', ['marmalade']],
    ['harbor', []],
    ['zzzzzz', []],
  ]
  it.each(suggestions)('suggests for %j: %j', (word, want) => {
    expect(vocabulary.suggesterFor('all')(word).slice(0, want.length)).toEqual(want)
  })

  it('finds works through a corrected word', async () => {
    const result = await engine.search(parseQuery({ text: 'Adison' }))
    expect(result.hits.map((h) => h.work.id).sort()).toEqual(['ga-1', 'ga-2', 'ga-3', 'sh-4'])
  })

  const scoped: [Scope, string[]][] = [
    ['public', ['lanternfish']],
    ['members', ['lanternfish', 'glassfish']],
    ['all', ['lanternfish', 'glassfish', 'ghostfish']],
  ]
  it.each(scoped)(
    'corrects and suggests, in scope %s, only words of works it sees: %j',
    async (scope, seen) => {
      const words = { public: 'lanternfish', restricted: 'glassfish', hidden: 'ghostfish' } as const
      await engine.upsert(
        Object.entries(words).map(([visibility, word]) => ({
          ...FIXTURE_WORKS[0]!,
          id: `fish-${visibility}`,
          visibility: visibility as Visibility,
          text: [{ body: `A ${word}.` }],
        })),
      )
      const typed = { lanternfish: 'lanternfesh', glassfish: 'glassfesh', ghostfish: 'ghostfesh' }
      for (const [word, typo] of Object.entries(typed)) {
        const want = seen.includes(word) ? [word] : []
        expect(vocabulary.resolverFor(scope)(typo, false, true).corrections, word).toEqual(want)
        expect(vocabulary.suggesterFor(scope)(typo), word).toEqual(want)
      }
      await engine.delete(Object.keys(words).map((visibility) => `fish-${visibility}`))
    },
  )

  it("keeps a word's match until the works change, apart for each scope", async () => {
    const hidden = { ...FIXTURE_WORKS[0]!, id: 'fish-hidden', visibility: 'hidden' as const }
    await engine.upsert([{ ...hidden, text: [{ body: 'A ghostfish.' }] }])
    const kept = vocabulary.resolverFor('all')('ghostfesh', false, true)
    expect(kept.corrections).toEqual(['ghostfish'])
    expect(vocabulary.resolverFor('public')('ghostfesh', false, true).corrections).toEqual([])
    expect(vocabulary.resolverFor('all')('ghostfesh', false, true)).toBe(kept)
    await engine.delete([hidden.id])
    expect(vocabulary.resolverFor('all')('ghostfesh', false, true).corrections).toEqual([])
  })

  it('sees words added after it was created', async () => {
    expect(vocabulary.resolverFor('all')('tidepool', false, true)).not.toMatchObject({
      corrections: ['tidepools'],
    })
    await engine.upsert([{ ...FIXTURE_WORKS[0]!, id: 'extra', text: [{ body: 'Tidepools at dusk.' }] }])
    expect(vocabulary.resolverFor('all')('tidepool', false, true)).toEqual({
      prefix: false,
      corrections: ['tidepools'],
    })
    expect(vocabulary.resolverFor('all')('tidep', true, true)).toMatchObject({ prefix: true })
  })
})
