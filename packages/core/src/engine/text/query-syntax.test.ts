import { describe, expect, it } from 'vitest'
import { parseTextQuery, QuerySyntaxError, type TextClause, type TextField } from './query-syntax.js'

/** A clause written compactly: `-` excludes, `"…"` is a phrase, `field:` scopes, `|` separates alternatives. */
function show(clauses: TextClause[]): string[] {
  return clauses.map(
    (clause) =>
      (clause.negated ? '-' : '') +
      clause.alternatives
        .map(
          (t) =>
            `${t.field ? `${t.field}:` : ''}${t.phrase ? `"${t.tokens.join(' ')}"` : t.tokens.join(' ')}`,
        )
        .join(' | '),
  )
}

describe('parseTextQuery', () => {
  const valid: [given: string, want: string[]][] = [
    ['', []],
    ['   ', []],
    ['harbor', ['harbor']],
    [' quiet  harbor ', ['quiet', 'harbor']],
    ['Pokémon CAFÉ', ['pokemon', 'cafe']],
    ['"quiet harbor"', ['"quiet harbor"']],
    ['the "quiet harbor" at dawn', ['the', '"quiet harbor"', 'at', 'dawn']],
    ['-angst', ['-angst']],
    ['-"major death"', ['-"major death"']],
    ['harbor -marmalade -jam', ['harbor', '-marmalade', '-jam']],
    ['a - b', ['a', 'b']],
    ['slow-burn', ['slow burn']],
    ['hurt/comfort', ['hurt comfort']],
    ["don't", ['don t']],
    ['harbor"x"', ['harbor', '"x"']],
    ['ferry OR catalina', ['ferry | catalina']],
    ['ferry OR catalina OR harbor', ['ferry | catalina | harbor']],
    ['quiet ferry OR catalina dawn', ['quiet', 'ferry | catalina', 'dawn']],
    ['"quiet harbor" OR ferry', ['"quiet harbor" | ferry']],
    ['ferry or catalina', ['ferry', 'or', 'catalina']],
    ['ferry Or catalina', ['ferry', 'or', 'catalina']],
    ['title:ferry', ['title:ferry']],
    ['TITLE:ferry', ['title:ferry']],
    ['author:tamsin', ['author:tamsin']],
    ['summary:"quiet harbor"', ['summary:"quiet harbor"']],
    ['tag:angst', ['tag:angst']],
    ['tag:hurt/comfort', ['tag:hurt comfort']],
    ['-tag:angst', ['-tag:angst']],
    ['-title:"the end"', ['-title:"the end"']],
    ['title:ferry OR summary:ferry', ['title:ferry | summary:ferry']],
    ['re:zero', ['re zero']],
    ['notes:harbor', ['notes harbor']],
    ['title:OR', ['title:or']],
    ['-OR', ['-or']],
    ['* ^ ( ) +', []],
    ['"" harbor', ['harbor']],
    ['harbor OR !!!', ['harbor']],
    ['a b c d e f g h i j k l', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']],
    ['a OR b OR c OR d OR e OR f OR g OR h OR i OR j OR k', ['a | b | c | d | e | f | g | h | i | j']],
    ['日本語 ünï', ['日本語', 'uni']],
  ]
  it.each(valid)('reads %j', (given, want) => {
    expect(show(parseTextQuery(given))).toEqual(want)
  })

  const malformed: [given: string, message: RegExp, position: number][] = [
    ['"quiet harbor', /quote is never closed/, 0],
    ['ferry "quiet', /quote is never closed/, 6],
    ['-"quiet', /quote is never closed/, 1],
    ['title:"quiet', /quote is never closed/, 6],
    ['OR ferry', /OR needs a term before it/, 0],
    ['ferry OR', /OR needs a term after it/, 6],
    ['ferry OR OR catalina', /OR needs a term before it/, 9],
    ['OR', /OR needs a term before it/, 0],
    ['title:', /nothing after "title:"/, 6],
    ['title: ferry', /nothing after "title:"/, 6],
    ['ferry author:', /nothing after "author:"/, 13],
    ['ferry OR -catalina', /cannot be excluded/, 9],
    ['-ferry OR catalina', /cannot be excluded/, 10],
  ]
  it.each(malformed)('refuses %j', (given, message, position) => {
    let thrown: unknown
    try {
      parseTextQuery(given)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(QuerySyntaxError)
    expect((thrown as QuerySyntaxError).message).toMatch(message)
    expect((thrown as QuerySyntaxError).position).toBe(position)
    expect((thrown as QuerySyntaxError).message).toContain(`at character ${position + 1}`)
  })

  it('keeps each term’s place, field and raw text', () => {
    const [clause] = parseTextQuery('  -title:"The End"')
    expect(clause).toEqual({
      negated: true,
      alternatives: [
        { text: 'The End', tokens: ['the', 'end'], phrase: true, field: 'title' as TextField, position: 2 },
      ],
    })
  })
})
