/**
 * Benchmark corpora, generated once per (seed, size, bodies) and kept under the cache directory: a
 * 100k-work corpus with bodies takes a minute or two to write and is reused by later runs.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  type CorpusManifest,
  GENERATOR_VERSION,
  generateCorpus,
  MANIFEST_FILE,
} from '@ficdex/indexer/generate'

/** Small files keep the indexer's per-file memory (it reads a file whole) independent of corpus size. */
export const BENCH_WORKS_PER_FILE = 1_000

export interface CorpusSpec {
  works: number
  seed: string
  bodies: boolean
}

export interface Corpus extends CorpusSpec {
  dir: string
  /** Time spent generating it in this run, or null when it was cached. */
  generatedMs: number | null
}

export async function ensureCorpus(
  cacheDir: string,
  spec: CorpusSpec,
  freeformsPath: string,
): Promise<Corpus> {
  const dir = join(
    cacheDir,
    'corpora',
    `v${GENERATOR_VERSION}-seed${spec.seed}-${spec.works}-${spec.bodies ? 'bodies' : 'meta'}`,
  )
  const existing = await readFile(join(dir, MANIFEST_FILE), 'utf8')
    .then((text) => JSON.parse(text) as CorpusManifest)
    .catch(() => undefined)
  if (
    existing &&
    existing.works === spec.works &&
    existing.bodies === spec.bodies &&
    existing.seed === spec.seed
  ) {
    return { ...spec, dir, generatedMs: null }
  }
  const started = performance.now()
  await generateCorpus({ ...spec, outDir: dir, worksPerFile: BENCH_WORKS_PER_FILE, freeformsPath })
  return { ...spec, dir, generatedMs: performance.now() - started }
}
