import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../run-cli.js'
import type { TagsReport } from '../tags-report.js'
import type { CommandContext } from './command-context.js'
import { formatTagsReport, type ReadFailure, runTags, TAGS_USAGE } from './tags-report-command.js'

/** The repository root, where `corpus/` (the default path) lives. */
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))

async function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const context: CommandContext = {
    cwd: ROOT,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  }
  const code = await runTags(args, context)
  return { code, out, err }
}

/** The unknown tags `corpus/README.md` lists, each written in exactly one work. */
const MESSY = ['coffee shop conversations', 'the ferry boat scene', '3am thoughts']

describe('ficdex tags report over the sample corpus', () => {
  let text: Awaited<ReturnType<typeof run>>
  let report: TagsReport & { failed: ReadFailure[] }
  let freeforms: TagsReport['kinds'][number]
  beforeAll(async () => {
    text = await run('report')
    const json = await run('report', 'corpus', '--json')
    expect(json.code).toBe(0)
    report = JSON.parse(json.out.join('\n'))
    freeforms = report.kinds.find((kind) => kind.kind === 'freeform')!
  })

  it('reads every work of corpus/ by default, without failures', () => {
    expect(text.code).toBe(0)
    expect(text.err).toEqual([])
    expect(report.failed).toEqual([])
    expect(report.works).toBeGreaterThanOrEqual(45)
    expect(text.out.at(-1)).toBe(
      `${report.works} works read, ${report.worksWithUnwrangled} with unwrangled tags: ` +
        `${report.tags} unwrangled tags, ${report.uses} uses (${report.kinds.map((k) => `${k.kind} ${k.uses}`).join(', ')})`,
    )
  })

  it.each(MESSY)('lists %j with the number of works using it', (tag) => {
    const usage = freeforms.tags.find((usage) => usage.tag === tag)
    expect(usage).toMatchObject({ tag, works: 1, spellings: [tag], examples: [expect.any(String)] })
    expect(text.out).toContainEqual(expect.stringMatching(new RegExp(`^ +1  ${tag} +(—|\\d\\.\\d\\d  )`)))
  })

  it('suggests the nearest canonical tag where the vocabulary has one', () => {
    const usage = freeforms.tags.find((usage) => usage.tag === 'coffee shop conversations')!
    expect(usage.suggestions[0]).toEqual({
      name: 'Alternate Universe - Coffee Shops & Cafés',
      score: expect.any(Number),
      matched: 'Coffee Shop AU',
    })
    expect(text.out).toContainEqual(
      expect.stringMatching(
        /^ +1 {2}coffee shop conversations +0\.\d\d {2}Alternate Universe - Coffee Shops & Cafés {2}\(via "Coffee Shop AU"\)$/,
      ),
    )
  })

  it('shows a dash, not a far-fetched tag, where no canonical tag is near', () => {
    // Nothing in the vocabulary shares a word or most of the spelling with these two.
    for (const tag of ['the ferry boat scene', '3am thoughts']) {
      expect(freeforms.tags.find((usage) => usage.tag === tag)!.suggestions).toEqual([])
      expect(text.out).toContainEqual(expect.stringMatching(new RegExp(`^ +1  ${tag} +—$`)))
    }
  })

  it('prints the same report as text and as JSON', () => {
    for (const { kind, distinct, uses, tags } of report.kinds) {
      expect(text.out).toContain(`${kind}: ${distinct} tag${distinct === 1 ? '' : 's'}, ${uses} uses`)
      const rows = text.out.filter((line) => /^ +\d+ {2}\S/.test(line))
      for (const usage of tags) expect(rows.some((line) => line.includes(`  ${usage.tag}`))).toBe(true)
    }
    expect(text.out.filter((line) => /^ +\d+ {2}\S/.test(line))).toHaveLength(
      report.kinds.reduce((sum, kind) => sum + kind.tags.length, 0),
    )
  })

  it('sorts each kind by works, then by name', () => {
    for (const { tags } of report.kinds) {
      const order = tags.map((usage) => usage.tag)
      const sorted = [...tags]
        .sort(
          (a, b) =>
            b.works - a.works ||
            a.tag.localeCompare(b.tag, 'en', { sensitivity: 'base' }) ||
            (a.tag < b.tag ? -1 : 1),
        )
        .map((usage) => usage.tag)
      expect(order).toEqual(sorted)
    }
  })

  it('aligns the columns of each table', () => {
    const scoreColumns = new Set<number>()
    let header: number | undefined
    for (const line of text.out) {
      if (line.includes('nearest canonical tags')) header = line.indexOf('nearest canonical tags')
      else if (line === '') header = undefined
      else if (header !== undefined && /^ +(\d+ {2}.{1,40} +)?(—|\d\.\d\d {2})/.test(line)) {
        const at = line.search(/(—|\d\.\d\d {2}\S)/)
        if (!line.slice(0, at).trimStart().startsWith('also written')) scoreColumns.add(at - header)
      }
    }
    expect([...scoreColumns]).toEqual([0])
  })
})

describe('ficdex tags report options', () => {
  it('is a ficdex command', async () => {
    const out: string[] = []
    const context: CommandContext = { cwd: ROOT, stdout: (line) => out.push(line), stderr: () => {} }
    expect(await runCli(['tags', 'report', 'corpus/star-trek-tos', '--suggestions', '0'], context)).toBe(0)
    expect(out).toContainEqual(expect.stringMatching(/^ +1 {2}3am thoughts +—$/))
  })

  it('lists only the most used tags with --limit, and says how many more', async () => {
    const { code, out } = await run('report', 'corpus/star-trek-tos', '--limit', '2', '--suggestions', '0')
    expect(code).toBe(0)
    expect(out.filter((line) => /^ +\d+ {2}\S/.test(line))).toHaveLength(2)
    expect(out).toContainEqual(expect.stringMatching(/^ {2}… \d+ more \(--limit\)$/))
    expect(out.filter((line) => /\d\.\d\d {2}/.test(line))).toEqual([])
  })

  it('reports sources that fail, with exit code 1, and the rest', async () => {
    const { code, out, err } = await run('report', 'corpus/star-trek-tos', 'no-such-folder')
    expect(code).toBe(1)
    expect(err).toEqual([expect.stringMatching(/^failed: no-such-folder: /)])
    expect(out).toContainEqual(expect.stringMatching(/^ +1 {2}3am thoughts +—$/))
  })

  it('answers a corpus without unknown tags', async () => {
    const { code, out } = await run(
      'report',
      'corpus/greys-anatomy/manhattan-before/manhattan-before-1-the-match.md',
    )
    expect(code).toBe(0)
    expect(out.at(-1)).toMatch(/^1 work read(: every tag is in the vocabulary|, 1 with unwrangled tags: )/)
  })

  it.each([
    ['no subcommand', [], /give a subcommand/],
    ['an unknown subcommand', ['list'], /unknown subcommand "list"/],
    ['an unknown flag', ['report', '--csv'], /Unknown option '--csv'/],
    ['a bad limit', ['report', '--limit', '0'], /--limit must be a whole number ≥ 1, not "0"/],
    [
      'a bad suggestion count',
      ['report', '--suggestions', 'many'],
      /--suggestions must be a whole number ≥ 0/,
    ],
  ])('refuses %s with exit code 2 and the usage', async (_name, args, message) => {
    const { code, out, err } = await run(...args)
    expect(code).toBe(2)
    expect(out).toEqual([])
    expect(err.join('\n')).toMatch(message)
    expect(err.join('\n')).toContain(TAGS_USAGE)
  })

  it.each([[['--help']], [['report', '--help']]])('prints the usage for %j', async (args) => {
    expect(await run(...args)).toEqual({ code: 0, out: [TAGS_USAGE], err: [] })
  })
})

describe('formatTagsReport', () => {
  it('puts long tags on a line of their own and lists other spellings', () => {
    const long = 'a tag far longer than the forty characters of the column'
    const report: TagsReport = {
      works: 12,
      worksWithUnwrangled: 11,
      tags: 3,
      uses: 13,
      kinds: [
        {
          kind: 'freeform',
          distinct: 2,
          uses: 12,
          tags: [
            {
              tag: 'Skills Lab',
              works: 11,
              spellings: ['Skills Lab', 'skills lab'],
              examples: ['a', 'b', 'c'],
              suggestions: [{ name: 'Medical School', score: 0.5, matched: 'Med School' }],
            },
            { tag: long, works: 1, spellings: [long], examples: ['d'], suggestions: [] },
          ],
        },
        {
          kind: 'character',
          distinct: 1,
          uses: 1,
          tags: [
            {
              tag: 'Nurse Olivia',
              works: 1,
              spellings: ['Nurse Olivia'],
              examples: ['e'],
              suggestions: [
                { name: 'Olivia Harper', score: 0.667, matched: 'Olivia Harper' },
                { name: 'Olive', score: 0.5, matched: 'Olive' },
              ],
            },
          ],
        },
      ],
    }
    expect(formatTagsReport(report)).toEqual([
      'freeform: 2 tags, 12 uses',
      '  works  tag                                       nearest canonical tags',
      '     11  Skills Lab                                0.50  Medical School  (via "Med School")',
      '         also written: skills lab',
      `      1  ${long}`,
      '                                                   —',
      '',
      'character: 1 tag, 1 use',
      '  works  tag           nearest canonical tags',
      '      1  Nurse Olivia  0.67  Olivia Harper',
      '                       0.50  Olive',
      '',
      '12 works read, 11 with unwrangled tags: 3 unwrangled tags, 13 uses (freeform 12, character 1)',
    ])
  })
})
