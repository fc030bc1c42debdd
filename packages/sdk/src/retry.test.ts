import { describe, expect, it } from 'vitest'
import { BASE_DELAY_MS, backoffDelay, MAX_BACKOFF_MS, retryAfterMs, sleep } from './retry.js'

describe('backoffDelay', () => {
  const cases: [string, { attempt: number; random: number; want: number }][] = [
    ['the first retry, no jitter', { attempt: 0, random: 0, want: BASE_DELAY_MS }],
    ['the first retry, most jitter', { attempt: 0, random: 0.999_999, want: BASE_DELAY_MS / 2 }],
    ['doubles each retry', { attempt: 3, random: 0, want: BASE_DELAY_MS * 8 }],
    ['stops growing at the cap', { attempt: 10, random: 0, want: MAX_BACKOFF_MS }],
    ['jitters below the cap too', { attempt: 10, random: 0.5, want: MAX_BACKOFF_MS * 0.75 }],
  ]
  it.each(cases)('%s', (_name, { attempt, random, want }) => {
    expect(backoffDelay(attempt, random)).toBe(want)
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-01T12:00:00Z')
  const cases: [string, { header: string | null; want: number | undefined }][] = [
    ['no header', { header: null, want: undefined }],
    ['delay-seconds', { header: '2', want: 2000 }],
    ['zero', { header: '0', want: 0 }],
    ['spaces around', { header: ' 3 ', want: 3000 }],
    ['an HTTP date', { header: 'Tue, 01 Dec 2026 12:00:05 GMT', want: 5000 }],
    ['a date already past', { header: 'Tue, 01 Dec 2026 11:59:00 GMT', want: 0 }],
    ['a negative number', { header: '-1', want: undefined }],
    ['nonsense', { header: 'soon', want: undefined }],
  ]
  it.each(cases)('%s', (_name, { header, want }) => {
    expect(retryAfterMs(header, now)).toBe(want)
  })
})

describe('sleep', () => {
  it('rejects with the reason when aborted while waiting', async () => {
    const controller = new AbortController()
    const waiting = sleep(60_000, controller.signal)
    controller.abort(new Error('stop'))
    await expect(waiting).rejects.toThrow('stop')
  })
})
