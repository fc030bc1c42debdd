/**
 * The error raised when vocabulary data is invalid. It lists every problem found, each naming the file
 * and the entry, so one run shows a maintainer everything to fix.
 * @module
 */

export interface VocabularyIssue {
  /** The file as shown to people, e.g. `vocabulary/greys-anatomy.yaml`. */
  file: string
  /** Where in the file, e.g. `characters[12]`; empty for problems with the whole file. */
  path: string
  /** The entry's name, when it has one. */
  entry?: string
  message: string
}

/** Formats one issue as `file: path "entry": message`. */
export function formatIssue(issue: VocabularyIssue): string {
  const where = [issue.path, issue.entry === undefined ? '' : JSON.stringify(issue.entry)]
    .filter((part) => part !== '')
    .join(' ')
  return `${issue.file}: ${where === '' ? '' : `${where}: `}${issue.message}`
}

export class VocabularyError extends Error {
  override readonly name = 'VocabularyError'
  readonly issues: readonly VocabularyIssue[]

  constructor(issues: readonly VocabularyIssue[], options?: ErrorOptions) {
    const lines = issues.map(formatIssue)
    const head = issues.length === 1 ? 'invalid vocabulary' : `invalid vocabulary (${issues.length} problems)`
    super(`${head}:\n  ${lines.join('\n  ')}`, options)
    this.issues = issues
  }
}

/** Raised when a value cannot be resolved against the vocabulary where an answer is required. */
export class TagLookupError extends Error {
  override readonly name = 'TagLookupError'

  readonly kind: string
  readonly value: string

  constructor(kind: string, value: string, message: string) {
    super(message)
    this.kind = kind
    this.value = value
  }
}
