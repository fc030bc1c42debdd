/**
 * `pnpm bench`: runs the benchmark, prints the Markdown report, and (unless told not to) writes the
 * results JSON and docs/benchmarks.md.
 * @module
 */
import { runBenchmark } from './benchmark.js'
import { parseBenchOptions, USAGE } from './options.js'
import { renderReport } from './report/report.js'
import { writeReportIntoDocs, writeResultsJson } from './report/write-results.js'

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
let options: ReturnType<typeof parseBenchOptions>
try {
  options = parseBenchOptions(argv)
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`)
  process.exit(2)
}
const command = ['pnpm bench', ...argv].join(' ')
const result = await runBenchmark(options, command, (line) => process.stderr.write(`bench: ${line}\n`))
const report = renderReport(result)
process.stdout.write(`${report}\n`)
if (options.write) {
  const path = await writeResultsJson(result, options.resultsDir)
  await writeReportIntoDocs(report, options.docsPath)
  process.stderr.write(`bench: wrote ${path} and ${options.docsPath}\n`)
}
