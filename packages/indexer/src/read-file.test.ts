import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Work, withContentHash } from '@ficdex/core'
import { describe, expect, it } from 'vitest'
import { SourceError } from './read/source-error.js'
import { readWorkFile } from './read-file.js'

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url))
const WORKS = join(FIXTURES, 'works')

/** Files that are works (not sidecars, not the malformed ones), relative to the fixtures. */
const GOOD_FILES = [
  'anthology.json',
  'front-matter.txt',
  'harbour-watch.txt',
  'lighthouse-logbook.md',
  'plain-text-story.txt',
  'postcard.md',
  'single-work.json',
  'works.jsonl',
]

describe('reading and normalizing each format matches its golden file', () => {
  it('lists every fixture work file', async () => {
    const names = (await readdir(WORKS)).filter((name) => !/\.(yaml|yml)$/.test(name) && name !== 'malformed')
    expect(names.sort()).toEqual(GOOD_FILES)
  })

  it.each(GOOD_FILES)('%s', async (name) => {
    const file = join(WORKS, name)
    const results = await readWorkFile(file, relative(FIXTURES, file))
    const errors = results.filter((result) => result instanceof SourceError)
    expect(errors).toEqual([])
    // Nothing of the file but its content counts (a story without dates has none, not the file's
    // time), so the golden file holds the works whole, with the content hash of each as read (tagging
    // hashes the work it gives; taking it here shows any change to what the hash covers).
    const golden = join(FIXTURES, 'golden', `${name}.golden.json`)
    const hashed = (results as Work[]).map(withContentHash)
    await expect(`${JSON.stringify(hashed, null, 2)}\n`).toMatchFileSnapshot(golden)
  })
})

describe('malformed files fail with the file, line, key and problem', () => {
  const cases: [file: string, want: (string | RegExp)[]][] = [
    [
      'bad-yaml.md',
      [/^works\/malformed\/bad-yaml\.md: invalid YAML in front matter \(line 4\): Flow sequence/],
    ],
    [
      'unknown-key.md',
      ['works/malformed/unknown-key.md: unknown key "relationship" (did you mean "relationships"?)'],
    ],
    [
      'bad-rating.txt',
      [/^works\/malformed\/bad-rating\.txt: rating: "Spicy" is not an AO3 rating; use one of: /],
    ],
    ['bad-date.txt', ['works/malformed/bad-date.txt: published: "2023-02-30" is not a real date']],
    ['not-json.json', [/^works\/malformed\/not-json\.json: invalid JSON in file: /]],
    [
      'bad-lines.jsonl',
      [
        'good',
        /^works\/malformed\/bad-lines\.jsonl:2: invalid JSON in line: /,
        'works/malformed/bad-lines.jsonl:3: unknown key "mood"',
      ],
    ],
  ]
  it.each(cases)('%s', async (name, want) => {
    const file = join(WORKS, 'malformed', name)
    const results = await readWorkFile(file, relative(FIXTURES, file))
    const got = results.map((result) => (result instanceof SourceError ? result.message : 'good'))
    expect(got).toEqual(want.map((item) => (typeof item === 'string' ? item : expect.stringMatching(item))))
  })
})
