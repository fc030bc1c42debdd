import { createHash } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../engine/contract/fixtures.js'
import { DOC_DICTIONARY } from './doc-dictionary.js'
import {
  compressDoc,
  compressText,
  defineTextFunctions,
  INFLATE_DOC,
  INFLATE_TEXT,
  inflateDoc,
  inflateText,
} from './stored-text.js'

const TEXTS: [name: string, text: string][] = [
  ['empty', ''],
  ['no chapters', '[]'],
  ['chapters JSON', JSON.stringify([{ title: 'One', body: 'Meredith and Derek on the ferry.' }])],
  ['accents, emoji and a lone CR', 'Café — “quoted” 💔 and\r a line'],
  ['long and repetitive', 'the ferry '.repeat(10_000)],
]

const WAYS = [
  ['chapters', compressText, inflateText, INFLATE_TEXT],
  ['document', compressDoc, inflateDoc, INFLATE_DOC],
] as const

function withFunctions<T>(use: (db: Database.Database) => T): T {
  const db = new Database(':memory:')
  defineTextFunctions(db)
  try {
    return use(db)
  } finally {
    db.close()
  }
}

describe.each(WAYS)('stored %s', (_way, compress, inflate, sqlFunction) => {
  it.each(TEXTS)('reads back as written, in JavaScript and through SQL: %s', (_name, text) => {
    const stored = compress(text)
    expect(inflate(stored)).toBe(text)
    withFunctions((db) => expect(db.prepare(`SELECT ${sqlFunction}(?)`).pluck().get(stored)).toBe(text))
  })

  it('reads each row as its own in one statement over many', () => {
    const texts = TEXTS.map(([, text]) => text)
    const rows = withFunctions((db) => {
      db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, stored BLOB)')
      const insert = db.prepare('INSERT INTO t (n, stored) VALUES (?, ?)')
      // Each text twice in a row, then all again: the remembered last answer must never leak to the next.
      texts.forEach((text, i) => {
        insert.run(i * 2, compress(text))
        insert.run(i * 2 + 1, compress(text))
      })
      texts.forEach((text, i) => {
        insert.run(100 + i, compress(text))
      })
      return db.prepare(`SELECT ${sqlFunction}(stored) FROM t ORDER BY n`).pluck().all()
    })
    expect(rows).toEqual([...texts.flatMap((text) => [text, text]), ...texts])
  })
})

it('stores a long text in less space than its UTF-8 bytes', () => {
  const text = 'Meredith looked at the ferry and thought of Derek. '.repeat(200)
  expect(compressText(text).length).toBeLessThan(Buffer.byteLength(text) / 4)
})

it('stores a work document in a third of its JSON, half what deflate alone takes', () => {
  const { text: _text, ...summary } = fixture('pk-2')
  const json = JSON.stringify(summary)
  const stored = compressDoc(json)
  expect(stored.length).toBeLessThan(Buffer.byteLength(json) / 3)
  expect(stored.length).toBeLessThan(deflateRawSync(json, { level: 6 }).length / 2)
})

it('keeps the document dictionary: a changed one could not read the documents stored with this one', () => {
  // Raw deflate carries no checksum: documents read with another dictionary come back garbled, silently.
  // Changing the dictionary needs a new schema version, whose upgrade reads the old documents with the old one.
  expect(createHash('sha256').update(DOC_DICTIONARY).digest('hex')).toBe(
    'bb082467c8ea588f69b306ec88d73cbb6b84b0f2bfd2e6305a3c8b9c86c28873',
  )
})
