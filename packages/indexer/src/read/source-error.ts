/**
 * The one error a reader or the normalizer raises for a bad source file. It always names the file (and the
 * line, for line-oriented formats) and says what is wrong, so a report can list it and move on.
 * @module
 */

/**
 * A source file (or one record in it) that cannot become a work.
 * @example
 * throw new SourceError('corpus/a.jsonl', 'invalid JSON: Unexpected token', 3)
 * // message: "corpus/a.jsonl:3: invalid JSON: Unexpected token"
 */
export class SourceError extends Error {
  override readonly name = 'SourceError'
  /** The file the problem was found in. */
  readonly path: string
  /** What is wrong, without the file name. */
  readonly reason: string
  /** 1-based line, for formats with one record per line. */
  readonly line: number | undefined

  constructor(path: string, reason: string, line?: number, options?: ErrorOptions) {
    const source = line === undefined ? path : `${path}:${line}`
    super(`${source}: ${reason}`, options)
    this.path = path
    this.reason = reason
    this.line = line
  }

  /** `path` or `path:line`, the same form as `SourceWork.source`. */
  get source(): string {
    return this.line === undefined ? this.path : `${this.path}:${this.line}`
  }
}
