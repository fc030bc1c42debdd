import { describe, expect, it } from 'vitest'
import type { IndexProgress, IndexReport } from './index-report.js'
import { createProgressBar, duration, progressLine, summaryLines } from './progress.js'

const progress = (over: Partial<IndexProgress> = {}): IndexProgress => ({
  filesDone: 50,
  filesTotal: 200,
  works: 1000,
  loaded: 900,
  unchanged: 100,
  failed: 0,
  ...over,
})

describe('progressLine', () => {
  const cases: [name: string, given: IndexProgress, elapsedMs: number, columns: number, want: string][] = [
    [
      'quarter done',
      progress(),
      2000,
      100,
      '[########----------------------] 50/200 files · 1,000 works · 500 works/s · ETA 6.0 s',
    ],
    [
      'with failures',
      progress({ filesDone: 200, failed: 3 }),
      4000,
      120,
      '[##############################] 200/200 files · 1,000 works · 250 works/s · ETA 0.0 s · 3 failed',
    ],
    [
      'nothing done yet',
      progress({ filesDone: 0, works: 0 }),
      0,
      100,
      '[------------------------------] 0/200 files · 0 works · 0 works/s · ETA …',
    ],
    [
      'narrow terminal drops the bar',
      progress(),
      2000,
      60,
      '50/200 files · 1,000 works · 500 works/s · ETA 6.0 s',
    ],
  ]
  it.each(cases)('%s', (_name, given, elapsed, columns, want) => {
    expect(progressLine(given, elapsed, columns)).toBe(want)
  })
})

describe('createProgressBar', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const written: string[] = []
    const bar = createProgressBar({ write: (text: string) => written.push(text), isTTY: false })
    bar.update(progress())
    bar.clear()
    expect(written).toEqual([])
  })

  it('redraws in place on a terminal, at most every 100 ms until the end, and clears', () => {
    const written: string[] = []
    let clock = 0
    const bar = createProgressBar(
      { write: (text: string) => written.push(text), isTTY: true, columns: 100 },
      () => clock,
    )
    bar.update(progress({ filesDone: 1 }))
    clock = 50
    bar.update(progress({ filesDone: 2 }))
    clock = 150
    bar.update(progress({ filesDone: 3 }))
    bar.update(progress({ filesDone: 200 }))
    bar.clear()
    expect(written).toHaveLength(4)
    expect(written[0]?.startsWith('\r\x1b[2K[')).toBe(true)
    expect(written[0]).toMatch(/\] 1\/200 files/)
    expect(written[1]).toMatch(/ 3\/200 files/)
    expect(written[2]).toMatch(/ 200\/200 files/)
    expect(written[3]).toBe('\r\x1b[2K')
  })
})

describe('summaryLines', () => {
  const report = (over: Partial<IndexReport> = {}): IndexReport => ({
    files: 4,
    loaded: 3,
    unchanged: 1,
    pruned: 0,
    failed: [],
    byFormat: { '.txt': 1, '.md': 3 },
    ignored: [],
    unwrangled: 0,
    elapsedMs: 420,
    ...over,
  })
  const cases: [name: string, given: IndexReport, prune: boolean, want: string[]][] = [
    ['all loaded', report(), false, ['loaded 3, unchanged 1, failed 0 (3 .md, 1 .txt; 0.4 s)']],
    [
      'with prune',
      report({ pruned: 2 }),
      true,
      ['loaded 3, unchanged 1, failed 0, pruned 2 (3 .md, 1 .txt; 0.4 s)'],
    ],
    [
      'nothing read',
      report({ loaded: 0, unchanged: 0, byFormat: {} }),
      false,
      ['loaded 0, unchanged 0, failed 0 (no works; 0.4 s)'],
    ],
    [
      'failures and ignored files',
      report({ failed: [{ source: 'a.jsonl:3', reason: 'invalid JSON' }], ignored: ['x.pdf'] }),
      false,
      [
        'loaded 3, unchanged 1, failed 1 (3 .md, 1 .txt; 0.4 s)',
        'ignored 1 file with no reader: x.pdf',
        'failed: a.jsonl:3: invalid JSON',
      ],
    ],
    [
      'unwrangled tags',
      report({ unwrangled: 3 }),
      false,
      [
        'loaded 3, unchanged 1, failed 0 (3 .md, 1 .txt; 0.4 s)',
        '3 unwrangled tags kept as written (see: ficdex tags report)',
      ],
    ],
    [
      'a rebuild swapped in',
      report({
        loaded: 4,
        unchanged: 0,
        pruned: 2,
        rebuild: { swapped: true, added: 1, changed: 1, same: 2, removed: 2 },
      }),
      true,
      ['rebuilt 4 works (1 new, 1 changed, 2 unchanged), removed 2, failed 0 (3 .md, 1 .txt; 0.4 s)'],
    ],
    [
      'a rebuild kept back by a failure',
      report({
        loaded: 4,
        unchanged: 0,
        failed: [{ source: 'b.md', reason: 'invalid YAML' }],
        rebuild: { swapped: false, added: 0, changed: 0, same: 4, removed: 0 },
      }),
      false,
      [
        'not rebuilt: failed 1, the previous index is unchanged (3 .md, 1 .txt; 0.4 s)',
        'fix the failures below, or rerun with --allow-failures to swap in the 4 good works',
        'failed: b.md: invalid YAML',
      ],
    ],
  ]
  it.each(cases)('%s', (_name, given, prune, want) => {
    expect(summaryLines(given, { prune })).toEqual(want)
  })
})

describe('duration', () => {
  it.each([
    [0.42, '0.4 s'],
    [12.4, '12 s'],
    [200, '3 min 20 s'],
    [3900, '1 h 5 min'],
  ])('%s s is %s', (seconds, want) => {
    expect(duration(seconds)).toBe(want)
  })
})
