import { describe, expect, it } from 'vitest'
import type { IndexReport } from '../index-report.js'
import { rerunLines } from './rerun-summary.js'

const report = (over: Partial<IndexReport> = {}): IndexReport => ({
  files: 1,
  loaded: 1,
  unchanged: 0,
  pruned: 0,
  failed: [],
  byFormat: { '.md': 1 },
  ignored: [],
  unwrangled: 0,
  elapsedMs: 120,
  ...over,
})

const at = new Date('2025-01-02T03:04:05.678Z')

describe('rerunLines', () => {
  const cases: [name: string, changed: string[], given: IndexReport, want: string[]][] = [
    [
      'one file',
      ['corpus/a.md'],
      report(),
      ['2025-01-02T03:04:05Z corpus/a.md changed: loaded 1, unchanged 0, removed 0, failed 0 (0.1 s)'],
    ],
    [
      'several, with a removal and a failure',
      ['corpus/a.md', 'corpus/b.jsonl', 'corpus/old'],
      report({
        loaded: 0,
        unchanged: 2,
        pruned: 3,
        failed: [{ source: 'corpus/b.jsonl:2', reason: 'unknown key "x"' }],
      }),
      [
        '2025-01-02T03:04:05Z 3 paths changed: loaded 0, unchanged 2, removed 3, failed 1 (0.1 s)',
        'failed: corpus/b.jsonl:2: unknown key "x"',
      ],
    ],
  ]
  it.each(cases)('%s', (_name, changed, given, want) => {
    expect(rerunLines({ at, changed, report: given })).toEqual(want)
  })
})
