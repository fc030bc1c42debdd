import { describe, expect, it } from 'vitest'
import { nodeFlagsOf, servingNodeFlags } from './serving-flags.js'

describe('the Node flags ficdex serves with', () => {
  const cases: [string, string, string[]][] = [
    ['none', 'node dist/serve.mjs', []],
    ['one', 'node --max-semi-space-size=4 dist/serve.mjs', ['--max-semi-space-size=4']],
    ['two', 'node --a=1  --b dist/serve.mjs --c', ['--a=1', '--b']],
    ['after a build', 'tsx build.ts --x && node --y dist/serve.mjs', ['--y']],
    ['exec', 'tsx build.ts && exec node --y dist/serve.mjs', ['--y']],
  ]
  it.each(cases)('%s: %j', (_name, command, want) => {
    expect(nodeFlagsOf(command)).toEqual(want)
  })

  it('refuses a serve script that does not end by running node', () => {
    expect(() => nodeFlagsOf('node build.js && tsx src/serve.ts')).toThrow(/does not end with a node command/)
  })

  it("are the server package's serve script's", () => {
    expect(servingNodeFlags()).toEqual(['--max-semi-space-size=4', '--heap-growing-percent=25'])
  })
})
