import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from './front-matter.js'

describe('splitFrontMatter', () => {
  const ok: [name: string, given: string, want: { fields: Record<string, unknown> | null; body: string }][] =
    [
      ['no front matter', 'Just text\n', { fields: null, body: 'Just text\n' }],
      ['front matter and body', '---\ntitle: Hi\n---\nBody', { fields: { title: 'Hi' }, body: 'Body' }],
      ['empty front matter', '---\n---\nBody', { fields: {}, body: 'Body' }],
      ['closed with ...', '---\ntitle: Hi\n...\nBody', { fields: { title: 'Hi' }, body: 'Body' }],
      [
        'dates stay strings',
        '---\npublished: 2020-01-02\n---\n',
        { fields: { published: '2020-01-02' }, body: '' },
      ],
      [
        'a rule later in the text is not front matter',
        'Text\n---\nmore',
        { fields: null, body: 'Text\n---\nmore' },
      ],
      [
        'lists and quoting',
        '---\nfandoms: ["Grey\'s Anatomy"]\nchapters: 2/5\n---\n',
        {
          fields: { fandoms: ["Grey's Anatomy"], chapters: '2/5' },
          body: '',
        },
      ],
    ]
  it.each(ok)('%s', (_name, given, want) => {
    expect(splitFrontMatter(given, 'a.md')).toMatchObject(want)
  })

  const bad: [name: string, given: string, message: RegExp][] = [
    ['never closed', '---\ntitle: Hi\nBody', /^a\.md: front matter opened with "---" is never closed$/],
    [
      'bad YAML names the file line',
      '---\ntitle: Hi\nfandoms: [a, b\n---\n',
      /^a\.md: invalid YAML in front matter \(line \d\): /,
    ],
    ['duplicate key', '---\ntitle: A\ntitle: B\n---\n', /invalid YAML in front matter.*unique/i],
    ['not a mapping', '---\n- a\n- b\n---\n', /front matter must be a mapping of keys to values, not a list/],
  ]
  it.each(bad)('rejects %s', (_name, given, message) => {
    expect(() => splitFrontMatter(given, 'a.md')).toThrow(message)
  })
})
