import { describe, expect, it } from 'vitest'
import type { FileRead } from '../index-report.js'
import { WorkOwners } from './work-owners.js'

type Step = ['read', FileRead] | ['remove', string[]] | ['gone', string[]]

const read = (file: string, ids: string[], failed = false): Step => ['read', { file, ids, failed }]

/** Each case is a sequence of runs; a `gone` step checks (and takes) the ids no file yields any more. */
const cases: [name: string, steps: Step[]][] = [
  ['nothing is gone after a first run', [read('/c/a.jsonl', ['1', '2']), ['gone', []]]],
  [
    'a record removed from a file is gone',
    [read('/c/a.jsonl', ['1', '2']), read('/c/a.jsonl', ['1']), ['gone', ['2']]],
  ],
  [
    'a file that fails keeps its works',
    [read('/c/a.jsonl', ['1', '2']), read('/c/a.jsonl', ['1'], true), ['gone', []]],
  ],
  [
    'a deleted file takes its works along',
    [read('/c/a.md', ['a']), read('/c/b.md', ['b']), ['remove', ['/c/a.md']], ['gone', ['a']]],
  ],
  [
    'a deleted folder takes every file under it, and only those',
    [
      read('/c/x/a.md', ['a']),
      read('/c/x/y/b.md', ['b']),
      read('/c/xz.md', ['z']),
      ['remove', ['/c/x']],
      ['gone', ['a', 'b']],
    ],
  ],
  [
    'a work moved to another file read later in the same run stays',
    [read('/c/a.md', ['w']), read('/c/a.md', []), read('/c/b.md', ['w']), ['gone', []]],
  ],
  [
    'a work moved to another file read earlier stays, and deleting its old file does not take it',
    [
      read('/c/a.md', ['w']),
      read('/c/b.md', ['w']),
      read('/c/a.md', []),
      ['gone', []],
      ['remove', ['/c/a.md']],
      ['gone', []],
    ],
  ],
  [
    'gone ids are handed over once',
    [read('/c/a.md', ['a']), ['remove', ['/c/a.md']], ['gone', ['a']], ['gone', []]],
  ],
]

describe('WorkOwners', () => {
  it.each(cases)('%s', (_name, steps) => {
    const owners = new WorkOwners()
    for (const step of steps) {
      if (step[0] === 'read') owners.record(step[1])
      else if (step[0] === 'remove') owners.remove(step[1])
      else expect(owners.takeGone().sort()).toEqual(step[1])
    }
  })

  it('knows a path when a file it has seen is or lies under it', () => {
    const owners = new WorkOwners()
    owners.record({ file: '/c/x/a.md', ids: ['a'], failed: false })
    expect([
      owners.knows('/c/x/a.md'),
      owners.knows('/c/x'),
      owners.knows('/c/xa'),
      owners.knows('/d'),
    ]).toEqual([true, true, false, false])
  })
})
