import { describe, expect, it } from 'vitest'
import { readJsonl } from './jsonl.js'
import { SourceError } from './source-error.js'

describe('readJsonl', () => {
  it('reads one work per line, skipping blank lines, and reports bad lines by number', async () => {
    const text = '{"id":"a","body":"x"}\n\n{"id":"b",\n{"id":"c","text":[{"body":"z"}]}\n[1]\n'
    const items = await readJsonl('w.jsonl', Buffer.from(text))
    expect(items.map((item) => (item instanceof SourceError ? item.message : item.source))).toEqual([
      'w.jsonl:1',
      expect.stringMatching(/^w\.jsonl:3: invalid JSON in line: /),
      'w.jsonl:4',
      'w.jsonl:5: line must be a JSON object, not a list',
    ])
    expect(items[2]).toEqual({ source: 'w.jsonl:4', fields: { id: 'c' }, chapters: [{ body: 'z' }] })
  })
})
