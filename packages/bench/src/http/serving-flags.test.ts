import { describe, expect, it } from 'vitest'
import { nodeFlagsOf, servingNodeFlags } from './serving-flags.js'

describe('the Node flags ficdex serves with', () => {
  const cases: [string, string, string[]][] = [
    ['none', 'tsx src/serve.ts', []],
    ['one', 'tsx --max-semi-space-size=4 src/serve.ts', ['--max-semi-space-size=4']],
    ['two', 'tsx --a=1  --b src/serve.ts --c', ['--a=1', '--b']],
  ]
  it.each(cases)('%s: %j', (_name, command, want) => {
    expect(nodeFlagsOf(command)).toEqual(want)
  })

  it('refuses a serve script that is not run by tsx', () => {
    expect(() => nodeFlagsOf('node src/serve.js')).toThrow(/does not start with tsx/)
  })

  it("are the server package's serve script's", () => {
    expect(servingNodeFlags()).toContain('--max-semi-space-size=4')
  })
})
