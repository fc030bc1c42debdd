/**
 * Plain-text works (`.txt`): one chapter, metadata from YAML front matter or from a sidecar file
 * (`story.yaml`, `story.yml`, `story.json`) beside it — not both.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { decodeText } from './decode-text.js'
import { parseYamlMapping, splitFrontMatter } from './front-matter.js'
import { describeFsError } from './fs-error.js'
import { parseJsonObject } from './json-object.js'
import { sidecarCandidates } from './sidecar.js'
import { SourceError } from './source-error.js'
import type { Reader, SourceWork } from './source-work.js'

export const readText: Reader = async (path, content) => {
  const { fields: frontMatter, body } = splitFrontMatter(decodeText(content), path)
  const sidecar = await readSidecar(path)
  if (frontMatter && sidecar) {
    throw new SourceError(path, `has both front matter and a sidecar (${sidecar.path}); keep one of them`)
  }
  const work: SourceWork = {
    source: path,
    fields: frontMatter ?? sidecar?.fields ?? {},
    chapters: [{ body: trimBlankLines(body) }],
  }
  return [work]
}

async function readSidecar(
  textPath: string,
): Promise<{ path: string; fields: Record<string, unknown> } | null> {
  const found: { path: string; text: string }[] = []
  for (const candidate of sidecarCandidates(textPath)) {
    try {
      found.push({ path: candidate, text: decodeText(await readFile(candidate)) })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new SourceError(candidate, describeFsError(error))
    }
  }
  const [sidecar, second] = found
  if (!sidecar) return null
  if (second) {
    throw new SourceError(
      textPath,
      `has more than one sidecar (${sidecar.path}, ${second.path}); keep one of them`,
    )
  }
  const fields =
    extname(sidecar.path).toLowerCase() === '.json'
      ? parseJsonObject(sidecar.text, sidecar.path, 'sidecar')
      : parseYamlMapping(sidecar.text, sidecar.path, 'sidecar')
  return { path: sidecar.path, fields }
}

/** Drops blank lines around the text; inner blank lines separate paragraphs and stay. */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd()
}
