/**
 * The Markdown report of a run: machine, command, the table, the targets, and what the comparison
 * engines lack.
 * @module
 */
import type { BenchResult } from '../benchmark.js'
import { ms, works } from './format.js'
import { checkAllAgainstReference, SIZE_FACTOR } from './reference-targets.js'
import { buildTable, renderTable } from './table.js'
import { checkTargets, unitOf } from './targets.js'

export function renderReport(result: BenchResult): string {
  const m = result.machine
  const main = result.points.find((point) => point.works === result.mainWorks)
  const lines = [
    `### ${result.date.slice(0, 10)}: ${works(result.mainWorks)} works${main && !main.bodies ? ' (metadata only)' : ' with bodies'}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAverage} at the start.`,
    `Code: commit ${result.source.commit}${result.source.changedFiles > 0 ? ` plus ${result.source.changedFiles} uncommitted files under packages/` : ''}.`,
    `Reproduce: \`${result.command}\` (seed ${result.seed}; ${result.queriesPerKind} queries per kind, ${result.secondsPerKind} s per kind; HTTP ${result.http.connections} connections for ${result.http.seconds} s).`,
    '',
    renderTable(buildTable(result)),
    '',
    'Targets (embedded engine, main corpus):',
    '',
  ]
  for (const check of checkTargets(result)) {
    const value =
      check.value === null
        ? 'no figure'
        : `${unitOf(check.id) === 'ms' ? ms(check.value) : Math.round(check.value).toLocaleString('en')} ${unitOf(check.id)}`
    const vs = check.oramaFailed
      ? 'Orama failed to load'
      : check.vsOrama === null
        ? 'no Orama figure'
        : `${check.vsOrama.toFixed(1)}× Orama`
    lines.push(
      `- ${check.met === null ? '?' : check.met ? '✓' : '✗'} ${check.label}: ${value} (target ${check.target}; ${vs})`,
    )
  }
  const againstReference = checkAllAgainstReference(result)
  if (againstReference.length > 0) {
    lines.push(
      '',
      'Indexing against the reference (a minimal SQLite FTS5 loader of the same fields, same corpus):',
      '',
    )
    for (const check of againstReference) {
      const size =
        check.sizeFactor === null
          ? 'size: in memory'
          : `${check.sizeMet ? '✓' : '✗'} size ${check.sizeFactor.toFixed(2)}× the reference's (target ≤ ${SIZE_FACTOR}×)`
      lines.push(
        `- ${works(check.works)}${check.bodies ? ' with bodies' : ' metadata only'}: ${check.rateMet ? '✓' : '✗'} rate ${Math.round(check.rate).toLocaleString('en')} works/s against ${Math.round(check.referenceRate).toLocaleString('en')}, ${check.rateShare.toFixed(2)}× (target ≥ ${check.rateTarget}×); ${size}`,
      )
    }
  }
  const lacking = Object.entries(result.lacks).filter(([, list]) => list && list.length > 0)
  if (lacking.length > 0) {
    lines.push('', 'What each comparison engine does instead:', '')
    for (const [engine, list] of lacking) lines.push(`- ${engine}: ${(list ?? []).join('; ')}`)
  }
  return lines.join('\n')
}
