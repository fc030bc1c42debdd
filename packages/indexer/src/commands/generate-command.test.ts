import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CommandContext } from './command-context.js'
import { runGenerate } from './generate-command.js'

function capture(
  cwd: string,
): Required<Pick<CommandContext, 'cwd' | 'stdout' | 'stderr'>> & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return { cwd, out, err, stdout: (line) => out.push(line), stderr: (line) => err.push(line) }
}

describe('ficdex generate', () => {
  it('writes the corpus under the working directory by default', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'ficdex-gen-cli-'))
    const context = capture(cwd)
    expect(
      await runGenerate(['--works', '25', '--seed', 'x', '--no-bodies', '--per-file', '10'], context),
    ).toBe(0)
    const dir = join(cwd, 'data/synthetic/x-25')
    expect((await readdir(dir)).filter((name) => name.endsWith('.jsonl'))).toHaveLength(3)
    const first = JSON.parse((await readFile(join(dir, 'works-00000.jsonl'), 'utf8')).split('\n')[0] ?? '')
    expect(first).not.toHaveProperty('body')
    expect(context.out.join('\n')).toMatch(/wrote 25 works \(seed x, metadata only\) in 3 files/)
  })

  it('uses the built-in freeform list when the file is missing, and says so', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'ficdex-gen-cli-'))
    const context = capture(cwd)
    const code = await runGenerate(['--works', '3', '--out', 'o', '--freeforms', 'missing.json'], context)
    expect(code).toBe(0)
    expect(context.err.join('\n')).toMatch(/missing\.json not found; used the built-in list/)
  })

  it.each([
    ['no --works', []],
    ['a negative count', ['--works', '-3']],
    ['a fraction', ['--works', '1.5']],
    ['an unknown flag', ['--works', '3', '--bodies-off']],
    ['zero works per file', ['--works', '3', '--per-file', '0']],
  ])('rejects %s with usage and exit code 2', async (_name, args) => {
    const context = capture(tmpdir())
    expect(await runGenerate(args, context)).toBe(2)
    expect(context.err.join('\n')).toMatch(/Usage: ficdex generate/)
  })
})
