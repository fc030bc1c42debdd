/**
 * The records of many works as they cross threads (see `work-preparers.ts`): every compressed document
 * and chapters in one buffer that is moved, not copied. A message spent ~75 µs on each buffer it carried,
 * more than compressing a document took; one moved buffer costs nothing measurable.
 * @module
 */
import type { Work } from '../../model/work.js'
import { adoptRecord, prepareRecord, type WorkRecord } from './work-record.js'

export interface PackedRecords {
  /** The records in the works' order, without their bytes. */
  records: Omit<WorkRecord, 'doc' | 'chapters'>[]
  /** Each record's document then its chapters, end to end. */
  bytes: Uint8Array
  /** The length of each piece of `bytes`, in order. */
  sizes: number[]
}

export function prepareRecords(works: readonly Work[]): { prepared: PackedRecords; transfer: ArrayBuffer[] } {
  const built = works.map(prepareRecord)
  const pieces = built.flatMap((record) => [record.doc, record.chapters])
  const sizes = pieces.map((piece) => piece.byteLength)
  // A buffer of its own, never a slice of Node's shared pool, since moving it detaches it here.
  const bytes = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0))
  let at = 0
  for (const piece of pieces) {
    bytes.set(piece, at)
    at += piece.byteLength
  }
  const records = built.map(({ doc: _doc, chapters: _chapters, ...rest }) => rest)
  return { prepared: { records, bytes, sizes }, transfer: [bytes.buffer] }
}

/** Lets the engine write each work's record as `prepareRecords` built it; the buffers share `bytes`. */
export function adoptRecords(works: readonly Work[], { records, bytes, sizes }: PackedRecords): void {
  let at = bytes.byteOffset
  const next = (size: number) => {
    const piece = Buffer.from(bytes.buffer, at, size)
    at += size
    return piece
  }
  works.forEach((work, i) => {
    const record = records[i]
    if (record === undefined) return
    adoptRecord(work, { ...record, doc: next(sizes[2 * i] ?? 0), chapters: next(sizes[2 * i + 1] ?? 0) })
  })
}
