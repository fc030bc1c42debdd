/**
 * Measuring tag inference on works whose authors tagged them: hide the author's fandoms, relationships,
 * characters, eras and freeforms, infer them back from the text, and compare with the author's tags as
 * the wrangler reads them. Precision is the share of inferred tags the author also gave; recall the
 * share of the author's tags that were inferred, counted both over all of them and over those the
 * vocabulary knows (an unknown tag such as "Post-Episode: How to Save a Life" cannot be inferred).
 * @module
 */

import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  type FreeTagKind,
  type InferOptions,
  inferTags,
  TAG_FIELD,
  type Vocabulary,
  type Work,
  wrangleWork,
} from '@ficdex/core'
import { normalizeWork } from '../normalize/normalize-work.js'
import { isReadable, readerFor } from '../read/readers.js'
import { SourceError } from '../read/source-error.js'
import type { SourceWork } from '../read/source-work.js'
import { walkSources } from '../read/walk.js'

export const EVALUATED_KINDS = ['fandom', 'relationship', 'character', 'era', 'freeform'] as const
export type EvaluatedKind = (typeof EVALUATED_KINDS)[number]

export interface KindScore {
  kind: EvaluatedKind
  /** The author's tags, over all works. */
  authorTags: number
  /** The author's tags the vocabulary knows. */
  knownTags: number
  inferred: number
  /** Inferred tags the author also gave. */
  correct: number
  /** correct / inferred (0 when nothing was inferred). */
  precision: number
  /** correct / authorTags (0 when the authors gave none). */
  recall: number
  /** correct / knownTags: recall over what inference could find. */
  knownRecall: number
}

export interface WorkComparison {
  id: string
  kind: EvaluatedKind
  /** Inferred and given by the author. */
  correct: string[]
  /** Inferred, not given by the author. */
  extra: string[]
  /** Given by the author, not inferred. */
  missed: string[]
}

export interface Evaluation {
  works: number
  kinds: KindScore[]
  comparisons: WorkComparison[]
}

/** A work with no tags of the evaluated kinds, as a work with missing metadata arrives. */
export function hideAuthorTags(work: Work): Work {
  const hidden: Work = { ...work, filterTags: { ...work.filterTags } }
  for (const kind of EVALUATED_KINDS) {
    hidden[TAG_FIELD[kind]] = []
    delete hidden.filterTags[kind]
  }
  hidden.provenance = work.provenance.filter(
    (entry) => !(EVALUATED_KINDS as readonly string[]).includes(entry.kind),
  )
  return hidden
}

const ratio = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000

/** Compares inferred tags with the author's, per kind, over normalized (not yet wrangled) works. */
export function evaluateInference(
  vocab: Vocabulary,
  works: readonly Work[],
  options: InferOptions = {},
): Evaluation {
  const totals = new Map<EvaluatedKind, { author: number; known: number; inferred: number; correct: number }>(
    EVALUATED_KINDS.map((kind) => [kind, { author: 0, known: 0, inferred: 0, correct: 0 }]),
  )
  const comparisons: WorkComparison[] = []
  for (const work of works) {
    const truth = wrangleWork(vocab, work).work
    const { inferred } = inferTags(vocab, hideAuthorTags(truth), options)
    for (const kind of EVALUATED_KINDS) {
      const author: readonly string[] = truth[TAG_FIELD[kind as FreeTagKind]]
      const known = truth.provenance.filter((entry) => entry.kind === kind && entry.wrangled === true).length
      const guessed = inferred.filter((entry) => entry.kind === kind).map((entry) => entry.tag)
      const correct = guessed.filter((tag) => author.includes(tag))
      const total = totals.get(kind)!
      total.author += author.length
      total.known += known
      total.inferred += guessed.length
      total.correct += correct.length
      comparisons.push({
        id: work.id,
        kind,
        correct,
        extra: guessed.filter((tag) => !author.includes(tag)),
        missed: author.filter((tag) => !guessed.includes(tag)),
      })
    }
  }
  return {
    works: works.length,
    kinds: EVALUATED_KINDS.map((kind) => {
      const total = totals.get(kind)!
      return {
        kind,
        authorTags: total.author,
        knownTags: total.known,
        inferred: total.inferred,
        correct: total.correct,
        precision: ratio(total.correct, total.inferred),
        recall: ratio(total.correct, total.author),
        knownRecall: ratio(total.correct, total.known),
      }
    }),
    comparisons,
  }
}

export interface CorpusRead {
  works: Work[]
  errors: SourceError[]
}

/**
 * Reads every work under a directory with the indexer's readers and normalizer, in path order. README
 * files are documentation, not works. Files without a date get the epoch, so runs are repeatable.
 */
export async function readCorpus(dir: string): Promise<CorpusRead> {
  const { files, errors } = await walkSources([dir], isReadable)
  const works: Work[] = []
  const failed = [...errors]
  for (const file of files.filter((path) => !/^readme\./i.test(basename(path)))) {
    try {
      const items = await readerFor(file)!(file, await readFile(file))
      for (const item of items) {
        if (item instanceof SourceError) failed.push(item)
        else works.push(...normalized(item, failed))
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error
      failed.push(error)
    }
  }
  return { works, errors: failed }
}

function normalized(item: SourceWork, failed: SourceError[]): Work[] {
  try {
    return [normalizeWork(item)]
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    failed.push(error)
    return []
  }
}

/** The evaluation as a plain-text table, one row per kind. */
export function formatEvaluation(evaluation: Evaluation): string {
  const header = [
    'kind',
    'author tags',
    'known',
    'inferred',
    'correct',
    'precision',
    'recall',
    'recall (known)',
  ]
  const rows = evaluation.kinds.map((score) => [
    score.kind,
    String(score.authorTags),
    String(score.knownTags),
    String(score.inferred),
    String(score.correct),
    score.precision.toFixed(3),
    score.recall.toFixed(3),
    score.knownRecall.toFixed(3),
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}
