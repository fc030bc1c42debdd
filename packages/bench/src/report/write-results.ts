/**
 * Writes a run's figures as JSON under bench/results/ and its report into docs/benchmarks.md, between
 * markers, so the hand-written analysis around it survives reruns.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { BenchResult } from '../benchmark.js'

export const START_MARKER = '<!-- bench:results:start -->'
export const END_MARKER = '<!-- bench:results:end -->'

export async function writeResultsJson(result: BenchResult, resultsDir: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true })
  const path = join(resultsDir, `${result.date.slice(0, 10)}-${result.mainWorks}.json`)
  await writeFile(path, `${JSON.stringify(result, null, 2)}\n`)
  return path
}

/** Replaces the text between the markers (appending markers if the file has none). */
export async function writeReportIntoDocs(report: string, docsPath: string): Promise<void> {
  const current = await readFile(docsPath, 'utf8').catch(() => '# Benchmarks\n')
  const block = `${START_MARKER}\n${report}\n${END_MARKER}`
  const start = current.indexOf(START_MARKER)
  const end = current.indexOf(END_MARKER)
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + END_MARKER.length)
      : `${current.trimEnd()}\n\n${block}\n`
  await mkdir(dirname(docsPath), { recursive: true })
  await writeFile(docsPath, next)
}
