/**
 * Indexing judged against the reference row, a minimal SQLite FTS5 loader of the same fields on the same
 * corpus in the same run: the rate as a share of the reference's (at least 0.8 of it with bodies, 0.5
 * metadata-only, where ficdex's own work per work weighs more against SQLite's) and the index size as a
 * multiple of the reference's (at most 1.5).
 * @module
 */
import type { BenchResult, ScalePoint } from '../benchmark.js'

export const RATE_SHARE = { bodies: 0.8, metadataOnly: 0.5 } as const
export const SIZE_FACTOR = 1.5

export interface ReferenceCheck {
  works: number
  bodies: boolean
  rate: number
  referenceRate: number
  /** The engine's rate over the reference's (higher is better). */
  rateShare: number
  rateTarget: number
  /** Index files on disk, null for an in-memory index; the reference's are always on disk. */
  size: number | null
  referenceSize: number
  /** The engine's index size over the reference's (lower is better); null for an in-memory index. */
  sizeFactor: number | null
  rateMet: boolean
  sizeMet: boolean | null
}

/** The embedded engine against the reference at one scale point, or undefined when either has no figure. */
export function checkAgainstReference(point: ScalePoint, engine = 'embedded'): ReferenceCheck | undefined {
  const reference = point.reference?.load
  const index = point.engines.find((run) => run.engine === engine)?.index
  if (!reference || !index) return undefined
  const rateShare = index.worksPerSecond / reference.worksPerSecond
  const rateTarget = point.bodies ? RATE_SHARE.bodies : RATE_SHARE.metadataOnly
  const sizeFactor = index.diskBytes === null ? null : index.diskBytes / reference.diskBytes
  return {
    works: point.works,
    bodies: point.bodies,
    rate: index.worksPerSecond,
    referenceRate: reference.worksPerSecond,
    rateShare,
    rateTarget,
    size: index.diskBytes,
    referenceSize: reference.diskBytes,
    sizeFactor,
    rateMet: rateShare >= rateTarget,
    sizeMet: sizeFactor === null ? null : sizeFactor <= SIZE_FACTOR,
  }
}

/** The embedded engine against the reference at every point of the run that has both figures. */
export function checkAllAgainstReference(result: BenchResult): ReferenceCheck[] {
  return result.points.map((point) => checkAgainstReference(point)).filter((check) => check !== undefined)
}
