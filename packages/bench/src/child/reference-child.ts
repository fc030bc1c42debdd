/**
 * Child process: loads the corpus with the minimal FTS5 loader (the reference row), in its own process
 * so its memory figure is its own, as each engine's is.
 * @module
 */
import { loadReference, type ReferenceLoad } from '../reference/fts5-loader.js'
import { maxRssBytes, serveOnce } from './child-side.js'

export interface ReferenceChildInput {
  corpusDir: string
  dbPath: string
}

export interface ReferenceChildResult extends ReferenceLoad {
  worksPerSecond: number
  peakRssBytes: number
}

await serveOnce(async (input: ReferenceChildInput): Promise<ReferenceChildResult> => {
  const load = loadReference(input.corpusDir, input.dbPath)
  return { ...load, worksPerSecond: (load.works * 1000) / load.ms, peakRssBytes: maxRssBytes() }
})
