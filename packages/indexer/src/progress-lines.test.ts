import { describe, expect, it } from 'vitest'
import type { IndexProgress } from './index-report.js'
import { createProgressLines, parseProgressLine } from './progress-lines.js'

const progress = (filesDone: number): IndexProgress => ({
  filesDone,
  filesTotal: 4,
  works: filesDone * 10,
  loaded: filesDone * 10,
  unchanged: 0,
  failed: 0,
})

describe('createProgressLines', () => {
  it('writes a progress line at most every 100 ms, and always the last one', () => {
    const lines: string[] = []
    let clock = 0
    const progressLines = createProgressLines(
      (line) => lines.push(line),
      () => clock,
    )
    clock = 500
    progressLines.update(progress(1))
    clock = 550
    progressLines.update(progress(2))
    clock = 1000
    progressLines.update(progress(3))
    progressLines.update(progress(4))
    progressLines.clear()
    expect(lines.map(parseProgressLine)).toEqual([
      { ...progress(1), elapsedMs: 500, etaMs: 1500 },
      { ...progress(3), elapsedMs: 1000, etaMs: 333 },
      { ...progress(4), elapsedMs: 1000, etaMs: 0 },
    ])
    expect(lines[0]).toMatch(/^progress \{"filesDone":1,/)
  })

  it('has no ETA before the first file is done', () => {
    const lines: string[] = []
    createProgressLines(
      (line) => lines.push(line),
      () => 0,
    ).update(progress(0))
    expect(parseProgressLine(lines[0] as string)?.etaMs).toBeNull()
  })
})

describe('parseProgressLine', () => {
  it.each(['indexing into embedded database x.db', 'loaded 3, unchanged 0', 'progress'])(
    'ignores %j',
    (line) => {
      expect(parseProgressLine(line)).toBeNull()
    },
  )
})
