import { describe, expect, it } from 'vitest'
import { QuerySyntaxError } from '../../engine/text/query-syntax.js'
import { meilisearchText } from './query-text.js'

describe('meilisearchText', () => {
  const cases: [string, ReturnType<typeof meilisearchText>][] = [
    ['', { q: '' }],
    ['quiet  harbor', { q: 'quiet harbor' }],
    ['"quiet harbor" -marmalade -"a jar"', { q: '"quiet harbor" -marmalade -"a jar"' }],
    ['hurt/comfort', { q: 'hurt/comfort' }],
    ['* ^', { q: '' }],
    ['title:ferry', { q: 'ferry', attributesToSearchOn: ['title'] }],
    ['author:tamsin -author:"x y"', { q: 'tamsin -"x y"', attributesToSearchOn: ['authors'] }],
    ['summary:"quiet harbor"', { q: '"quiet harbor"', attributesToSearchOn: ['summary'] }],
    [
      'tag:addek',
      { q: 'addek', attributesToSearchOn: ['fandoms', 'relationships', 'characters', 'eras', 'freeforms'] },
    ],
  ]
  it.each(cases)('%j', (given, want) => {
    expect(meilisearchText(given)).toEqual(want)
  })

  const refused: [string, RegExp, number][] = [
    ['ferry OR catalina', /OR is not supported/, 9],
    ['title:ferry catalina', /different fields/, 12],
    ['ferry title:catalina', /different fields/, 6],
    ['"ferry', /never closed/, 0],
  ]
  it.each(refused)('refuses %j', (given, message, position) => {
    const error = (() => {
      try {
        meilisearchText(given)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(QuerySyntaxError)
    expect((error as QuerySyntaxError).message).toMatch(message)
    expect((error as QuerySyntaxError).position).toBe(position)
  })
})
