import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { port, problemLines, withoutBlanks } from './index.js'

describe('withoutBlanks', () => {
  it('keeps the variables set to something, and drops unset and blank ones', () => {
    expect(withoutBlanks({ A: 'x', B: '', C: '  ', D: undefined, E: ' y ' })).toEqual({ A: 'x', E: ' y ' })
  })
})

describe('port', () => {
  const schema = port(8787)
  it.each([
    { value: undefined, port: 8787 },
    { value: '0', port: 0 },
    { value: '65535', port: 65_535 },
    { value: '3000', port: 3000 },
  ])('reads $value as $port', ({ value, port }) => {
    expect(schema.parse(value)).toBe(port)
  })
  it.each(['65536', '-1', '80.5', 'http'])('refuses %s, saying what a port is', (value) => {
    const result = schema.safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('must be a port number from 0 to 65535')
  })
})

describe('problemLines', () => {
  const schema = z.object({ PORT: port(1), url: z.url(), nested: z.object({ n: z.number() }) })
  it('names each variable, renamed ones by their variable, and the environment for the whole', () => {
    const result = schema.safeParse({ PORT: 'x', url: 'nope', nested: { n: 'y' } })
    expect(problemLines(result.error!, { url: 'SOME_URL' })).toEqual([
      'PORT: must be a port number from 0 to 65535',
      'SOME_URL: Invalid URL',
      'nested.n: Invalid input: expected number, received string',
    ])
    expect(problemLines(z.string().safeParse(1).error!)).toEqual([
      'environment: Invalid input: expected string, received number',
    ])
  })
})
