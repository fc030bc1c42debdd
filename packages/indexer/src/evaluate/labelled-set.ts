/**
 * Evaluating tag inference on a labelled set: every `<slug>.json` label in a folder with its story
 * (`<slug>.txt`, `.md` or any format the indexer reads, found in the folder or in the extra story
 * folders given), read and tagged exactly as `ficdex index` would, then scored story by story
 * (`score-story.ts`) and in total. Characters and trope precision are counted over the whole set.
 * @module
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { tagWork, type Vocabulary } from '@ficdex/core'
import { isReadable } from '../read/readers.js'
import { SourceError } from '../read/source-error.js'
import { readWorkFile } from '../read-file.js'
import { type StoryScore, scoreStory } from './score-story.js'
import { StoryLabel } from './story-label.js'

export interface StoryResult {
  slug: string
  score: StoryScore
}

export interface SetTotals {
  stories: number
  fandom: number
  mainPairing: number
  era: number
  characters: { precision: number; recall: number }
  tropes: { hit: number; precision: number }
}

export interface LabelledEvaluation {
  stories: StoryResult[]
  totals: SetTotals
  /** Labels that could not be scored: no story found, or a file that failed to read or parse. */
  problems: { slug: string; reason: string }[]
}

/** The targets a set must meet, as shares of its stories (counts) or ratios. */
export const INFERENCE_TARGETS = {
  fandom: 1,
  mainPairing: 0.9,
  era: 0.9,
  characterPrecision: 0.9,
  characterRecall: 0.9,
  tropeHit: 0.8,
  tropePrecision: 0.6,
} as const

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000)

/** Sums story scores into the set's totals. */
export function totalsOf(stories: readonly StoryResult[]): SetTotals {
  const count = (pick: (score: StoryScore) => boolean) => stories.filter((story) => pick(story.score)).length
  const sum = (pick: (score: StoryScore) => number) =>
    stories.reduce((total, story) => total + pick(story.score), 0)
  const correct = sum((s) => s.characters.correct.length)
  const tropesRight = sum((s) => s.tropes.right.length)
  return {
    stories: stories.length,
    fandom: count((s) => s.fandom),
    mainPairing: count((s) => s.mainPairing),
    era: count((s) => s.era),
    characters: {
      precision: ratio(correct, correct + sum((s) => s.characters.wrong.length)),
      recall: ratio(correct, correct + sum((s) => s.characters.missed.length)),
    },
    tropes: {
      hit: count((s) => s.tropeHit),
      precision: ratio(tropesRight, tropesRight + sum((s) => s.tropes.wrong.length)),
    },
  }
}

/** The targets a set's totals miss, as readable lines; empty when all are met. */
export function missedTargets(totals: SetTotals): string[] {
  const share = (count: number) => count / Math.max(1, totals.stories)
  const checks: [string, number, number][] = [
    ['fandom', share(totals.fandom), INFERENCE_TARGETS.fandom],
    ['main pairing', share(totals.mainPairing), INFERENCE_TARGETS.mainPairing],
    ['era', share(totals.era), INFERENCE_TARGETS.era],
    ['character precision', totals.characters.precision, INFERENCE_TARGETS.characterPrecision],
    ['character recall', totals.characters.recall, INFERENCE_TARGETS.characterRecall],
    ['trope hit', share(totals.tropes.hit), INFERENCE_TARGETS.tropeHit],
    ['trope precision', totals.tropes.precision, INFERENCE_TARGETS.tropePrecision],
  ]
  return checks
    .filter(([, value, target]) => value < target)
    .map(([name, value, target]) => `${name} ${value.toFixed(2)} < ${target}`)
}

/** Finds each label's story: the first readable file named like it in the label folder or the others. */
async function storyFiles(folders: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const folder of folders) {
    for (const name of (await readdir(folder)).sort()) {
      const slug = basename(name, extname(name))
      const path = join(folder, name)
      if (extname(name) !== '.json' && isReadable(extname(name).toLowerCase()) && !found.has(slug))
        found.set(slug, path)
    }
  }
  return found
}

/**
 * Reads a story as a plain file: alone in a folder of its own, since beside it the label would be read
 * as the story's metadata sidecar (`<slug>.json`), and the point is to infer what the label holds.
 */
async function readStory(path: string) {
  const alone = await mkdtemp(join(tmpdir(), 'ficdex-eval-'))
  try {
    const copy = join(alone, basename(path))
    await copyFile(path, copy)
    return await readWorkFile(copy, path)
  } finally {
    await rm(alone, { recursive: true, force: true })
  }
}

/** A label file's content, or what is wrong with it. */
function parseLabel(text: string): StoryLabel | string {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`
  }
  const parsed = StoryLabel.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  return `${issue?.path.join('.') || 'label'}: ${issue?.message ?? 'invalid label'}`
}

/** Reads, tags and scores every labelled story of `folder`. */
export async function evaluateLabelledSet(
  vocab: Vocabulary,
  folder: string,
  storyFolders: readonly string[] = [],
): Promise<LabelledEvaluation> {
  const labels = (await readdir(folder)).filter((name) => extname(name) === '.json').sort()
  const stories = await storyFiles([folder, ...storyFolders])
  const results: StoryResult[] = []
  const problems: LabelledEvaluation['problems'] = []
  for (const name of labels) {
    const slug = basename(name, '.json')
    const labelPath = join(folder, name)
    const parsed = parseLabel(await readFile(labelPath, 'utf8'))
    if (typeof parsed === 'string') {
      problems.push({ slug, reason: `${labelPath}: ${parsed}` })
      continue
    }
    const path = stories.get(slug)
    if (path === undefined) {
      problems.push({ slug, reason: `no story file named ${slug}.* beside ${labelPath}` })
      continue
    }
    const [work] = await readStory(path)
    if (work === undefined || work instanceof SourceError) {
      problems.push({ slug, reason: work?.message ?? `${path}: no work read` })
      continue
    }
    results.push({ slug, score: scoreStory(vocab, parsed, tagWork(vocab, work).work) })
  }
  return { stories: results, totals: totalsOf(results), problems }
}
