/**
 * The abort signal of the request an engine call is made for, carried along the call instead of passed
 * as an argument: a server sets it once around a request, and every engine read made for that request,
 * however deep (similar works make several searches), can drop work nobody waits for any more. An
 * engine that cannot stop work simply never reads it.
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const current = new AsyncLocalStorage<AbortSignal>()

/** Runs `work` with `signal` as the signal of the request it serves. */
export function withRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return current.run(signal, work)
}

/** The signal of the request being served, if a caller set one. */
export function requestSignal(): AbortSignal | undefined {
  return current.getStore()
}
