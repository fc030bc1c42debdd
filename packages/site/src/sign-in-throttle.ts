/**
 * Slows down password guessing: after a few wrong passwords from one address, sign-in refuses that
 * address for a while.
 * @module
 */
export interface Throttle {
  /** Seconds until the address may try again, or 0 when it may now. */
  wait(address: string, now?: number): number
  failed(address: string, now?: number): void
  succeeded(address: string): void
}

export function createThrottle({ attempts = 5, windowSeconds = 15 * 60 } = {}): Throttle {
  const failures = new Map<string, number[]>()
  const recent = (address: string, now: number) =>
    (failures.get(address) ?? []).filter((at) => now - at < windowSeconds * 1000)
  return {
    wait(address, now = Date.now()) {
      const times = recent(address, now)
      if (times.length < attempts) return 0
      return Math.ceil((windowSeconds * 1000 - (now - (times[0] ?? now))) / 1000)
    },
    failed(address, now = Date.now()) {
      // Forget stale addresses as we go, so the map cannot grow without bound.
      if (failures.size > 10_000) failures.clear()
      failures.set(address, [...recent(address, now), now])
    },
    succeeded(address) {
      failures.delete(address)
    },
  }
}
