import { describe, expect, it } from 'vitest'
import { fixture } from '../../engine/contract/fixtures.js'
import type { Work } from '../../model/work.js'
import { adoptRecords, prepareRecords } from './packed-records.js'
import { prepareRecord, workRecord } from './work-record.js'

describe('prepareRecords and adoptRecords', () => {
  it('hand workRecord the records built on another thread, their bytes moved in one buffer', () => {
    const works = ['pk-2', 'pk-3', 'ga-1'].map(fixture)
    const { prepared, transfer } = prepareRecords(works)
    expect(transfer).toHaveLength(1)
    // As the records cross threads: cloned, with the one buffer moved.
    const arrived = structuredClone(prepared, { transfer })
    expect(prepared.bytes.byteLength).toBe(0)
    const copies = structuredClone(works)
    adoptRecords(copies, arrived)
    copies.forEach((copy, i) => {
      const record = workRecord(copy)
      expect(record.columns).toBe(arrived.records[i]?.columns)
      expect(Buffer.isBuffer(record.doc)).toBe(true)
      expect(record).toEqual(prepareRecord(works[i] as Work))
    })
    // A work no record was adopted for gets a new one.
    expect(workRecord(fixture('pk-4'))).toEqual(prepareRecord(fixture('pk-4')))
  })
})
