/**
 * The errors every engine throws, whatever it runs on. Callers (the server, the CLI) branch on these
 * classes, never on an engine's own, so a new engine needs no change in them.
 * @module
 */

/** Something went wrong inside a search engine; `cause` keeps the original. */
export class SearchEngineError extends Error {
  override name = 'SearchEngineError'
}

/** The engine could not be reached, or did not answer in time: a later try may succeed. */
export class EngineUnavailableError extends SearchEngineError {
  override name = 'EngineUnavailableError'
}

/**
 * A search ran past its time budget and was stopped: the query costs too much for this server as it is
 * loaded now. A narrower search, or the same one later, may succeed.
 */
export class SearchTimeoutError extends EngineUnavailableError {
  override name = 'SearchTimeoutError'
  readonly budgetMs: number

  constructor(budgetMs: number) {
    super(`The search was stopped after its time budget of ${budgetMs} ms.`)
    this.budgetMs = budgetMs
  }
}

/** The index was written by an incompatible version of the engine: upgrade or rebuild it. */
export class SchemaVersionError extends SearchEngineError {
  override name = 'SchemaVersionError'
  readonly path: string
  readonly found: number
  readonly expected: number

  constructor(path: string, found: number, expected: number) {
    super(
      `${path} has schema version ${found}, this engine needs ${expected}: ` +
        'run `ficdex index --upgrade` (or rebuild the index)',
    )
    this.path = path
    this.found = found
    this.expected = expected
  }
}

/**
 * The index no longer carries the settings this engine was opened with: another process (another
 * version's indexer, say) changed them since. Searches may then differ from this version's; reopen
 * the engine with the version that wrote them, or open it once to apply its own.
 */
export class SettingsChangedError extends SearchEngineError {
  override name = 'SettingsChangedError'
}

/** A rebuild could not build or swap in the new index; the previous works stay live. */
export class RebuildError extends SearchEngineError {
  override name = 'RebuildError'
}
