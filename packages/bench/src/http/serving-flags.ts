/**
 * The Node flags ficdex serves with: those its `serve` script gives (`packages/server/package.json`), so
 * that the benchmark's server runs as production's does. A smaller young generation there keeps each
 * serving process about 25–55 MB smaller at 100k works for about 1% more search time. A fixed old
 * generation growth (1.25× the live heap before the next full collection, where V8 lets a busy heap grow up
 * to 4×) took the headline load at 100k works with bodies from 310 to 241 MB on one process and one search
 * thread, and from 480–509 to 447–452 MB on two processes, at the same request rate within its noise (±5%).
 * @module
 */
import { readFileSync } from 'node:fs'

const SERVER_PACKAGE = new URL('../../../server/package.json', import.meta.url)

/** The `--` flags of the `[exec] node … script` command that ends the script (after its build step). */
export function nodeFlagsOf(command: string): string[] {
  const words = (command.split('&&').at(-1) as string).trim().split(/\s+/)
  if (words[0] === 'exec') words.shift()
  if (words[0] !== 'node') throw new Error(`the serve script does not end with a node command: ${command}`)
  const flags: string[] = []
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break
    flags.push(word)
  }
  return flags
}

export function servingNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(SERVER_PACKAGE, 'utf8')) as { scripts: { serve: string } }
  return nodeFlagsOf(scripts.serve)
}
