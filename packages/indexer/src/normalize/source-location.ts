/**
 * `SourceWork.source` is `path` or `path:LINE`; this splits it back for error reports and pruning.
 * @module
 */

export function splitSource(source: string): { path: string; line: number | undefined } {
  const match = /^(.*):(\d+)$/.exec(source)
  return match ? { path: match[1]!, line: Number(match[2]) } : { path: source, line: undefined }
}
