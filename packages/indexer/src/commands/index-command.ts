/**
 * `ficdex index <paths…>`: loads works from files and directories into the configured engine. Flags
 * and output only; the work is done by `indexPaths`.
 * @module
 */
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, describeEngine, engineConfig } from '../engine-config.js'
import { DEFAULT_BATCH_SIZE, indexPaths } from '../index-works.js'
import { openEngine } from '../open-engine.js'
import { createProgressBar, summaryLines } from '../progress.js'
import { READERS } from '../read/readers.js'
import { type CommandContext, EXIT } from './command-context.js'
import { findSharedSeed, SHARED_SEED } from './shared-seed.js'

export const INDEX_USAGE = `Usage: ficdex index <paths…> [--db FILE] [--prune] [--shared-seed] [--batch-size N]

Reads works from files and directories (recursively) and loads new and changed ones into the search
engine; works whose content is unchanged since the last run are skipped. Formats: ${Object.keys(READERS).join(' ')}
(see docs/formats.md). A bad file is reported and skipped; the others still load.

  --db FILE        embedded database file (default: $FICDEX_DB, else data/ficdex.db); its directory is created
  --prune          delete stored works whose source file is gone or no longer holds them
  --shared-seed    also index ../shared/corpus/no-anesthesia.txt beside the repository, when present
  --batch-size N   works per engine write (default ${DEFAULT_BATCH_SIZE})

Engine: Meilisearch when MEILISEARCH_URL is set (with MEILISEARCH_API_KEY, MEILISEARCH_INDEX),
otherwise the embedded SQLite database.
Exit code: 0 all loaded, 1 some sources failed (the rest loaded), 2 usage or configuration error,
3 the run could not complete.`

export async function runIndex(args: readonly string[], context: CommandContext): Promise<number> {
  let flags: ReturnType<typeof parseFlags>
  let config: ReturnType<typeof engineConfig>
  try {
    flags = parseFlags(args)
    if (flags.help) {
      context.stdout(INDEX_USAGE)
      return EXIT.ok
    }
    config = engineConfig(context.env ?? {}, { db: flags.db, cwd: context.cwd })
  } catch (error) {
    if (error instanceof ConfigError) context.stderr(`ficdex index: ${error.message}`)
    else context.stderr(`ficdex index: ${(error as Error).message}\n\n${INDEX_USAGE}`)
    return EXIT.usage
  }

  const paths = [...flags.paths]
  if (flags.sharedSeed) {
    const seed = await findSharedSeed()
    const shown = relative(context.cwd, seed ?? SHARED_SEED)
    if (seed) {
      paths.push(seed)
      context.stderr(`shared seed: also indexing ${shown}`)
    } else {
      context.stderr(`shared seed: ${shown} not found; skipped`)
    }
  }

  const engine = await openEngine(config)
  const bar = createProgressBar(context.progress ?? { write: () => {} })
  try {
    context.stderr(`indexing into ${describeEngine(config)}`)
    const report = await indexPaths(paths, engine, {
      cwd: context.cwd,
      prune: flags.prune,
      batchSize: flags.batchSize,
      onProgress: (progress) => bar.update(progress),
    })
    bar.clear()
    // The totals line is the result (stdout, for scripts); notes and failures go to stderr.
    const [totals, ...notes] = summaryLines(report, { prune: flags.prune })
    if (totals !== undefined) context.stdout(totals)
    for (const line of notes) context.stderr(line)
    return report.failed.length > 0 ? EXIT.someFailed : EXIT.ok
  } finally {
    bar.clear()
    await engine.close()
  }
}

function parseFlags(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      prune: { type: 'boolean', default: false },
      'shared-seed': { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  })
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size'])
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new Error(`--batch-size must be a whole number ≥ 1, not "${values['batch-size']}"`)
  }
  if (!values.help && positionals.length === 0 && !values['shared-seed']) {
    throw new Error('give at least one file or directory to index')
  }
  return {
    help: values.help,
    paths: positionals,
    db: values.db,
    prune: values.prune,
    sharedSeed: values['shared-seed'],
    batchSize,
  }
}
