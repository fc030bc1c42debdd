/**
 * `pnpm bench`: runs the benchmark, prints the Markdown report, and (unless told not to) writes the
 * results JSON and docs/benchmarks.md. `--render FILE` rewrites the docs from saved results instead.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type BenchResult, runBenchmark } from './benchmark.js'
import { REPO_ROOT } from './child/child-process.js'
import { parseBenchOptions, reproduceCommand, USAGE } from './options.js'
import { renderReport } from './report/report.js'
import { writeReportIntoDocs, writeResultsJson } from './report/write-results.js'

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
if (argv[0] === '--render' && argv[1] !== undefined) {
  const result = JSON.parse(await readFile(resolve(REPO_ROOT, argv[1]), 'utf8')) as BenchResult
  const docs = parseBenchOptions([]).docsPath
  await writeReportIntoDocs(renderReport(result), docs)
  process.stderr.write(`bench: rewrote ${docs} from ${argv[1]}\n`)
  process.exit(0)
}
let options: ReturnType<typeof parseBenchOptions>
try {
  options = parseBenchOptions(argv)
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`)
  process.exit(2)
}
const command = reproduceCommand(argv)
const result = await runBenchmark(options, command, (line) => process.stderr.write(`bench: ${line}\n`))
const report = renderReport(result)
process.stdout.write(`${report}\n`)
if (options.write) {
  const path = await writeResultsJson(result, options.resultsDir)
  await writeReportIntoDocs(report, options.docsPath)
  process.stderr.write(`bench: wrote ${path} and ${options.docsPath}\n`)
}
