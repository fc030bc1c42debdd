/**
 * Generates a synthetic corpus: `count` works streamed into JSONL files plus a `.manifest.json` that records
 * how it was made (written last, so its presence means the corpus is complete).
 * @module
 */
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type FreeformTags, loadFreeformTags } from './freeform-tags.js'
import { JsonlFiles } from './jsonl-files.js'
import { type GeneratedWork, generateWork } from './work-generator.js'
import { World } from './world.js'

export const GENERATOR_VERSION = 1
export const DEFAULT_WORKS_PER_FILE = 10_000
/** A dotfile, so that indexing the corpus directory skips it. */
export const MANIFEST_FILE = '.manifest.json'
const FILE_PREFIX = 'works'

export interface GenerateOptions {
  works: number
  seed: string
  /** False writes metadata only (no `body`/`text`), for corpora too large to index with text. */
  bodies?: boolean
  /** The AO3 freeform tag counts file; absent or missing means the built-in list. */
  freeformsPath?: string
}

export interface CorpusManifest {
  generator: 'ficdex-synthetic'
  version: number
  seed: string
  works: number
  bodies: boolean
  worksPerFile: number
  freeforms: { source: FreeformTags['source']; tags: number }
  files: string[]
}

/** The works of a corpus, one at a time, without writing anything. */
export function* generateWorks(options: GenerateOptions): Generator<GeneratedWork> {
  const world = new World(options.seed, loadFreeformTags(options.freeformsPath))
  for (let i = 0; i < options.works; i++) yield generateWork(world, i, options.bodies ?? true)
}

/**
 * Writes the corpus into `outDir` (created if needed; earlier `works-*.jsonl` files there are removed first,
 * so a smaller run never leaves stale files behind). Same options → byte-identical files.
 */
export async function generateCorpus(
  options: GenerateOptions & { outDir: string; worksPerFile?: number; onProgress?: (done: number) => void },
): Promise<CorpusManifest> {
  if (!Number.isInteger(options.works) || options.works < 0)
    throw new RangeError('works must be a whole number ≥ 0')
  const worksPerFile = options.worksPerFile ?? DEFAULT_WORKS_PER_FILE
  const freeforms = loadFreeformTags(options.freeformsPath)
  const world = new World(options.seed, freeforms)
  const bodies = options.bodies ?? true
  await removeEarlierOutput(options.outDir)
  const out = new JsonlFiles(options.outDir, FILE_PREFIX, worksPerFile)
  for (let i = 0; i < options.works; i++) {
    await out.write(generateWork(world, i, bodies))
    if ((i + 1) % 10_000 === 0) options.onProgress?.(i + 1)
  }
  await out.close()
  const manifest: CorpusManifest = {
    generator: 'ficdex-synthetic',
    version: GENERATOR_VERSION,
    seed: options.seed,
    works: options.works,
    bodies,
    worksPerFile,
    freeforms: { source: freeforms.source, tags: freeforms.names.length },
    files: out.files,
  }
  await writeFile(join(options.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

async function removeEarlierOutput(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  const ours = names.filter((name) => name === MANIFEST_FILE || /^works-\d+\.jsonl$/.test(name))
  await Promise.all(ours.map((name) => rm(join(dir, name))))
}
