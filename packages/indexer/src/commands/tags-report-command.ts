/**
 * `ficdex tags report [paths…]`: reads works as the indexer does (readers and normalizer), wrangles
 * them against the shipped vocabulary and prints the tags it does not know, grouped by kind, with
 * usage counts and the nearest canonical tags. Flags, reading and output only; the tally is
 * `buildTagsReport`.
 * @module
 */
import { relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultVocabulary, type Work } from '@ficdex/core'
import { splitSource } from '../normalize/source-location.js'
import { isReadable } from '../read/readers.js'
import { SourceError } from '../read/source-error.js'
import { walkSources } from '../read/walk.js'
import { readWorkFile } from '../read-file.js'
import { buildTagsReport, type TagsReport, type UnwrangledTagUsage } from '../tags-report.js'
import { type CommandContext, EXIT } from './command-context.js'

export const DEFAULT_REPORT_PATH = 'corpus'

export const TAGS_USAGE = `Usage: ficdex tags report [paths…] [--json] [--limit N] [--suggestions N]

Reads works from files and directories (default: ${DEFAULT_REPORT_PATH}), wrangles their tags against the
vocabulary (packages/core/vocabulary) and lists the tags it does not know, by kind, most used first,
each with the number of works using it and the nearest canonical tags (similarity from 0 to 1). Nothing
is written to the search engine.

  --json           print the report as JSON
  --limit N        list at most N tags per kind (totals still count all)
  --suggestions N  nearest canonical tags per tag (default 3; 0 for none)

Exit code: 0 report printed, 1 some sources failed (the report covers the rest), 2 usage error.`

/** `ficdex tags <subcommand>`: only `report` for now. */
export async function runTags(args: readonly string[], context: CommandContext): Promise<number> {
  const [subcommand, ...rest] = args
  if (subcommand === 'report') return runTagsReport(rest, context)
  if (subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    context.stdout(TAGS_USAGE)
    return EXIT.ok
  }
  context.stderr(
    `ficdex tags: ${subcommand === undefined ? 'give a subcommand' : `unknown subcommand "${subcommand}"`}\n\n${TAGS_USAGE}`,
  )
  return EXIT.usage
}

export async function runTagsReport(args: readonly string[], context: CommandContext): Promise<number> {
  let flags: ReturnType<typeof parseFlags>
  try {
    flags = parseFlags(args)
  } catch (error) {
    context.stderr(`ficdex tags report: ${(error as Error).message}\n\n${TAGS_USAGE}`)
    return EXIT.usage
  }
  if (flags.help) {
    context.stdout(TAGS_USAGE)
    return EXIT.ok
  }
  const { works, failed } = await readWorks(flags.paths, context.cwd)
  const report = buildTagsReport(defaultVocabulary(), works, {
    suggestions: flags.suggestions,
    limit: flags.limit,
  })
  if (flags.json) {
    context.stdout(JSON.stringify({ ...report, failed }, null, 2))
  } else {
    for (const line of formatTagsReport(report)) context.stdout(line)
  }
  for (const failure of failed) context.stderr(`failed: ${failure.source}: ${failure.reason}`)
  return failed.length > 0 ? EXIT.someFailed : EXIT.ok
}

export interface ReadFailure {
  /** `path` or `path:LINE`, relative to the working directory. */
  source: string
  reason: string
}

/** Every work under `paths`, read and normalized as the indexer does, and the sources that failed. */
async function readWorks(
  paths: readonly string[],
  cwd: string,
): Promise<{ works: Work[]; failed: ReadFailure[] }> {
  const display = (path: string) => relative(cwd, path) || '.'
  const failed: ReadFailure[] = []
  const fail = (error: SourceError) => {
    const { path, line } = splitSource(display(resolve(cwd, error.path)))
    const source = line === undefined ? path : `${path}:${line}`
    failed.push({ source, reason: error.reason.replaceAll(cwd + sep, '') })
  }
  const walked = await walkSources(
    paths.map((path) => resolve(cwd, path)),
    isReadable,
  )
  walked.errors.forEach(fail)
  const works: Work[] = []
  for (const file of walked.files) {
    for (const result of await readWorkFile(file, display(file))) {
      if (result instanceof SourceError) fail(result)
      else works.push(result)
    }
  }
  return { works, failed }
}

/** Widest tag column; longer tags take a line of their own. */
const MAX_TAG_WIDTH = 40

/**
 * The report for a terminal: per kind, a table of count, tag and nearest canonical tags (one per line,
 * with its score, and the synonym it came closest to when that is not the name), then the totals.
 */
export function formatTagsReport(report: TagsReport): string[] {
  const lines: string[] = []
  const countWidth = Math.max(
    5,
    ...report.kinds.flatMap((kind) => kind.tags.map((t) => String(t.works).length)),
  )
  for (const { kind, distinct, uses, tags } of report.kinds) {
    const tagWidth = Math.min(MAX_TAG_WIDTH, Math.max(3, ...tags.map((t) => t.tag.length)))
    lines.push(`${kind}: ${plural(distinct, 'tag')}, ${plural(uses, 'use')}`)
    lines.push(`  ${'works'.padStart(countWidth)}  ${'tag'.padEnd(tagWidth)}  nearest canonical tags`)
    for (const usage of tags) {
      const rows = rowsOf(usage)
      const count = String(usage.works).padStart(countWidth)
      const blank = ' '.repeat(countWidth)
      if (usage.tag.length > tagWidth) {
        lines.push(`  ${count}  ${usage.tag}`)
        for (const row of rows) lines.push(`  ${blank}  ${' '.repeat(tagWidth)}  ${row}`)
      } else {
        rows.forEach((row, i) => {
          lines.push(`  ${i === 0 ? count : blank}  ${(i === 0 ? usage.tag : '').padEnd(tagWidth)}  ${row}`)
        })
      }
      if (usage.spellings.length > 1) {
        lines.push(`  ${blank}  also written: ${usage.spellings.slice(1).join(' | ')}`)
      }
    }
    if (tags.length < distinct) lines.push(`  … ${distinct - tags.length} more (--limit)`)
    lines.push('')
  }
  lines.push(
    report.tags === 0
      ? `${plural(report.works, 'work')} read: every tag is in the vocabulary`
      : `${plural(report.works, 'work')} read, ${report.worksWithUnwrangled} with unwrangled tags: ` +
          `${plural(report.tags, 'unwrangled tag')}, ${plural(report.uses, 'use')} ` +
          `(${report.kinds.map((kind) => `${kind.kind} ${kind.uses}`).join(', ')})`,
  )
  return lines.map((line) => line.trimEnd())
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** The suggestion column: one row per suggestion, or a dash when none is near. */
function rowsOf(usage: UnwrangledTagUsage): string[] {
  if (usage.suggestions.length === 0) return ['—']
  return usage.suggestions.map(
    ({ name, score, matched }) =>
      `${score.toFixed(2)}  ${name}${matched === name ? '' : `  (via "${matched}")`}`,
  )
}

function parseFlags(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      suggestions: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  })
  return {
    help: values.help,
    json: values.json,
    paths: positionals.length > 0 ? positionals : [DEFAULT_REPORT_PATH],
    limit: values.limit === undefined ? undefined : wholeNumber(values.limit, '--limit', 1),
    suggestions: values.suggestions === undefined ? 3 : wholeNumber(values.suggestions, '--suggestions', 0),
  }
}

function wholeNumber(text: string, flag: string, min: number): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${flag} must be a whole number ≥ ${min}, not "${text}"`)
  return value
}
