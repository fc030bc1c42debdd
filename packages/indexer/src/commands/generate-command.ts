/**
 * `ficdex generate`: writes a deterministic synthetic corpus of JSONL works for tests and benchmarks.
 * Flags are parsed here; the work is done by the generator library.
 * @module
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_WORKS_PER_FILE, generateCorpus } from '../generate/index.js'
import { type CommandContext, EXIT } from './command-context.js'

/** AO3's freeform tag counts, looked for beside the repository (`../shared/data`). */
export const DEFAULT_FREEFORMS = fileURLToPath(
  new URL('../../../../../shared/data/ao3-freeform-tags-2016.json', import.meta.url),
)

export const GENERATE_USAGE = `Usage: ficdex generate --works N [--seed S] [--out DIR] [--no-bodies] [--per-file N] [--freeforms FILE]

Writes N synthetic works as JSONL files (works-00000.jsonl, …) into DIR (default data/synthetic/<seed>-<N>).
The same seed and options always give byte-identical files.

  --works N          number of works (required)
  --seed S           any string (default 1)
  --out DIR          output directory; earlier works-*.jsonl files in it are replaced
  --no-bodies        metadata only: no story text (for very large corpora)
  --per-file N       works per file (default ${DEFAULT_WORKS_PER_FILE})
  --freeforms FILE   AO3 freeform tag counts (default ../shared/data/ao3-freeform-tags-2016.json);
                     when absent a short built-in list is used`

/** Runs the command; returns the process exit code (2 for bad usage). */
export async function runGenerate(args: readonly string[], context: CommandContext): Promise<number> {
  let flags: ReturnType<typeof parseFlags>
  try {
    flags = parseFlags(args)
  } catch (error) {
    context.stderr(`${(error as Error).message}\n\n${GENERATE_USAGE}`)
    return EXIT.usage
  }
  if (flags.help) {
    context.stdout(GENERATE_USAGE)
    return EXIT.ok
  }
  const outDir = resolve(context.cwd, flags.out ?? `data/synthetic/${flags.seed}-${flags.works}`)
  const freeformsPath =
    flags.freeforms === undefined ? DEFAULT_FREEFORMS : resolve(context.cwd, flags.freeforms)
  const started = performance.now()
  const manifest = await generateCorpus({
    works: flags.works,
    seed: flags.seed,
    bodies: flags.bodies,
    outDir,
    worksPerFile: flags.perFile,
    freeformsPath,
    onProgress: (done) =>
      context.stderr(`generated ${done.toLocaleString('en')} of ${flags.works.toLocaleString('en')} works`),
  })
  if (manifest.freeforms.source === 'builtin') {
    context.stderr(
      `note: ${freeformsPath} not found; used the built-in list of ${manifest.freeforms.tags} freeform tags`,
    )
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  context.stdout(
    `wrote ${manifest.works} works (seed ${manifest.seed}, ${manifest.bodies ? 'with bodies' : 'metadata only'}) ` +
      `in ${manifest.files.length} files to ${outDir} in ${seconds} s`,
  )
  return EXIT.ok
}

function parseFlags(args: readonly string[]) {
  const { values } = parseArgs({
    args: [...args],
    options: {
      works: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'no-bodies': { type: 'boolean', default: false },
      'per-file': { type: 'string' },
      freeforms: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return { help: true as const, works: 0, seed: '', bodies: true, perFile: 0 }
  if (values.works === undefined) throw new Error('--works is required')
  return {
    help: false as const,
    works: positiveInteger(values.works, '--works', 0),
    seed: values.seed,
    out: values.out,
    bodies: !values['no-bodies'],
    perFile:
      values['per-file'] === undefined
        ? DEFAULT_WORKS_PER_FILE
        : positiveInteger(values['per-file'], '--per-file', 1),
    freeforms: values.freeforms,
  }
}

function positiveInteger(text: string, flag: string, min: number): number {
  const value = Number(text.replaceAll('_', ''))
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${flag} must be a whole number ≥ ${min}, not "${text}"`)
  return value
}
