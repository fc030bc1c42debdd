/**
 * The inference quality gates, on quality, never on time: the labelled development set beside this
 * checkout (`../shared/eval/inference`, with the seed story in `../shared/corpus`) must meet every
 * target, and the project's own labelled stories (`test/fixtures/inference`, written for ficdex and
 * harder in places) must not fall below what inference measured on them when they were written in.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultVocabulary } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { evaluateLabelledSet, missedTargets, totalsOf } from './labelled-set.js'

const PACKAGE = fileURLToPath(new URL('../../', import.meta.url))
const SHARED = join(PACKAGE, '..', '..', '..', 'shared')
const DEVELOPMENT = join(SHARED, 'eval', 'inference')
const OWN = join(PACKAGE, 'test', 'fixtures', 'inference')
const present = existsSync(DEVELOPMENT)

describe.skipIf(!present)(
  present
    ? 'tag inference on the labelled development set (../shared/eval/inference)'
    : 'tag inference on the labelled development set — skipped: ../shared/eval/inference is not beside this checkout',
  () => {
    it('meets every target', async () => {
      const evaluation = await evaluateLabelledSet(defaultVocabulary(), DEVELOPMENT, [join(SHARED, 'corpus')])
      expect(evaluation.problems).toEqual([])
      expect(evaluation.stories.length).toBeGreaterThanOrEqual(10)
      expect(missedTargets(evaluation.totals)).toEqual([])
    })
  },
)

describe("the project's own labelled stories", () => {
  it('score in full: a story from a canon the vocabulary lacks gets no fandom, era or relationship from it', async () => {
    const evaluation = await evaluateLabelledSet(defaultVocabulary(), OWN)
    expect(evaluation.problems).toEqual([])
    const nightFloat = evaluation.stories.find((story) => story.slug === 'night-float')?.score
    expect(nightFloat).toMatchObject({
      fandom: true,
      mainPairing: true,
      era: true,
      inferred: { fandoms: [] },
    })
    expect(nightFloat?.characters.wrong).toEqual([])
  })

  it('stay at or above what inference measured on them (65 stories)', async () => {
    const { totals } = await evaluateLabelledSet(defaultVocabulary(), OWN)
    expect(totals.stories).toBe(65)
    expect(totals.fandom).toBeGreaterThanOrEqual(62)
    expect(totals.mainPairing).toBeGreaterThanOrEqual(59)
    expect(totals.era).toBeGreaterThanOrEqual(47)
    expect(totals.characters.precision).toBeGreaterThanOrEqual(0.95)
    expect(totals.characters.recall).toBeGreaterThanOrEqual(0.95)
    expect(totals.tropes.hit).toBeGreaterThanOrEqual(36)
    expect(totals.tropes.precision).toBeGreaterThanOrEqual(0.68)
  })
})

describe('totalsOf and missedTargets', () => {
  it('pools characters and trope precision over the set, and names each missed target', () => {
    const story = (fandom: boolean, right: number, wrong: number) => ({
      slug: 's',
      score: {
        fandom,
        mainPairing: true,
        era: true,
        characters: { correct: ['a', 'b', 'c'], wrong: [], missed: ['d'] },
        tropeHit: right > 0,
        tropes: { right: Array(right).fill('t'), wrong: Array(wrong).fill('u') },
        inferred: { fandoms: [] },
      },
    })
    const totals = totalsOf([story(true, 1, 0), story(false, 0, 2)])
    expect(totals).toMatchObject({ stories: 2, fandom: 1, characters: { precision: 1, recall: 0.75 } })
    expect(totals.tropes).toEqual({ hit: 1, precision: 0.333 })
    expect(missedTargets(totals)).toEqual([
      'fandom 0.50 < 1',
      'character recall 0.75 < 0.9',
      'trope hit 0.50 < 0.8',
      'trope precision 0.33 < 0.6',
    ])
  })
})
