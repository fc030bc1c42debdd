/**
 * A labelled evaluation as a terminal table: one row per story with what was inferred and whether it
 * was right, then the totals beside the targets.
 * @module
 */
import { INFERENCE_TARGETS, type LabelledEvaluation } from './labelled-set.js'

const mark = (ok: boolean) => (ok ? 'ok ' : 'NO ')

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  )
}

export function formatLabelledEvaluation(evaluation: LabelledEvaluation): string[] {
  const rows = [['story', 'fandom', 'main pairing', 'era', 'characters +/-/missed', 'tropes right/wrong']]
  for (const { slug, score } of evaluation.stories) {
    const { inferred, characters, tropes } = score
    rows.push([
      slug,
      `${mark(score.fandom)}${inferred.fandoms.join(' + ') || '—'}`,
      `${mark(score.mainPairing)}${inferred.relationship ?? '—'}`,
      `${mark(score.era)}${inferred.era ?? '—'}`,
      `${characters.correct.length}/${characters.wrong.length}/${characters.missed.length}` +
        (characters.wrong.length + characters.missed.length > 0
          ? ` (${[...characters.wrong.map((name) => `+${name}`), ...characters.missed.map((name) => `-${name}`)].join(', ')})`
          : ''),
      `${tropes.right.length}/${tropes.wrong.length}` +
        (tropes.right.length + tropes.wrong.length > 0
          ? ` (${[...tropes.right, ...tropes.wrong.map((tag) => `✗${tag}`)].join(', ')})`
          : ''),
    ])
  }
  const t = evaluation.totals
  const n = t.stories
  const lines = table(rows)
  lines.push(
    '',
    `${n} stories     measured   target`,
    `fandom          ${`${t.fandom}/${n}`.padEnd(10)} ${n}/${n}`,
    `main pairing    ${`${t.mainPairing}/${n}`.padEnd(10)} ≥ ${Math.ceil(INFERENCE_TARGETS.mainPairing * n)}/${n}`,
    `era             ${`${t.era}/${n}`.padEnd(10)} ≥ ${Math.ceil(INFERENCE_TARGETS.era * n)}/${n}`,
    `characters P    ${t.characters.precision.toFixed(2).padEnd(10)} ≥ ${INFERENCE_TARGETS.characterPrecision}`,
    `characters R    ${t.characters.recall.toFixed(2).padEnd(10)} ≥ ${INFERENCE_TARGETS.characterRecall}`,
    `tropes hit      ${`${t.tropes.hit}/${n}`.padEnd(10)} ≥ ${Math.ceil(INFERENCE_TARGETS.tropeHit * n)}/${n}`,
    `tropes P        ${t.tropes.precision.toFixed(2).padEnd(10)} ≥ ${INFERENCE_TARGETS.tropePrecision}`,
  )
  for (const problem of evaluation.problems) lines.push(`not scored: ${problem.slug}: ${problem.reason}`)
  return lines
}
