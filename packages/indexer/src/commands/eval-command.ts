/**
 * `ficdex eval inference <folder> [--stories DIR…] [--json] [--check]`: scores tag inference on a
 * labelled folder of plain stories (labels `<slug>.json` beside the stories) and prints a row per story
 * and the totals beside the targets. Flags and output only; the scoring is `evaluate/`.
 * @module
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultVocabulary } from '@ficdex/core'
import { formatLabelledEvaluation } from '../evaluate/format-labelled.js'
import { evaluateLabelledSet, missedTargets } from '../evaluate/labelled-set.js'
import { type CommandContext, EXIT } from './command-context.js'

export const EVAL_USAGE = `Usage: ficdex eval inference <folder> [--stories DIR]… [--json] [--check]

Reads every labelled story in <folder> (a label <slug>.json beside its story <slug>.txt, or any format
ficdex index reads), tags it exactly as ficdex index would, and scores the inferred tags against the
label: fandom, main pairing, era, characters (precision and recall over those on the page) and tropes.
Prints a row per story and the totals beside the targets.

  --stories DIR  another folder to look for stories in, by slug (may be repeated)
  --json         print the evaluation as JSON
  --check        exit with 1 when a target is missed

Exit code: 0 scored, 1 a target missed (with --check) or a label could not be scored, 2 usage error.`

export async function runEval(args: readonly string[], context: CommandContext): Promise<number> {
  let flags: ReturnType<typeof parseFlags>
  try {
    flags = parseFlags(args)
  } catch (error) {
    context.stderr(`ficdex eval: ${(error as Error).message}\n\n${EVAL_USAGE}`)
    return EXIT.usage
  }
  if (flags.help) {
    context.stdout(EVAL_USAGE)
    return EXIT.ok
  }
  const evaluation = await evaluateLabelledSet(
    defaultVocabulary(),
    resolve(context.cwd, flags.folder),
    flags.stories.map((folder) => resolve(context.cwd, folder)),
  )
  if (flags.json) context.stdout(JSON.stringify(evaluation, null, 2))
  else for (const line of formatLabelledEvaluation(evaluation)) context.stdout(line)
  const missed = flags.check ? missedTargets(evaluation.totals) : []
  for (const line of missed) context.stderr(`target missed: ${line}`)
  return missed.length > 0 || evaluation.problems.length > 0 ? EXIT.someFailed : EXIT.ok
}

function parseFlags(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      stories: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  })
  if (values.help) return { help: true, folder: '', stories: [], json: false, check: false }
  const [subject, folder, ...extra] = positionals
  if (subject !== 'inference')
    throw new Error(
      subject === undefined ? 'give what to evaluate: inference' : `unknown evaluation "${subject}"`,
    )
  if (folder === undefined) throw new Error('give the labelled folder')
  if (extra.length > 0) throw new Error(`unexpected arguments: ${extra.join(' ')}`)
  return { help: false, folder, stories: values.stories, json: values.json, check: values.check }
}
