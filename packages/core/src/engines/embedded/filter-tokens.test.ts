import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { asPhrase, filterTokens, tagTokenText, visibilityToken } from './filter-tokens.js'

const db = new Database(':memory:')
db.exec(
  `CREATE VIRTUAL TABLE t USING fts5(filters, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`,
)
/** The tokens a work stores for one value, without its visibility's (the last). */
const tokensOf = (tagId: number, byAuthor: boolean): string =>
  filterTokens([tagId], [byAuthor ? 1 : 0], 0)
    .split(' ')
    .slice(0, -1)
    .join(' ')
const visibilityOf = (rank: number): string => filterTokens([], [], rank)
const tagToken = (tagId: number): string => asPhrase(tagTokenText(tagId))
const authorTagToken = (tagId: number): string => asPhrase(tagTokenText(tagId, true))

describe('filter tokens', () => {
  it.each([
    { tagId: 1, codePoints: 1 },
    { tagId: 65_533, codePoints: 1 },
    { tagId: 65_534, codePoints: 6 },
    { tagId: 2_500_000, codePoints: 8 },
  ])(
    'tag $tagId: the token stored and the phrase a filter asks for agree ($codePoints code points)',
    ({ tagId, codePoints }) => {
      const [tag, author, ...rest] = tokensOf(tagId, true).split(' ')
      expect(rest).toEqual([])
      expect(asPhrase(tag as string)).toBe(tagToken(tagId))
      expect(asPhrase(author as string)).toBe(authorTagToken(tagId))
      expect([...(tag as string)]).toHaveLength(codePoints)
      expect(tag).not.toBe(author)
      expect(tokensOf(tagId, false)).toBe(tag)
    },
  )

  it("stores a work's values in their order, each author-only one after its own, then its visibility", () => {
    expect(filterTokens([7, 70_000, 9], [0, 1, 1], 2).split(' ')).toEqual(
      [
        tagToken(7),
        tagToken(70_000),
        authorTagToken(70_000),
        tagToken(9),
        authorTagToken(9),
        visibilityToken(2),
      ].map((phrase) => phrase.slice(1, -1)),
    )
  })

  it('spells each visibility rank as one code point, stored as in a query', () => {
    for (const rank of [0, 1, 2, 3]) {
      const stored = visibilityOf(rank)
      expect(asPhrase(stored)).toBe(visibilityToken(rank))
      expect([...stored]).toHaveLength(1)
    }
  })

  it('keeps every token whole through the tokenizer, and no two values share one', () => {
    const ids = [1, 2, 65_533, 65_534, 65_535, 1_000_000]
    const values = ids.flatMap((id) => tokensOf(id, true).split(' '))
    const ranks = [0, 1, 2, 3].map(visibilityOf)
    const insert = db.prepare('INSERT INTO t (rowid, filters) VALUES (?, ?)')
    for (const [i, value] of [...values, ...ranks].entries()) insert.run(i + 1, value)
    const matches = (token: string) => db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck().all(token)
    ids.forEach((id, i) => {
      expect(matches(tagToken(id))).toEqual([2 * i + 1])
      expect(matches(authorTagToken(id))).toEqual([2 * i + 2])
    })
    ;[0, 1, 2, 3].forEach((rank) => {
      expect(matches(visibilityToken(rank))).toEqual([values.length + rank + 1])
    })
  })
})
