/**
 * `ficdex index <paths…>`: loads works from files and directories into the configured engine, as an
 * incremental run, a full rebuild (`--rebuild`) or a watcher (`--watch`). Flags and output only; the work
 * is done by `indexPaths`, `rebuildPaths` and `watchIndex`.
 * @module
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  ConfigError,
  defaultVocabulary,
  describeEngine,
  type EngineConfig,
  engineConfig,
  openEngine,
  SchemaVersionError,
  type SearchEngine,
  upgradeEmbeddedDatabase,
} from '@ficdex/core'
import { DEFAULT_BATCH_SIZE, type IndexReport } from '../index-report.js'
import { indexPaths } from '../index-works.js'
import { createProgressBar, type ProgressBar, summaryLines } from '../progress.js'
import { createProgressLines } from '../progress-lines.js'
import { READERS } from '../read/readers.js'
import { rebuildPaths } from '../rebuild-works.js'
import { rerunLines } from '../watch/rerun-summary.js'
import { watchIndex } from '../watch/watch-index.js'
import { LARGEST_BATCH } from '../write-batch.js'
import { acquireWriterLock } from '../writer-lock.js'
import { type CommandContext, EXIT } from './command-context.js'
import { findSharedSeed, SHARED_SEED } from './shared-seed.js'

const PROGRESS_MODES = ['bar', 'lines', 'none'] as const
type ProgressMode = (typeof PROGRESS_MODES)[number]

export const INDEX_USAGE = `Usage: ficdex index <paths…> [--db FILE] [--prune | --rebuild [--allow-failures] | --watch]
                    [--shared-seed] [--batch-size N] [--progress bar|lines|none]
       ficdex index --upgrade [--db FILE] [<paths…>]

Reads works from files and directories (recursively) and loads new and changed ones into the search
engine; works whose content is unchanged since the last run are skipped. Formats: ${Object.keys(READERS).join(' ')}
(see docs/formats.md). A bad file is reported and skipped; the others still load.

  --db FILE          embedded database file (default: $FICDEX_DB, else data/ficdex.db); its directory is created
  --prune            delete stored works whose source file is gone or no longer holds them
  --rebuild          build a new index from the paths alone and swap it in at once: searches answer from
                     the old index until then, and an interrupted rebuild leaves it as it was. When a source
                     fails, the old index is kept (the new one would lack that file's works)
  --allow-failures   with --rebuild: swap in the works that did load even when some sources failed
  --watch            after the run, re-index changed files until Ctrl-C (works of deleted files are
                     deleted), one summary line per re-run
  --upgrade          first rewrite an embedded database written by an earlier version in this version's
                     schema, from the works it stores (no source file is read); alone, only that
  --shared-seed      also index ../shared/corpus/no-anesthesia.txt beside the repository, when present
  --batch-size N     works per engine write (default ${DEFAULT_BATCH_SIZE}; without --rebuild, up to
                     ${LARGEST_BATCH} as the index grows, fewer when their text is long)
  --progress MODE    bar: a progress bar with rate and ETA on a terminal (default); lines: a
                     \`progress {json}\` line on stderr at most every 100 ms (default when FICDEX_PROGRESS=lines);
                     none: no progress

Engine: Meilisearch when MEILISEARCH_URL is set (with MEILISEARCH_API_KEY, MEILISEARCH_INDEX),
otherwise the embedded SQLite database.
Exit code: 0 all loaded, 1 some sources failed (the rest loaded; a --rebuild kept the old index unless
--allow-failures), 2 usage or configuration error, 3 the run could not complete.`

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
    flags.progress ??= progressMode(context.env?.FICDEX_PROGRESS, 'FICDEX_PROGRESS')
  } catch (error) {
    if (error instanceof ConfigError) context.stderr(`ficdex index: ${error.message}`)
    else context.stderr(`ficdex index: ${(error as Error).message}\n\n${INDEX_USAGE}`)
    return EXIT.usage
  }

  if (flags.upgrade) {
    const upgraded = await upgrade(config, context)
    if (upgraded !== EXIT.ok || (flags.paths.length === 0 && !flags.sharedSeed)) return upgraded
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

  const release = config.kind === 'embedded' ? await writerLock(config.path, context) : undefined
  const engine = await openEngine(config, { vocabulary: defaultVocabulary() }).catch(
    async (error: unknown) => {
      await release?.()
      throw error
    },
  )
  const bar = progressBar(flags.progress ?? 'bar', context)
  const common = {
    cwd: context.cwd,
    batchSize: flags.batchSize,
    onProgress: (progress: Parameters<ProgressBar['update']>[0]) => bar.update(progress),
  }
  try {
    context.stderr(`${flags.rebuild ? 'rebuilding' : 'indexing into'} ${describeEngine(config)}`)
    if (flags.watch)
      return await watch(paths, engine, config, { ...common, prune: flags.prune }, bar, context)
    const report = flags.rebuild
      ? await rebuildPaths(paths, engine, { ...common, allowFailures: flags.allowFailures })
      : await indexPaths(paths, engine, { ...common, prune: flags.prune })
    printSummary(report, flags.prune, bar, context)
    return report.failed.length > 0 ? EXIT.someFailed : EXIT.ok
  } finally {
    bar.clear()
    await engine.close()
    await release?.()
  }
}

/** One indexer writes a database at a time; a second says whom it waits for, then waits its turn. */
async function writerLock(path: string, context: CommandContext): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true })
  return acquireWriterLock(path, {
    onWait: (pid) =>
      context.stderr(
        `waiting: another ficdex indexer (process ${pid}) is writing ${relative(context.cwd, path)}; this run starts when it is done`,
      ),
  })
}

function printSummary(report: IndexReport, prune: boolean, bar: ProgressBar, context: CommandContext): void {
  bar.clear()
  // The totals line is the result (stdout, for scripts); notes and failures go to stderr.
  const [totals, ...notes] = summaryLines(report, { prune })
  if (totals !== undefined) context.stdout(totals)
  for (const line of notes) context.stderr(line)
}

/** `--watch`: the first run, then one line per re-run until the process is interrupted. */
async function watch(
  paths: readonly string[],
  engine: SearchEngine,
  config: EngineConfig,
  options: Parameters<typeof watchIndex>[2],
  bar: ProgressBar,
  context: CommandContext,
): Promise<number> {
  const interrupted = context.untilInterrupted?.()
  if (!interrupted) throw new Error('--watch needs a process that can be interrupted')
  const watcher = await watchIndex(paths, engine, {
    ...options,
    // Its own writes must not look like changes to the sources.
    ignore:
      config.kind === 'embedded'
        ? [config.path, `${config.path}-wal`, `${config.path}-shm`, `${config.path}.writer.lock`]
        : [],
    onRerun: (rerun) => {
      const [line, ...failures] = rerunLines(rerun)
      if (line !== undefined) context.stdout(line)
      for (const failure of failures) context.stderr(failure)
    },
    onError: (error) => context.stderr(`watch: ${error.message}`),
  })
  printSummary(watcher.initial, Boolean(options?.prune), bar, context)
  const shown = paths.map((path) => relative(context.cwd, resolve(context.cwd, path)) || '.')
  context.stderr(`watching ${shown.join(', ')} for changes; Ctrl-C stops`)
  if (!interrupted.aborted)
    await new Promise((resolve) => interrupted.addEventListener('abort', resolve, { once: true }))
  await watcher.close()
  context.stderr('stopped watching')
  return EXIT.ok
}

async function upgrade(config: EngineConfig, context: CommandContext): Promise<number> {
  if (config.kind !== 'embedded') {
    context.stderr(
      "ficdex index: --upgrade applies to the embedded engine; a Meilisearch index takes this version's settings when opened",
    )
    return EXIT.usage
  }
  if (!existsSync(config.path)) {
    context.stderr(`nothing to upgrade: ${config.path} does not exist`)
    return EXIT.ok
  }
  try {
    const { from, to, works } = await upgradeEmbeddedDatabase(config.path)
    context.stderr(
      from === to
        ? `${config.path} is already at schema ${to}`
        : `upgraded ${config.path} from schema ${from} to ${to}: ${works} works, from the stored documents`,
    )
    return EXIT.ok
  } catch (error) {
    if (!(error instanceof SchemaVersionError)) throw error
    context.stderr(
      `ficdex index: cannot upgrade ${config.path}: ${error.message}; rebuild it from its sources`,
    )
    return EXIT.fatal
  }
}

function progressBar(mode: ProgressMode, context: CommandContext): ProgressBar {
  if (mode === 'lines') return createProgressLines(context.stderr)
  if (mode === 'none') return { update: () => {}, clear: () => {} }
  return createProgressBar(context.progress ?? { write: () => {} })
}

function progressMode(value: string | undefined, name: string): ProgressMode | undefined {
  if (value === undefined || value === '') return undefined
  if (!(PROGRESS_MODES as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${PROGRESS_MODES.join(', ')}, not "${value}"`)
  }
  return value as ProgressMode
}

function parseFlags(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      prune: { type: 'boolean', default: false },
      'shared-seed': { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      'allow-failures': { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      upgrade: { type: 'boolean', default: false },
      progress: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  })
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size'])
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) {
    throw new Error(`--batch-size must be a whole number ≥ 1, not "${values['batch-size']}"`)
  }
  if (!values.help && positionals.length === 0 && !values['shared-seed'] && !values.upgrade) {
    throw new Error('give at least one file or directory to index')
  }
  if (values.rebuild && values.watch) {
    throw new Error('--rebuild and --watch do not combine: rebuild first, then watch')
  }
  if (values['allow-failures'] && !values.rebuild)
    throw new Error('--allow-failures applies to --rebuild only')
  return {
    help: values.help,
    paths: positionals,
    db: values.db,
    prune: values.prune,
    sharedSeed: values['shared-seed'],
    batchSize,
    rebuild: values.rebuild,
    allowFailures: values['allow-failures'],
    watch: values.watch,
    upgrade: values.upgrade,
    progress: progressMode(values.progress, '--progress'),
  }
}
