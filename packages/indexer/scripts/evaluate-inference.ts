/**
 * Prints how well tag inference recovers the sample corpus's author tags: precision and recall per kind,
 * then the tags most often inferred wrongly or missed. Run with `pnpm exec tsx
 * packages/indexer/scripts/evaluate-inference.ts` from anywhere; it reads `corpus/` at the repo root.
 * @module
 */
import { fileURLToPath } from 'node:url'
import { defaultVocabulary } from '@ficdex/core'
import {
  type Evaluation,
  evaluateInference,
  formatEvaluation,
  readCorpus,
} from '../src/evaluate/hidden-tags.js'

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url))

function mostCommon(evaluation: Evaluation, field: 'extra' | 'missed', limit: number): string {
  const counts = new Map<string, number>()
  for (const comparison of evaluation.comparisons) {
    for (const tag of comparison[field]) {
      const key = `${comparison.kind}: ${tag}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([tag, count]) => `  ${String(count).padStart(3)}  ${tag}`)
    .join('\n')
}

const { works, errors } = await readCorpus(CORPUS)
for (const error of errors) console.error(`skipped: ${error.message}`)
const evaluation = evaluateInference(defaultVocabulary(), works)
console.log(`Tag inference on ${evaluation.works} works of corpus/ (author tags hidden, then inferred)\n`)
console.log(formatEvaluation(evaluation))
console.log('\nMost often inferred but not tagged by the author:')
console.log(mostCommon(evaluation, 'extra', 15))
console.log('\nMost often tagged by the author but not inferred:')
console.log(mostCommon(evaluation, 'missed', 15))
