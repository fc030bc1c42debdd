/**
 * Tag inference on a real fan work, "No Anesthesia" (Grey's Anatomy, Addison/Derek, set as Addison
 * leaves Seattle for Los Angeles at the end of season 3), read through the indexer's own reader,
 * normalizer and wrangler. The story lives outside the repository, in `../shared/corpus` beside it; its
 * text is never copied here, only the tags inferred from it with their evidence (the golden file).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultVocabulary, inferTags, wrangleWork } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { normalizeWork } from '../normalize/normalize-work.js'
import { readText } from '../read/text.js'

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const STORY = join(REPO_ROOT, '..', 'shared', 'corpus', 'no-anesthesia.txt')
const present = existsSync(STORY)

async function infer() {
  const [source] = await readText(STORY, await readFile(STORY))
  if (source === undefined || !('fields' in source)) throw new Error('the story did not read as one work')
  const vocab = defaultVocabulary()
  const work = wrangleWork(vocab, normalizeWork(source)).work
  return inferTags(vocab, work)
}

const SUITE = present
  ? 'tag inference on "No Anesthesia" (../shared/corpus/no-anesthesia.txt)'
  : 'tag inference on "No Anesthesia" — skipped: ../shared/corpus/no-anesthesia.txt is not beside this checkout'

describe.skipIf(!present)(SUITE, () => {
  it('finds the fandom, the main relationship, the characters, the era and fitting tropes', async () => {
    const { work } = await infer()
    expect(work.fandoms).toContain("Grey's Anatomy")
    expect(work.relationships[0]).toBe('Addison Montgomery/Derek Shepherd')
    expect(work.characters).toEqual(
      expect.arrayContaining([
        'Addison Montgomery',
        'Derek Shepherd',
        'Richard Webber',
        "Miranda Bailey (Grey's Anatomy)",
        'Callie Torres',
        'Mark Sloan',
        'Meredith Grey',
      ]),
    )
    expect(work.eras).toContain("Grey's Anatomy Season 3")
    const fitting = [
      'Exes to Lovers',
      'Divorce',
      'Post-Divorce',
      'Getting Back Together',
      'Angst',
      'Love Confessions',
    ]
    expect(work.freeforms.filter((tag) => fitting.includes(tag)).length).toBeGreaterThanOrEqual(2)
    expect(work.rating).toBe('Not Rated')
    expect(work.warnings).toEqual(['Creator Chose Not To Use Archive Warnings'])
  })

  it('gives every inferred tag evidence: phrases with counts', async () => {
    const { inferred } = await infer()
    for (const entry of inferred.filter((tag) => tag.kind !== 'warning')) {
      expect(entry.evidence?.length, `${entry.kind} ${entry.tag}`).toBeGreaterThan(0)
      for (const evidence of entry.evidence ?? []) expect(evidence.count).toBeGreaterThan(0)
    }
  })

  it('matches the golden file of inferred tags with their evidence', async () => {
    const { inferred } = await infer()
    // One line per piece of evidence keeps the golden file readable in a diff.
    const json = JSON.stringify(inferred, null, 2).replace(
      /\{\n\s+("phrase": .*),\n\s+("count": \d+)\n\s+\}/g,
      '{ $1, $2 }',
    )
    await expect(`${json}\n`).toMatchFileSnapshot('./no-anesthesia.golden.json')
  })
})
