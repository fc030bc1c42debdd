import { describe, expect, it } from 'vitest'
import { formatRelationship, splitRelationship } from './relationship-name.js'

describe('formatRelationship', () => {
  it.each([
    [['Derek Shepherd', 'Addison Montgomery'], 'romantic', 'Addison Montgomery/Derek Shepherd'],
    [['Spock', 'Leonard McCoy', 'James T. Kirk'], 'romantic', 'James T. Kirk/Leonard McCoy/Spock'],
    [['Meredith Grey', 'Cristina Yang'], 'platonic', 'Cristina Yang & Meredith Grey'],
    [['Émile Zola', 'Edith Keeler'], 'romantic', 'Edith Keeler/Émile Zola'],
  ] as const)('%j as %s → %j', (characters, type, want) => {
    expect(formatRelationship(characters, type)).toBe(want)
  })
})

describe('splitRelationship', () => {
  it.each([
    ['Addison/Derek', { type: 'romantic', parts: ['Addison', 'Derek'] }],
    [' A / B / C ', { type: 'romantic', parts: ['A', 'B', 'C'] }],
    ['Meredith & Cristina', { type: 'platonic', parts: ['Meredith', 'Cristina'] }],
    ['Addison x Derek', { type: 'romantic', parts: ['Addison', 'Derek'] }],
    ['Addison\uff0fDerek', { type: 'romantic', parts: ['Addison', 'Derek'] }],
    ['Addek', undefined],
    ['Maxwell', undefined],
    ['A/B & C', undefined],
    ['A/', undefined],
  ])('%j', (given, want) => {
    expect(splitRelationship(given)).toEqual(want)
  })
})
