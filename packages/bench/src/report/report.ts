/**
 * The Markdown report of a run: machine, command, the table, the targets, and what the comparison
 * engines lack.
 * @module
 */
import type { BenchResult } from '../benchmark.js'
import { bytes, count, ms, ratio, works } from './format.js'
import { checkAllAgainstReference, SIZE_FACTOR } from './reference-targets.js'
import { buildTable, mark, renderTable } from './table.js'
import { type Basis, checkTargets, type TargetCheck, type Unit } from './targets.js'

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
    'Targets (embedded engine, this machine; Orama beside them for information only):',
    '',
    ...checkTargets(result).map(targetLine),
  ]
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
          : `${mark(check.sizeMet)} size ${ratio(check.sizeFactor)} the reference's (target ≤ ${SIZE_FACTOR}×)`
      lines.push(
        `- ${works(check.works)}${check.bodies ? ' with bodies' : ' metadata only'}: ${mark(check.rateMet)} rate ${count(check.rate)} works/s against ${count(check.referenceRate)}, ${ratio(check.rateShare)} (target ≥ ${check.rateTarget}×); ${size}`,
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

/** One target on one line: the figure, what it is measured against, the ratio, the verdict. */
export function targetLine(check: TargetCheck): string {
  const head = `- ${mark(check.met)} ${check.label}:`
  if (check.value === null) return `${head} no figure (${check.missing}); target ${check.target}`
  const measured =
    check.ratio === null
      ? check.missing
      : check.against === null
        ? `${ratio(check.ratio)} the limit`
        : `against ${AGAINST[check.basis]} ${figure(check.against, check.unit)}, ${ratio(check.ratio)}`
  const orama = check.oramaRatio === null ? '' : `; ${ratio(check.oramaRatio)} Orama`
  return `${head} ${figure(check.value, check.unit)}, ${measured}; target ${check.target}${orama}`
}

const AGAINST: Record<Basis, string> = {
  reference: "the reference's",
  'page 1': "page 1's",
  limit: 'the limit',
}

function figure(value: number, unit: Unit): string {
  if (unit === 'bytes') return bytes(value)
  if (unit === 'ms') return `${ms(value)} ms`
  return `${count(value)} ${unit}`
}
