import { describe, expect, it } from 'vitest'
import { CueCounter, confidence, mergeEvidence, saturate } from './cue-score.js'
import { WorkText } from './work-text.js'

describe('saturate and confidence', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [4, 3],
    [8, 4],
  ])('saturate(%i) = %d', (count, want) => {
    expect(saturate(count)).toBe(want)
  })

  it.each([
    [0, 1, 0],
    [1, 1, 0.5],
    [3, 1, 0.75],
    [2, 4, 0.333],
  ])('confidence(%d, %d) = %d', (score, half, want) => {
    expect(confidence(score, half)).toBe(want)
  })
})

describe('CueCounter', () => {
  const text = new WorkText(['The divorce papers. The divorce. Divorced, and her ex-husband left.'])

  it('scores weight times saturated count, strongest evidence first', () => {
    const result = new CueCounter(text).score([
      { phrase: 'the divorce', weight: 0.5 },
      { phrase: 'divorce papers', weight: 0.7 },
      { phrase: 'ex-wife', weight: 0.4 },
    ])
    expect(result.score).toBeCloseTo(0.5 * 2 + 0.7)
    expect(result.evidence).toEqual([
      { phrase: 'the divorce', count: 2 },
      { phrase: 'divorce papers', count: 1 },
    ])
    expect(result).toMatchObject({ distinct: 2, strongest: 0.7 })
  })

  it('counts a character cue by the character’s mentions', () => {
    const counter = new CueCounter(new WorkText(['Lexie laughed.']), new Map([['Lexie Grey', 3]]))
    expect(counter.count('Lexie Grey')).toBe(3)
    expect(counter.count('laughed')).toBe(1)
  })
})

describe('mergeEvidence', () => {
  it('keeps one entry per phrase with its highest count, in first-seen order', () => {
    expect(
      mergeEvidence(
        [
          { phrase: 'McDreamy', count: 1 },
          { phrase: 'Seattle', count: 4 },
        ],
        [{ phrase: 'McDreamy', count: 2 }],
      ),
    ).toEqual([
      { phrase: 'McDreamy', count: 2 },
      { phrase: 'Seattle', count: 4 },
    ])
  })
})
