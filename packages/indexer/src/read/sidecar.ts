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

/** `story` for `story.txt` (any letter case), else null. */
export function textStem(name: string): string | null {
  return extname(name).toLowerCase() === '.txt' ? name.slice(0, -4) : null
}

/** The stem of the `.txt` file a file would be the sidecar of: `story` for `story.yaml` and `story.txt.yaml`. */
export function sidecarStem(name: string): string | null {
  const ext = extname(name).toLowerCase()
  if (!(SIDECAR_EXTENSIONS as readonly string[]).includes(ext)) return null
  const stem = name.slice(0, -ext.length)
  return textStem(stem) ?? stem
}

/** Whether `name` is the sidecar of a `.txt` among `siblings` (names in the same directory). */
export function isSidecarAmong(name: string, siblings: Iterable<string>): boolean {
  const stem = sidecarStem(name)
  if (stem === null) return false
  for (const sibling of siblings) if (textStem(sibling) === stem) return true
  return false
}
