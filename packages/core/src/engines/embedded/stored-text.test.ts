import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { compressText, defineTextFunctions, INFLATE_TEXT, inflateText } from './stored-text.js'

const TEXTS = [
  ['empty', ''],
  ['chapters JSON', JSON.stringify([{ title: 'One', body: 'Meredith and Derek on the ferry.' }])],
  ['accents, emoji and a lone CR', 'Café — “quoted” 💔 and\r a line'],
  ['long and repetitive', 'the ferry '.repeat(10_000)],
]

describe.each(TEXTS)('stored text: %s', (_name, text) => {
  it('reads back as written, in JavaScript and through SQL', () => {
    const stored = compressText(text)
    expect(inflateText(stored)).toBe(text)
    const db = new Database(':memory:')
    defineTextFunctions(db)
    expect(db.prepare(`SELECT ${INFLATE_TEXT}(?)`).pluck().get(stored)).toBe(text)
    db.close()
  })
})

it('stores a long text in less space than its UTF-8 bytes', () => {
  const text = 'Meredith looked at the ferry and thought of Derek. '.repeat(200)
  expect(compressText(text).length).toBeLessThan(Buffer.byteLength(text) / 4)
})
