import { describe, expect, it } from 'vitest'
import { arrayElementLines, readJson } from './json.js'
import { SourceError } from './source-error.js'

const read = async (text: string) => readJson('w.json', Buffer.from(text))

describe('readJson', () => {
  it('reads one object, body as one chapter', async () => {
    expect(await read('{ "id": "a", "title": "A", "body": "Text" }')).toEqual([
      { source: 'w.json', fields: { id: 'a', title: 'A' }, chapters: [{ body: 'Text' }] },
    ])
  })

  it('reads an array, naming each work by its line', async () => {
    const text =
      '[\n  { "id": "a", "body": "x" },\n  {\n    "id": "b",\n    "text": [{ "title": "One", "body": "y" }]\n  }\n]'
    expect(await read(text)).toEqual([
      { source: 'w.json:2', fields: { id: 'a' }, chapters: [{ body: 'x' }] },
      { source: 'w.json:3', fields: { id: 'b' }, chapters: [{ title: 'One', body: 'y' }] },
    ])
  })

  it('returns an error for a bad element and keeps the others', async () => {
    const [good, bad] = await read('[{ "id": "a", "body": "x" },\n 7]')
    expect(good).toMatchObject({ source: 'w.json:1' })
    expect(bad).toBeInstanceOf(SourceError)
    expect((bad as SourceError).message).toBe(
      'w.json:2: work 2 of the array must be a JSON object, not a number',
    )
  })

  const bad: [name: string, given: string, message: string | RegExp][] = [
    ['invalid JSON', '{ "id": ', /^w\.json: invalid JSON in file: /],
    ['a scalar', '"story"', 'w.json: a .json file must be a JSON object, not a string'],
    ['missing id', '{ "body": "x" }', 'w.json: missing "id" (required in JSON works)'],
    [
      'body and text',
      '{ "id": "a", "body": "x", "text": [] }',
      'w.json: has both "body" and "text"; use one',
    ],
    ['body not a string', '{ "id": "a", "body": 3 }', 'w.json: "body" must be a string, not a number'],
    [
      'chapter without body',
      '{ "id": "a", "text": [{ "title": "T" }] }',
      'w.json: "text" chapter 1 needs a string "body"',
    ],
    [
      'chapter with unknown key',
      '{ "id": "a", "text": [{ "body": "b", "notes": "n" }] }',
      /chapter 1 has unknown key "notes"/,
    ],
  ]
  it.each(bad)('rejects %s', async (_name, given, message) => {
    await expect(read(given)).rejects.toThrow(message)
  })
})

describe('arrayElementLines', () => {
  const cases: [name: string, given: string, want: number[]][] = [
    ['one line', '[1, 2, 3]', [1, 1, 1]],
    ['empty', '[]', []],
    ['nested and strings with brackets', '[\n{"a": "[,]"},\n[1,\n2],\n"x\\"]"\n]', [2, 3, 5]],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(arrayElementLines(given)).toEqual(want)
  })
})
