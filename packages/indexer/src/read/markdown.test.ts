import { describe, expect, it } from 'vitest'
import { readMarkdown, splitChapters } from './markdown.js'

describe('splitChapters', () => {
  const cases: [name: string, given: string, want: { title?: string; body: string }[]][] = [
    ['no heading: one chapter', 'Para one.\n\nPara two.\n', [{ body: 'Para one.\n\nPara two.' }]],
    ['empty body: one empty chapter', '', [{ body: '' }]],
    [
      'headings start chapters',
      '# One\nA\n\n# Two\nB\n',
      [
        { title: 'One', body: 'A' },
        { title: 'Two', body: 'B' },
      ],
    ],
    [
      'text before the first heading is an opening chapter',
      'Intro\n# One\nA',
      [{ body: 'Intro' }, { title: 'One', body: 'A' }],
    ],
    ['blank lines before the first heading are dropped', '\n\n# One\nA', [{ title: 'One', body: 'A' }]],
    ['level-2 headings stay in the text', '# One\n## Part\nA', [{ title: 'One', body: '## Part\nA' }]],
    ['closing hashes are not part of the title', '# One #\nA', [{ title: 'One', body: 'A' }]],
    ['no space after # is not a heading', '#hashtag\nA', [{ body: '#hashtag\nA' }]],
    [
      'headings inside code fences are text',
      '# One\n```\n# not a chapter\n```\n',
      [{ title: 'One', body: '```\n# not a chapter\n```' }],
    ],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(splitChapters(given)).toEqual(want)
  })

  it('reads front matter and chapters from a file', async () => {
    const content = Buffer.from('\uFEFF---\r\ntitle: T\r\n---\r\n# Chapter 1\r\nHello\r\n')
    expect(await readMarkdown('a.md', content)).toEqual([
      { source: 'a.md', fields: { title: 'T' }, chapters: [{ title: 'Chapter 1', body: 'Hello' }] },
    ])
  })
})
