/**
 * Sidecar metadata files: `story.yaml`, `story.yml` or `story.json` (also `story.txt.yaml` …) beside a
 * `story.txt` hold that text's metadata. They are not works themselves, so the walker skips them.
 * @module
 */
import { basename, dirname, extname, join } from 'node:path'

export const SIDECAR_EXTENSIONS = ['.yaml', '.yml', '.json'] as const

/** The candidate sidecar paths for a text file, in the order they are looked for. */
export function sidecarCandidates(textPath: string): string[] {
  const stem = join(dirname(textPath), basename(textPath, extname(textPath)))
  return SIDECAR_EXTENSIONS.flatMap((ext) => [`${stem}${ext}`, `${textPath}${ext}`])
}

/**
 * The `.txt` file a path would be the sidecar of, or null when its extension is not a sidecar's.
 * Returns `story.txt` for both `story.yaml` and `story.txt.yaml`.
 */
export function sidecarOwner(path: string): string | null {
  const ext = extname(path).toLowerCase()
  if (!(SIDECAR_EXTENSIONS as readonly string[]).includes(ext)) return null
  const stem = path.slice(0, -ext.length)
  return extname(stem).toLowerCase() === '.txt' ? stem : `${stem}.txt`
}
