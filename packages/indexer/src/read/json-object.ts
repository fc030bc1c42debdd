/**
 * Parsing JSON that must hold one object (a sidecar, one JSONL line) with errors that say so.
 * @module
 */
import { describe } from './front-matter.js'
import { SourceError } from './source-error.js'

/** Parses `text` as JSON, naming `what` and `line` in errors. */
export function parseJson(text: string, path: string, what: string, line?: number): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SourceError(path, `invalid JSON in ${what}: ${(error as Error).message}`, line)
  }
}

export function parseJsonObject(
  text: string,
  path: string,
  what: string,
  line?: number,
): Record<string, unknown> {
  return expectObject(parseJson(text, path, what, line), path, what, line)
}

export function expectObject(
  value: unknown,
  path: string,
  what: string,
  line?: number,
): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SourceError(path, `${what} must be a JSON object, not ${describe(value)}`, line)
  }
  return value as Record<string, unknown>
}
