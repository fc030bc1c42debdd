import { describe, expect, it } from 'vitest'
import type { WorkSummary } from '../../model/work.js'
import {
  type ChangeEntry,
  changeLogIndexUid,
  changesPage,
  type LoggedWrite,
  logEntries,
  type StoredState,
} from './change-log.js'

const PUBLIC = 0
const RESTRICTED = 1
const HIDDEN = 2

const state = (rank: number, hash: string): StoredState => ({ rank, hash })
const put = (id: string, rank: number, hash: string): LoggedWrite => ({ id, next: state(rank, hash) })
const del = (id: string): LoggedWrite => ({ id, next: null })
const entry = (id: string, seq: number, rank: number | null, seenRank: number, hash = ''): ChangeEntry => ({
  id,
  seq,
  rank,
  seenRank,
  hash,
})

describe('logEntries', () => {
  const stored = new Map([
    ['a', state(PUBLIC, 'ha')],
    ['b', state(PUBLIC, 'hb')],
    ['h', state(HIDDEN, 'hh')],
  ])
  const logged = new Map([
    ['a', entry('a', 1, PUBLIC, PUBLIC, 'ha')],
    ['b', entry('b', 2, PUBLIC, PUBLIC, 'hb')],
    ['h', entry('h', 3, HIDDEN, HIDDEN, 'hh')],
  ])

  it.each<[name: string, writes: LoggedWrite[], want: ChangeEntry[]]>([
    ['a new work', [put('n', PUBLIC, 'hn')], [entry('n', 10, PUBLIC, PUBLIC, 'hn')]],
    ['an unchanged work logs nothing', [put('a', PUBLIC, 'ha')], []],
    ['a changed hash', [put('a', PUBLIC, 'ha2')], [entry('a', 10, PUBLIC, PUBLIC, 'ha2')]],
    [
      'hidden now: seen by the public before',
      [put('b', HIDDEN, 'hb')],
      [entry('b', 10, HIDDEN, PUBLIC, 'hb')],
    ],
    [
      'a work with no hash is always rewritten',
      [put('e', PUBLIC, ''), put('e', PUBLIC, '')],
      [entry('e', 10, PUBLIC, PUBLIC)],
    ],
    ['a deletion is a tombstone that keeps the seen rank', [del('a')], [entry('a', 10, null, PUBLIC)]],
    ['deleting what was never stored logs nothing', [del('x')], []],
    ['a hidden work deleted stays unseen by others', [del('h')], [entry('h', 10, null, HIDDEN)]],
    [
      'each id once, numbered in the order of its last write',
      [put('a', PUBLIC, 'ha2'), put('n', PUBLIC, 'hn'), del('a'), put('m', RESTRICTED, 'hm')],
      [
        entry('n', 10, PUBLIC, PUBLIC, 'hn'),
        entry('a', 11, null, PUBLIC),
        entry('m', 12, RESTRICTED, RESTRICTED, 'hm'),
      ],
    ],
    ['stored then deleted in one write', [put('n', PUBLIC, 'hn'), del('n')], [entry('n', 10, null, PUBLIC)]],
  ])('%s', (_name, writes, want) => {
    expect(logEntries(writes, stored, logged, 10)).toEqual(want)
  })

  it('takes the seen rank from the stored work when the log has no entry for it', () => {
    expect(
      logEntries([put('old', HIDDEN, 'h2')], new Map([['old', state(PUBLIC, 'h1')]]), new Map(), 1),
    ).toEqual([entry('old', 1, HIDDEN, PUBLIC, 'h2')])
  })
})

describe('changesPage', () => {
  const work = (id: string) => ({ id, title: id }) as WorkSummary
  const entries = [
    entry('a', 4, PUBLIC, PUBLIC, 'ha'),
    entry('b', 5, null, PUBLIC),
    entry('c', 7, HIDDEN, PUBLIC, 'hc'),
  ]

  it('lists the visible works as they are and the rest as tombstones, oldest first', () => {
    expect(changesPage(entries, new Map([['a', work('a')]]), 10)).toEqual({
      changes: [
        { seq: 4, id: 'a', deleted: false, work: work('a') },
        { seq: 5, id: 'b', deleted: true },
        { seq: 7, id: 'c', deleted: true },
      ],
      more: false,
    })
  })

  it('says there are more when the log held one past the limit', () => {
    const page = changesPage(entries, new Map(), 2)
    expect(page.changes.map((change) => change.seq)).toEqual([4, 5])
    expect(page.more).toBe(true)
  })
})

it('keeps the log beside its index', () => {
  expect(changeLogIndexUid('works')).toBe('works_changes')
  expect(() => changeLogIndexUid('x'.repeat(400))).toThrow(RangeError)
})
