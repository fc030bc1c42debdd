/**
 * Writes a set of changes through any engine, the one way every writer does it: at once where the
 * engine offers `apply`, else as an upsert then a delete (readers may briefly see both).
 * @module
 */
import type { SearchEngine, WorkChanges } from './search-engine.js'

/** Whether `applyChanges` writes at once on this engine, so readers see all of a set or none. */
export const appliesAtOnce = (engine: SearchEngine): boolean => engine.apply !== undefined

export async function applyChanges(engine: SearchEngine, changes: WorkChanges): Promise<void> {
  if (engine.apply) return engine.apply(changes)
  await engine.upsert(changes.upsert)
  await engine.delete(changes.delete)
}
