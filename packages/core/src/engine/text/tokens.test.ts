import { describe, expect, it } from 'vitest'
import { foldToken, tokenize, tokenSpans } from './tokens.js'

describe('tokens', () => {
  it('fold like unicode61 remove_diacritics 2', () => {
    expect(['Pokémon', 'Poke\u0301mon', 'İstanbul', 'ÆON', 'naïve'].map(foldToken)).toEqual([
      'pokemon',
      'pokemon',
      'istanbul',
      'æon',
      'naive',
    ])
  })
  it('split on punctuation, spaces and symbols', () => {
    expect(tokenize("Hurt/Comfort, don't 😀emoji 日本語")).toEqual([
      'hurt',
      'comfort',
      'don',
      't',
      'emoji',
      '日本語',
    ])
  })
})

describe('tokenSpans', () => {
  it('gives each token with its place in the original text', () => {
    expect(tokenSpans("Addison's café, 😀 ok")).toEqual([
      { token: 'addison', start: 0, end: 7 },
      { token: 's', start: 8, end: 9 },
      { token: 'cafe', start: 10, end: 14 },
      { token: 'ok', start: 19, end: 21 },
    ])
  })

  it('agrees with tokenize', () => {
    const text = 'Hurt/Comfort, Poke\u0301mon İstanbul naïve 日本語 x\u0301'
    expect(tokenSpans(text).map((s) => s.token)).toEqual(tokenize(text))
  })
})
