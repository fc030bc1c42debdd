/**
 * Reads the vocabulary data files (`*.yaml`) from a directory, by default the package's own
 * `vocabulary/`, and builds a `Vocabulary` from them.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, YAMLParseError } from 'yaml'
import { createVocabulary, type VocabularySource } from './build-vocabulary.js'
import type { Vocabulary } from './vocabulary.js'
import { VocabularyError } from './vocabulary-error.js'

/** The vocabulary that ships with ficdex. */
export const DEFAULT_VOCABULARY_DIR = fileURLToPath(new URL('../../vocabulary/', import.meta.url))

/** Parses one file's YAML text; syntax errors become a `VocabularyError` naming the file and line. */
export function parseVocabularyFile(file: string, text: string): VocabularySource {
  try {
    return { file, data: parse(text, { prettyErrors: true }) as unknown }
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error
    const line = error.linePos?.[0]
    const at = line === undefined ? '' : `line ${line.line}`
    throw new VocabularyError([{ file, path: at, message: error.message.split('\n')[0]! }], { cause: error })
  }
}

/**
 * Loads every `*.yaml` file of a directory (in name order) as one vocabulary. Files are named in errors
 * as `<directory name>/<file>`, e.g. `vocabulary/greys-anatomy.yaml`. Reads synchronously: it runs once
 * at start-up, and callers keep the result.
 *
 * @example
 * const vocab = loadVocabulary()
 * wrangle(vocab, 'relationship', 'addek').canonical // 'Addison Montgomery/Derek Shepherd'
 */
export function loadVocabulary(dir: string = DEFAULT_VOCABULARY_DIR): Vocabulary {
  const label = basename(dir)
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
  return createVocabulary(
    files.map((name) => parseVocabularyFile(`${label}/${name}`, readFileSync(join(dir, name), 'utf8'))),
  )
}

let shipped: Vocabulary | undefined

/** The shipped vocabulary, loaded on first use and shared after. */
export function defaultVocabulary(): Vocabulary {
  shipped ??= loadVocabulary()
  return shipped
}
