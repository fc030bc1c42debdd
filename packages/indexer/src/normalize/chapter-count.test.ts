import { describe, expect, it } from 'vitest'
import { type ChapterCount, parseChapterCount, settleChapters } from './chapter-count.js'

describe('parseChapterCount', () => {
  const ok: [name: string, given: unknown, want: ChapterCount][] = [
    ['AO3 fraction', '2/5', { posted: 2, expected: 5 }],
    ['unknown total', '1/?', { posted: 1, expected: null }],
    ['finished', '5/5', { posted: 5, expected: 5 }],
    ['spaces', ' 3 / 10 ', { posted: 3, expected: 10 }],
    ['a bare number is the posted count', 4, { posted: 4, expected: null }],
    ['object', { posted: 2, expected: 3 }, { posted: 2, expected: 3 }],
    ['object with unknown total', { posted: 2, expected: '?' }, { posted: 2, expected: null }],
    ['object without total', { posted: 2 }, { posted: 2, expected: null }],
  ]
  it.each(ok)('%s', (_name, given, want) => {
    expect(parseChapterCount(given)).toEqual({ ok: true, value: want })
  })

  const bad: [name: string, given: unknown, problem: RegExp][] = [
    ['more posted than expected', '6/5', /more than/],
    ['zero posted', '0/5', /at least 1/],
    ['zero expected', { posted: 1, expected: 0 }, /at least 1/],
    ['words', 'two of five', /not a chapter count/],
    ['negative', -1, /at least 1/],
    ['unknown object key', { posted: 1, total: 2 }, /unknown key "total"/],
    ['posted as text', { posted: '1' }, /"posted" must be a number/],
    ['a list', [1, 2], /expected a chapter count/],
  ]
  it.each(bad)('rejects %s', (_name, given, problem) => {
    const result = parseChapterCount(given)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toMatch(problem)
  })
})

describe('settleChapters', () => {
  type Want = { chapters: ChapterCount; complete: boolean } | RegExp
  const cases: [
    name: string,
    stated: ChapterCount | undefined,
    complete: boolean | undefined,
    read: number,
    want: Want,
  ][] = [
    [
      'nothing stated: complete with the chapters read',
      undefined,
      undefined,
      3,
      { chapters: { posted: 3, expected: 3 }, complete: true },
    ],
    [
      'nothing read still counts one chapter',
      undefined,
      undefined,
      0,
      { chapters: { posted: 1, expected: 1 }, complete: true },
    ],
    [
      'in progress without a count',
      undefined,
      false,
      2,
      { chapters: { posted: 2, expected: null }, complete: false },
    ],
    [
      'complete without a count',
      undefined,
      true,
      2,
      { chapters: { posted: 2, expected: 2 }, complete: true },
    ],
    [
      'stated 2/5 is in progress',
      { posted: 2, expected: 5 },
      undefined,
      1,
      { chapters: { posted: 2, expected: 5 }, complete: false },
    ],
    [
      'stated 5/5 is complete',
      { posted: 5, expected: 5 },
      undefined,
      1,
      { chapters: { posted: 5, expected: 5 }, complete: true },
    ],
    [
      'stated 1/? is in progress',
      { posted: 1, expected: null },
      undefined,
      1,
      { chapters: { posted: 1, expected: null }, complete: false },
    ],
    [
      '1/? marked complete fixes the total',
      { posted: 1, expected: null },
      true,
      1,
      { chapters: { posted: 1, expected: 1 }, complete: true },
    ],
    ['2/5 marked complete contradicts', { posted: 2, expected: 5 }, true, 1, /only 2 of 5/],
    ['5/5 marked incomplete contradicts', { posted: 5, expected: 5 }, false, 5, /all 5 of 5/],
  ]
  it.each(cases)('%s', (_name, stated, complete, read, want) => {
    const result = settleChapters(stated, complete, read)
    if (want instanceof RegExp) expect(result).toEqual({ ok: false, problem: expect.stringMatching(want) })
    else expect(result).toEqual({ ok: true, value: want })
  })
})
