import { fileURLToPath } from 'node:url'
import { defaultVocabulary } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import {
  EVALUATED_KINDS,
  evaluateInference,
  formatEvaluation,
  hideAuthorTags,
  readCorpus,
} from './hidden-tags.js'

const CORPUS = fileURLToPath(new URL('../../../../corpus/', import.meta.url))

describe('evaluating inference on the sample corpus', () => {
  it('reads the corpus and returns precision and recall for every kind', async () => {
    const { works, errors } = await readCorpus(CORPUS)
    expect(errors).toEqual([])
    expect(works.length).toBeGreaterThan(0)
    const evaluation = evaluateInference(defaultVocabulary(), works)
    expect(evaluation.works).toBe(works.length)
    expect(evaluation.kinds.map((score) => score.kind)).toEqual([...EVALUATED_KINDS])
    for (const score of evaluation.kinds) {
      for (const value of [score.precision, score.recall, score.knownRecall]) {
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(1)
      }
      expect(score.authorTags).toBeGreaterThan(0)
    }
    // A sanity floor, not a target: the fandom is the easiest thing to tell from a story.
    expect(evaluation.kinds.find((score) => score.kind === 'fandom')!.recall).toBeGreaterThan(0.5)
    expect(formatEvaluation(evaluation).split('\n')).toHaveLength(2 + EVALUATED_KINDS.length)
  })
})

describe('hideAuthorTags', () => {
  it('empties the evaluated kinds, their filter values and provenance, and keeps the rest', async () => {
    const { works } = await readCorpus(CORPUS)
    const work = works.find((candidate) => candidate.relationships.length > 0)!
    const hidden = hideAuthorTags({
      ...work,
      filterTags: { fandom: ['x'], freeform: ['z'] },
      provenance: [
        { kind: 'fandom', tag: 'x', source: 'author' },
        { kind: 'rating', tag: 'y', source: 'author' },
      ],
    })
    expect(hidden).toMatchObject({ fandoms: [], relationships: [], characters: [], eras: [], freeforms: [] })
    expect(hidden.filterTags).toEqual({})
    expect(hidden.provenance).toEqual([{ kind: 'rating', tag: 'y', source: 'author' }])
    expect(hidden.rating).toBe(work.rating)
    expect(hidden.text).toBe(work.text)
  })
})
