import { describe, expect, it } from 'vitest'
import { parseBenchOptions, reproduceCommand } from './options.js'

describe('reproduceCommand', () => {
  it.each([
    ['no flags', [], 'pnpm bench'],
    [
      'figures flags kept',
      ['--works', '10000', '--scale', '10000'],
      'pnpm bench --works 10000 --scale 10000',
    ],
    [
      'output places dropped',
      ['--cache-dir', '/x', '--works', '5', '--profile=p', '--no-write'],
      'pnpm bench --works 5',
    ],
    ['a boolean output flag dropped alone', ['--write', '--smoke'], 'pnpm bench --smoke'],
  ])('%s', (_name, argv, want) => {
    expect(reproduceCommand(argv)).toBe(want)
  })
})

describe('parseBenchOptions', () => {
  it('uses the full run by default and writes its results', () => {
    const options = parseBenchOptions([])
    expect(options).toMatchObject({
      works: 100_000,
      scale: [10_000, 100_000, 1_000_000],
      bodiesUpTo: 100_000,
      write: true,
    })
  })

  it('keeps the smoke run metadata-only and writes nothing unless asked', () => {
    expect(parseBenchOptions(['--smoke'])).toMatchObject({ works: 2_000, bodiesUpTo: 0, write: false })
    expect(parseBenchOptions(['--smoke', '--write']).write).toBe(true)
  })

  it.each([
    ['an unknown engine', ['--engines', 'lucene'], /unknown engine "lucene"/],
    ['a bad scale', ['--scale', '10,x'], /--scale must list whole numbers/],
    ['a count below one', ['--works', '0'], /--works must be a number ≥ 1/],
    ['an unknown flag', ['--wroks', '3'], /Unknown option/],
  ])('rejects %s', (_name, argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(message)
  })
})
