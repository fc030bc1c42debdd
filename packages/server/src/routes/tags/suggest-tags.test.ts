import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { SUGGEST_TAGS_REQUEST_EXAMPLE, TAG_SUGGESTIONS_EXAMPLE } from './examples.js'
import { TagSuggestions } from './suggest-tags.js'

const STORY = [
  'Meredith waited at the nurses’ station of Seattle Grace. "Derek," she said.',
  '"Meredith," he said, and kissed her, and she kissed him back, and held his hand in the on-call room.',
  '"I love you," she said. "Don’t," he said, and kissed her again.',
].join('\n\n')

const SEED = fileURLToPath(new URL('../../../../../../shared/corpus/no-anesthesia.txt', import.meta.url))

let test: TestApp
beforeAll(async () => {
  test = await createTestApp({ suggestBodyLimit: 200_000 })
})
afterAll(() => test.close())

function suggest(body: unknown, init: RequestInit = {}) {
  return test.app.request('/v1/tags/suggest', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...init,
  })
}

describe('POST /v1/tags/suggest', () => {
  it('suggests the tags the indexer would infer, each with a confidence and evidence', async () => {
    const res = await suggest({ text: STORY })
    expect(res.status).toBe(200)
    const body = TagSuggestions.parse(await res.json())
    const tags = body.suggestions.map((s) => `${s.kind}: ${s.tag}`)
    expect(tags).toEqual(
      expect.arrayContaining([
        "fandom: Grey's Anatomy",
        'character: Meredith Grey',
        'character: Derek Shepherd',
        'relationship: Derek Shepherd/Meredith Grey',
      ]),
    )
    for (const suggestion of body.suggestions) {
      expect(suggestion.confidence).toBeGreaterThan(0)
      if (suggestion.kind !== 'warning') expect(suggestion.evidence.length).toBeGreaterThan(0)
    }
    expect(body.chosen).toEqual([])
  })

  it('answers the documented example with the documented suggestions, word for word', async () => {
    const res = await suggest(SUGGEST_TAGS_REQUEST_EXAMPLE)
    expect(await res.json()).toEqual(TAG_SUGGESTIONS_EXAMPLE)
  })

  it('respects what the author chose: filled kinds are not suggested, chosen fandoms scope the rest', async () => {
    const res = await suggest({ text: STORY, fandoms: ["Grey's"], characters: ['Mer'] })
    const body = TagSuggestions.parse(await res.json())
    expect(body.suggestions.some((s) => s.kind === 'fandom' || s.kind === 'character')).toBe(false)
    expect(body.suggestions.map((s) => s.tag)).toContain('Derek Shepherd/Meredith Grey')
    expect(body.chosen).toEqual([
      { kind: 'fandom', tag: "Grey's Anatomy", wrangled: true },
      { kind: 'character', tag: 'Meredith Grey', wrangled: true },
    ])
  })

  it('offers weaker tropes for the author to judge, marked as not added', async () => {
    const res = await suggest({
      text: 'I walk in. I see him. I sit down and I wait for him to speak. I am tired.',
    })
    const body = TagSuggestions.parse(await res.json())
    expect(body.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'freeform', tag: 'Present Tense', added: false }),
    )
    expect(body.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'freeform', tag: 'POV First Person', added: true }),
    )
  })

  it('answers 400 for an empty story or an unknown field, naming it', async () => {
    const empty = await expectProblem(await suggest({ text: '  ' }), {
      status: 400,
      code: 'validation_failed',
    })
    expect(empty.errors?.[0]?.location).toBe('body.text')
    const unknown = await expectProblem(await suggest({ text: STORY, tropes: ['Angst'] }), {
      status: 400,
      code: 'validation_failed',
    })
    expect(JSON.stringify(unknown.errors)).toContain('tropes')
  })

  it('answers 413 for a story over its body limit, and 415 for a body that is not JSON', async () => {
    await expectProblem(await suggest({ text: 'x '.repeat(150_000) }), {
      status: 413,
      code: 'payload_too_large',
    })
    await expectProblem(await suggest({ text: STORY }, { headers: { 'content-type': 'text/plain' } }), {
      status: 415,
      code: 'unsupported_media_type',
    })
  })

  it('accepts a story larger than a search body may be', async () => {
    const long = Array.from({ length: 300 }, () => STORY).join('\n\n')
    expect(long.length).toBeGreaterThan(64 * 1024)
    expect((await suggest({ text: long })).status).toBe(200)
  })

  it.skipIf(!existsSync(SEED))(
    existsSync(SEED)
      ? 'suggests the seed story’s tags (../shared/corpus/no-anesthesia.txt)'
      : 'suggests the seed story’s tags — skipped: ../shared/corpus/no-anesthesia.txt is not beside this checkout',
    async () => {
      const res = await suggest({ text: readFileSync(SEED, 'utf8') })
      const { suggestions } = TagSuggestions.parse(await res.json())
      const first = (kind: string) => suggestions.find((s) => s.kind === kind)?.tag
      expect(first('fandom')).toBe("Grey's Anatomy")
      expect(first('relationship')).toBe('Addison Montgomery/Derek Shepherd')
      expect(first('era')).toBe("Grey's Anatomy Season 3")
    },
  )
})
