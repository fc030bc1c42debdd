import { describe, expect, it } from 'vitest'
import { defaultServing, parseBenchOptions, reproduceCommand, servingName } from './options.js'

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
    ['a way of serving without threads', ['--serve', '2'], /--serve takes PxT pairs/],
    ['a way of serving with no process', ['--serve', '0x2'], /--serve takes PxT pairs/],
  ])('rejects %s', (_name, argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(message)
  })
})

describe('ways of serving', () => {
  it.each([
    [1, ['1x1', '1x0']],
    [2, ['1x1', '1x2', '2x0', '2x1']],
    [8, ['1x7', '1x8', '8x0', '8x1']],
  ])('on %i cores: as ficdex serves by default first, then tuned', (cores, want) => {
    expect(defaultServing(cores).map(servingName)).toEqual(want)
  })

  it('reads --serve in order, and serves the smoke run from processes and from a thread', () => {
    expect(parseBenchOptions(['--serve', '2x0, 1x3']).serving).toEqual([
      { processes: 2, searchThreads: 0 },
      { processes: 1, searchThreads: 3 },
    ])
    expect(parseBenchOptions(['--smoke']).serving.map(servingName)).toEqual(['2x0', '1x1'])
  })
})
